/**
 * New notes: the text of a new person note (the fields of conventions.md, empty) and a file name for it
 * that is allowed and not taken. Edits of notes that exist are in note-edits.ts.
 */
import { oneLine } from "./markdown-lines";

/**
 * A file name for a person: characters Obsidian forbids in names or that break links
 * (`\ / : * ? " < > | # ^ [ ]`) are dropped, spaces collapsed. Null when nothing is left.
 */
export function personFileName(name: string): string | null {
	const cleaned = name
		.replace(/[\\/:*?"<>|#^[\]]/g, "")
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^\.+/, "")
		.trim();
	return cleaned === "" ? null : cleaned;
}

function yamlScalar(s: string): string {
	const t = oneLine(s);
	if (t === "") return "";
	// Plain only when it starts with a letter: YAML reads `1e5`, `007`, `1.0` or `0x1F` unquoted as numbers.
	return /^[A-Za-z][A-Za-z0-9 _./-]*$/.test(t) && !/^(true|false|yes|no|null|on|off|~)$/i.test(t) ? ` ${t}` : ` ${JSON.stringify(t)}`;
}

export interface NewPerson {
	circle?: string;
	/** The settings' log heading. */
	logHeading: string;
}

/** A new person note with the fields of conventions.md, empty, ready to fill in. */
export function buildPersonNote(p: NewPerson): string {
	const heading = p.logHeading.replace(/^#+/, "").trim() || "Log";
	return [
		"---",
		"type: person",
		"aliases: []",
		`circle:${yamlScalar(p.circle ?? "")}`,
		"cadence:",
		"last_contact:",
		"birthday:",
		"met_through:",
		"needs:",
		"offers:",
		"interests: []",
		"org:",
		"role:",
		"email:",
		"phone:",
		"---",
		"",
		// The person at a glance, live (docs/blocks.md): last contact, cadence, promises, how to help.
		"```active-network",
		"person",
		"```",
		"",
		`## ${heading}`,
		"",
	].join("\n");
}

/**
 * A file name that is not taken: the first of `candidates` that is free, else the last one numbered
 * (`Name 2`, `Name 3`...). `ext` has no dot; `taken` answers for a whole name such as `Name.md`.
 */
export function uniqueFileName(candidates: readonly string[], ext: string, taken: (fileName: string) => boolean): string {
	const names = candidates.length > 0 ? candidates : ["Untitled"];
	for (const c of names) if (!taken(`${c}.${ext}`)) return `${c}.${ext}`;
	const last = names[names.length - 1] as string;
	for (let n = 2; ; n++) {
		const name = `${last} ${n}.${ext}`;
		if (!taken(name)) return name;
	}
}
