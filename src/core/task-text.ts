/**
 * How a task or touchpoint line reads for a person: without its bookkeeping (due and done dates, the
 * plugin's marker tags, Dataview fields), links as their names, `*emphasis*` as its words. The views
 * and the terminal command both show text this way.
 */
import { plainText } from "./people";

/**
 * Tags the plugin reads as bookkeeping, not as what a note is about: `#waiting` (their promise),
 * `#intro` (an introduction's follow-up), `#gave` / `#got` (give and take).
 */
export const MARKER_TAGS: readonly string[] = ["waiting", "intro", "gave", "got"];

export function isMarkerTag(tag: string): boolean {
	return MARKER_TAGS.includes(tag.toLowerCase());
}

export function days(n: number): string {
	return `${n} day${n === 1 ? "" : "s"}`;
}

/** A task's text without its bookkeeping; the text as written when nothing else is left. */
export function taskText(text: string): string {
	const cleaned = text
		.replace(/(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}\uFE0F?|\u2705|\u23F3|\u{1F6EB}|\u2795)[ \t]*\d{4}-\d{2}-\d{2}/gu, "")
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
