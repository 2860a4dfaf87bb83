/**
 * Edits of existing notes: the pure text transformations behind the plugin's writes (log a touchpoint,
 * mark a promise kept, the follow-up of an introduction). Each is a function of a note's text that
 * changes only its own span: line endings (LF, CRLF), a byte order mark, trailing spaces and every other
 * byte stay as they were. The plugin runs them inside `Vault.process`, so they always see the file's
 * current text. Where things are in the text is found by markdown-lines.ts.
 */
import type { IsoDate } from "./dates";
import { normalizeKey } from "./frontmatter";
import { tagsInLine } from "./line-links";
import { visibleText } from "./visible-text";
import { blockIdAt, checkboxMarkAt, findSection, itemOnLine, type Line, lineBreakOf, oneLine, trimEndSpaceTab } from "./markdown-lines";
import type { Person } from "./people";

export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

const BARE_BULLET = /^[ \t]*[-*+][ \t]*$/;

export interface LogEntry {
	date: IsoDate;
	text: string;
	/** `#gave`: you helped them; `#got`: they helped you. */
	help?: "gave" | "got" | null;
}

/**
 * `- 2026-11-20 coffee, talked about her move #gave`: a touchpoint item as conventions.md reads it. A `%%`
 * the text leaves open is closed at the end of the line: Obsidian comments run across lines, and an open
 * one would hide the rest of the note.
 */
export function formatLogEntry(entry: LogEntry): string {
	let text = oneLine(entry.text);
	const comment = { inComment: false };
	const visible = visibleText(text, comment);
	if (comment.inComment) text = `${text} %%`;
	if (entry.help && !tagsInLine(visible).includes(entry.help)) text = text === "" ? `#${entry.help}` : `${text} #${entry.help}`;
	return text === "" ? `- ${entry.date}` : `- ${entry.date} ${text}`;
}

/**
 * Appends `item` (one line, no line break) at the end of the section under the first heading named
 * `heading` (any level; case and spacing ignored; headings in frontmatter and code blocks do not count).
 * The section ends at the next heading of the same or a higher level. The item goes after the section's
 * last non-blank line, so blank lines before the next heading stay where they are; a bare `- ` left by a
 * template is filled in rather than followed. When there is no such heading, `## heading` is added at the
 * end of the note with the item under it. Headings inside code blocks and `%%` comments do not count, and
 * when the note ends inside a code block or a comment that is never closed, it is closed first (on a line
 * of its own), or the new item would be hidden in it.
 */
export function appendUnderHeading(text: string, heading: string, item: string): string {
	const eol = lineBreakOf(text);
	const entry = oneLine(item);
	const { lines, heading: found, end: sectionEnd, openAtEnd: closer } = findSection(text, heading);

	if (found < 0) {
		const name = heading.replace(/^#+/, "").trim();
		if (closer !== null) return `${text}${text.endsWith("\n") ? "" : eol}${closer}${eol}${eol}## ${name}${eol}${entry}${eol}`;
		const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
		let prefix = "";
		if (bare.trim() !== "") {
			if (!text.endsWith("\n")) prefix = eol + eol;
			else if (!/\r?\n[ \t]*\r?\n$/.test(text)) prefix = eol;
		}
		return `${text}${prefix}## ${name}${eol}${entry}${eol}`;
	}

	let anchor = found;
	for (let i = sectionEnd - 1; i > found; i--) {
		const l = lines[i] as Line;
		if (text.slice(l.start, l.contentEnd).trim() !== "") {
			anchor = i;
			break;
		}
	}
	const a = lines[anchor] as Line;
	if (closer === null && anchor !== found && BARE_BULLET.test(text.slice(a.start, a.contentEnd))) {
		return text.slice(0, a.start) + entry + text.slice(a.contentEnd);
	}
	const added = closer === null ? entry : `${closer}${eol}${entry}`;
	if (a.end > a.contentEnd) return text.slice(0, a.end) + added + eol + text.slice(a.end);
	return text.slice(0, a.contentEnd) + eol + added + text.slice(a.contentEnd);
}

/** What the plugin knows about a task when it asks to mark it kept. */
export interface TaskRef {
	/** 1-based line, as the index reported it. */
	line: number;
	/** The task's text after the checkbox, as the index reported it. */
	text: string;
}

/**
 * Marks the open task on `ref.line` kept: `[ ]` or `[/]` becomes `[x]` and ` ✅ done` is added at the end
 * of its text (before a block id like `^abc` and before trailing spaces). Refuses, changing nothing, when
 * the line no longer holds that same open task (its text is compared as the index reads it).
 */
export function markTaskKept(text: string, ref: TaskRef, done: IsoDate): EditResult {
	const found = itemOnLine(text, ref.line);
	if (!found.ok) return found;
	const { line: l, start, content, item } = found;
	if (!item?.task) return { ok: false, reason: "the line no longer holds a task" };
	if (item.text !== ref.text) return { ok: false, reason: "the task's text has changed" };
	if (item.task.status === "done") return { ok: false, reason: "the task is already done" };
	if (item.task.status === "cancelled") return { ok: false, reason: "the task is cancelled" };
	const markAt = checkboxMarkAt(content);
	if (markAt < 0) return { ok: false, reason: "the line no longer holds a task" };
	const insertAt = blockIdAt(trimEndSpaceTab(content));
	const changed = `${content.slice(0, markAt)}x${content.slice(markAt + 1, insertAt)} \u2705 ${done}${content.slice(insertAt)}`;
	return { ok: true, text: text.slice(0, start) + changed + text.slice(l.contentEnd) };
}

/**
 * The frontmatter key to write `canonical` under: an existing key that means the same
 * (`snooze-until`, `snoozeUntil`, `Snooze until` for `snooze_until`), else `canonical` itself.
 */
export function frontmatterKeyFor(keys: readonly string[], canonical: string): string {
	const want = normalizeKey(canonical);
	return keys.find((k) => normalizeKey(k) === want) ?? canonical;
}

/** The task line that records the follow-up of an introduction: an `#intro` promise linking both. */
export function introPromiseLine(a: Pick<Person, "name">, b: Pick<Person, "name">, due: IsoDate): string {
	return `- [ ] Follow up on introducing [[${a.name}]] and [[${b.name}]] #intro 📅 ${due}`;
}

/**
 * Records the follow-up of an introduction: the `#intro` promise linking both people
 * (`introPromiseLine`), appended under the log heading of `a`'s note like a touchpoint.
 */
export function appendIntroFollowUp(text: string, logHeading: string, a: Pick<Person, "name">, b: Pick<Person, "name">, due: IsoDate): string {
	return appendUnderHeading(text, logHeading, introPromiseLine(a, b, due));
}
