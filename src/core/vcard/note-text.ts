/**
 * The text of a new person note from a plan entry, and the YAML lines of keys to add to an existing one.
 * Values are written by js-yaml (core schema, what the plugin reads with), so a value that would read
 * back as something else is quoted: a phone `0171...` or `+4670...` stays a string, `yes`, `null`,
 * `[[Link]]` and `a: b` stay text.
 */
import { CORE_SCHEMA, dump } from "js-yaml";
import type { KeyValue } from "./diff";
import type { PlanInput } from "./plan";

/** What a new note gets from the card (or from the New person form): keys, and a NOTE for the body. */
export interface TemplateEntry {
	add: Partial<Record<string, KeyValue>>;
	contact: { note?: string | null };
}

/** `key: value` YAML lines (block style, lists indented by two), each ending in `\n`. */
export function yamlLines(entries: [string, KeyValue][]): string {
	if (entries.length === 0) return "";
	return dump(Object.fromEntries(entries), { schema: CORE_SCHEMA, lineWidth: -1, quotingType: "\"", noRefs: true, sortKeys: false });
}

/** The full text of a new note: the person mark, the card's keys, then its NOTE as the body. */
export function newNoteText(entry: TemplateEntry, mark: PlanInput["mark"]): string {
	const entries: [string, KeyValue][] = [];
	if (mark) entries.push([mark.key, mark.value]);
	for (const [k, v] of Object.entries(entry.add)) if (v !== undefined) entries.push([k, v]);
	const note = entry.contact.note?.trim();
	return `---\n${yamlLines(entries)}---\n${note ? `\n${note.split("\r\n").join("\n")}\n` : ""}`;
}
