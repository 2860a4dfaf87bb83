/**
 * A task's text as shown to a person: without its bookkeeping (due and done dates, `#waiting`, Dataview
 * fields), links read as their names, emphasis as its words. In the core so that the plugin's views and
 * the calendar (calendar-events.ts) show the same words.
 */
import { tagsInLine } from "./markdown";
import { plainText } from "./people";

/**
 * A task's text without its bookkeeping: due and done dates, `#waiting`, Dataview fields. Links read as
 * their names, and `*emphasis*` and `**strong**` as their words (the views show plain text).
 */
export function taskText(text: string): string {
	const cleaned = text
		.replace(/(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}\uFE0F?|\u2705|\u23F3|\u{1F6EB}|\u2795)[ \t]*\d{4}-\d{2}-\d{2}/gu, "")
		.replace(/[[(](?:due|completion|scheduled|start|created)::[^\])]*[\])]/g, "")
		.replace(/(^|\s)#waiting(?=$|\s)/g, "$1")
		.replace(/(\*\*?)([^\s*](?:[^*]*[^\s*])?)\1/g, "$2");
	return plainText(cleaned).replace(/\s+/g, " ").trim() || text.trim();
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
