/**
 * How a task or touchpoint line reads for a person: without its bookkeeping (due and done dates, the
 * plugin's marker tags, Dataview fields), links as their names, `*emphasis*` as its words. The views
 * the calendar and the terminal command all show text this way. Date signs are read as task-dates.ts
 * reads them: with or without the variation selector U+FE0F that emoji keyboards add.
 */
import { tagsInLine } from "./line-links";
import { plainText } from "./people";

/**
 * Tags the plugin reads as bookkeeping, not as what a note is about: `#waiting` (their promise),
 * `#intro` (an introduction's follow-up), `#gave` / `#got` (give and take).
 */
export const MARKER_TAGS: readonly string[] = ["waiting", "intro", "gave", "got"];

export function isMarkerTag(tag: string): boolean {
	return MARKER_TAGS.includes(tag.toLowerCase());
}

/** A task's text without its bookkeeping; the text as written when nothing else is left. */
export function taskText(text: string): string {
	const cleaned = text
		.replace(/(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}|\u2705|\u23F3|\u{1F6EB}|\u2795)\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}/gu, "")
		// The value stops at the next bracket: a run of unclosed "(due::" would otherwise be rescanned from each.
		.replace(/[[(](?:due|completion|scheduled|start|created)::[^[\]()]*[\])]/g, "")
		.replace(/(^|\s)#(?:waiting|intro|gave|got)(?=$|\s)/gi, "$1")
		.replace(/(\*\*?)([^\s*](?:[^*]*[^\s*])?)\1/g, "$2");
	return plainText(cleaned).replace(/\s+/g, " ").trim() || text.trim();
}

/** A reason or a thing to bring up, as shown: cleaned as above, with a capital first letter. */
export function touchpointLine(line: string): string {
	const text = taskText(line);
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `taskText` without any inline tag (`#intro`, `#gave`...): for places that show no tags at all, like a
 * calendar event's title. A word is dropped when it starts with `#` and the note parser reads it as a
 * tag (so `#123` stays); the split on spaces needs no new pattern.
 */
export function taskTextWithoutTags(text: string): string {
	const clean = taskText(text);
	if (!clean.includes("#")) return clean;
	const kept = clean.split(" ").filter((w) => !(w.startsWith("#") && tagsInLine(w).length > 0));
	return kept.join(" ").trim() || clean;
}
