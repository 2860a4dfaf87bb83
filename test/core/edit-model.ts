/**
 * Random Markdown files for the edit property tests (test/core/edits.prop.test.ts and
 * test/obsidian/writes.prop.test.ts), and an independent model of "append under the log heading": the
 * same rule as src/core/edits.ts, written again line by line from the README, to compare against.
 */
import fc from "fast-check";

// ---------------------------------------------------------------- random files

export const HEADINGS = ["## Log", "## Log  ", "#### log ##", "# Log", "### Log", "## LOG", "## Logbook", "## Notes", "# Title", "### Sub", "##Log", "    ## Log", "## Contact history", "#"];
export const FENCES = ["```", "~~~", "```md", "````"];
export const ITEMS = ["- a", "- ", "-", "  - b  ", "* c", "- 2026-11-01 coffee", "- [ ] send it 📅 2026-11-20", "1. first", "> quoted", "- [[Ann]] 🌻"];
export const TEXT = ["text", "café 🌻 ليلى", "trailing  ", "\t", "", "   ", "%% comment %%", "%% open", "a %%", "`%%`", "``x%%``", "`code`", "a ^block", "---"];
export const FRONTMATTER = ["type: person", "# Log", "## Log", "snooze-until: 2026-01-01  ", "aliases: [Ann]", "title: \"x\""];
export const TASKS = fc
	.tuple(
		fc.constantFrom("", "", "> ", "> > ", ">", "  "),
		fc.constantFrom("- ", "* ", "+ ", "1. ", "2) ", "-\t"),
		fc.constantFrom("[ ]", "[ ]", "[/]", "[x]", "[X]", "[-]", "[>]"),
		fc.constantFrom(" send [[Ann]] the deck", " Café 🌻 with ليلى", " call", "", " a [due:: 2026-12-01]", " b 📅 2026-11-30 #waiting"),
		fc.constantFrom("", "", " ^abc", " ^x-1", "^no", " ^"),
		fc.constantFrom("", "", "  ", "\t", " \t "),
	)
	.map((parts) => parts.join(""));

export const line = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...HEADINGS) },
	{ weight: 1, arbitrary: fc.constantFrom(...FENCES) },
	{ weight: 4, arbitrary: fc.constantFrom(...ITEMS) },
	{ weight: 4, arbitrary: fc.constantFrom(...TEXT) },
	{ weight: 3, arbitrary: TASKS },
);

export interface FileShape {
	fm: string[] | null;
	body: string[];
	eol: "\n" | "\r\n";
	/** Some lines end with the other line break. */
	mixed: boolean[];
	bom: boolean;
	finalBreak: boolean;
}

export const fileShape: fc.Arbitrary<FileShape> = fc.record({
	fm: fc.option(fc.array(fc.constantFrom(...FRONTMATTER), { maxLength: 3 }), { nil: null }),
	body: fc.array(line, { maxLength: 14 }),
	eol: fc.constantFrom("\n" as const, "\r\n" as const),
	mixed: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
	bom: fc.boolean(),
	finalBreak: fc.boolean(),
});

export function render(f: FileShape, mixed: boolean): string {
	const lines = f.fm === null ? f.body : ["---", ...f.fm, "---", ...f.body];
	const other = f.eol === "\n" ? "\r\n" : "\n";
	const breaks = lines.map((_, i) => (mixed && f.mixed[i % 20] && i > 0 ? other : f.eol));
	let text = lines.map((l, i) => l + (i < lines.length - 1 || f.finalBreak ? breaks[i] : "")).join("");
	if (lines.length === 0) text = "";
	return (f.bom ? "\uFEFF" : "") + text;
}

export const file = fc.tuple(fileShape, fc.boolean()).map(([f, mixed]) => render(f, mixed));

// ---------------------------------------------------------------- an independent model of "append under the log heading"

export interface ModelLine {
	content: string;
	/** "\r\n", "\n", or "" for a last line without one. */
	nl: string;
}

export function splitLines(text: string): ModelLine[] {
	return text.split("\n").map((raw, i, all) => {
		const last = i === all.length - 1;
		if (!last && raw.endsWith("\r")) return { content: raw.slice(0, -1), nl: "\r\n" };
		return { content: raw, nl: last ? "" : "\n" };
	});
}

export const joinLines = (lines: ModelLine[]) => lines.map((l) => l.content + l.nl).join("");

/** A heading's level and its words (lower case, spaces collapsed, closing hashes and leading hashes dropped). */
export function modelHeading(content: string): { level: number; key: string } | null {
	const m = /^ {0,3}(#{1,6})(?:[ \t](.*))?$/.exec(content);
	if (!m?.[1]) return null;
	let words = (m[2] ?? "").replace(/^[ \t]+|[ \t]+$/g, "");
	if (/[ \t]#+$/.test(words)) words = words.replace(/[ \t]+#+$/, "");
	return { level: m[1].length, key: words.replace(/^#+/, "").trim().replace(/\s+/g, " ").toLowerCase() };
}

export function modelFence(content: string): string | null {
	return /^[ \t]{0,3}(`{3,}|~{3,})/.exec(content)?.[1] ?? null;
}

/**
 * Whether a %% comment is open after `line`, given whether one was open before it. An inline code span (a
 * run of backticks to the next run as long) hides the %% marks in it; after a run never closed, the rest
 * of the line is read as it is (as the core reads it).
 */
export function modelComment(line: string, open: boolean): boolean {
	let i = 0;
	while (i < line.length) {
		if (open) {
			const end = line.indexOf("%%", i);
			if (end < 0) return true;
			open = false;
			i = end + 2;
		} else if (line[i] === "`") {
			let run = 1;
			while (line[i + run] === "`") run++;
			const close = line.indexOf("`".repeat(run), i + run);
			if (close < 0) return false;
			i = close + run;
		} else if (line.startsWith("%%", i)) {
			open = true;
			i += 2;
		} else i++;
	}
	return open;
}

/** Where the body starts: after the frontmatter's closing line, when the note has frontmatter. */
export function modelBodyStart(lines: ModelLine[]): number {
	const first = (lines[0]?.content ?? "").replace(/^\uFEFF/, "");
	if (!/^---[ \t]*$/.test(first) || lines[0]?.nl === "") return 0;
	for (let i = 1; i < lines.length; i++) if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i]?.content ?? "")) return i + 1;
	return 0;
}

export function modelAppend(text: string, heading: string, entry: string): string {
	const lines = splitLines(text);
	const eol = lines[0]?.nl === "\r\n" ? "\r\n" : "\n";
	const wanted = heading.replace(/^#+/, "").trim().replace(/\s+/g, " ").toLowerCase();
	let fence: string | null = null;
	let comment = false;
	let found = -1;
	let level = 0;
	let end = lines.length;
	for (let i = modelBodyStart(lines); i < lines.length; i++) {
		const content = i === 0 ? (lines[i]?.content ?? "").replace(/^\uFEFF/, "") : (lines[i]?.content ?? "");
		const f = modelFence(content);
		if (fence !== null) {
			if (f !== null && f[0] === fence[0] && f.length >= fence.length && content.trim() === f) fence = null;
			continue;
		}
		if (f !== null && !comment) {
			fence = f;
			continue;
		}
		const hidden = comment;
		comment = modelComment(content, comment);
		if (hidden) continue;
		const h = modelHeading(content);
		if (!h) continue;
		if (found < 0 && h.key === wanted) {
			found = i;
			level = h.level;
		} else if (found >= 0 && h.level <= level) {
			end = i;
			break;
		}
	}
	// At the end of the note, an open code block or comment is closed first.
	const closer = found >= 0 && end < lines.length ? null : (fence ?? (comment ? "%%" : null));
	if (found < 0 && closer !== null) return `${text}${text.endsWith("\n") ? "" : eol}${closer}${eol}${eol}## ${heading.replace(/^#+/, "").trim()}${eol}${entry}${eol}`;
	if (found < 0) {
		const blank = text.replace(/^\uFEFF/, "").trim() === "";
		const gap = blank ? "" : !text.endsWith("\n") ? eol + eol : /\n[ \t]*\r?\n$/.test(text) ? "" : eol;
		return `${text}${gap}## ${heading.replace(/^#+/, "").trim()}${eol}${entry}${eol}`;
	}
	let anchor = found;
	for (let i = end - 1; i > found; i--) {
		if ((lines[i]?.content ?? "").trim() !== "") {
			anchor = i;
			break;
		}
	}
	const a = lines[anchor] as ModelLine;
	const added = closer === null ? [entry] : [closer, entry];
	if (closer === null && anchor !== found && /^[ \t]*[-*+][ \t]*$/.test(a.content)) a.content = entry;
	else if (a.nl !== "") lines.splice(anchor + 1, 0, ...added.map((content) => ({ content, nl: eol })));
	else {
		a.nl = eol;
		lines.splice(anchor + 1, 0, ...added.map((content, i) => ({ content, nl: i === added.length - 1 ? "" : eol })));
	}
	return joinLines(lines);
}

export const help = fc.constantFrom(null, "gave" as const, "got" as const);
export const userText = fc.oneof(
	fc.string({ unit: "grapheme", maxLength: 30 }),
	fc.array(fc.constantFrom("coffee", " ", "\n", "\r\n", "\t", "#gave", "#got", "[[Ann]]", "🌻", "ليلى", "[ ]", "**", "`x`", "%%", "`"), { maxLength: 8 }).map((xs) => xs.join("")),
);


/** A random file with one to three task lines put in at a random place. */
export const withTasks = fc.tuple(file, fc.array(TASKS, { minLength: 1, maxLength: 3 }), fc.nat()).map(([text, tasks, at]) => {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const lines = text.split(eol);
	const i = Math.min(lines.length, at % (lines.length + 1));
	lines.splice(i, 0, ...tasks);
	return lines.join(eol);
});

