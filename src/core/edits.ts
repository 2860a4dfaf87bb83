/**
 * Edits: the pure text transformations behind the plugin's writes (log a touchpoint, mark a promise
 * kept, a new person note). Each is a function of a note's text that changes only its own span: line
 * endings (LF, CRLF), a byte order mark, trailing spaces and every other byte stay as they were. The
 * plugin runs them inside `Vault.process`, so they always see the file's current text.
 */
import type { IsoDate } from "./dates";
import { findFrontmatter, normalizeKey } from "./frontmatter";
import { scanBody, tagsInLine } from "./markdown";

export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

interface Line {
	/** Offset of the line's first character. */
	start: number;
	/** Offset after its content, before `\r\n` or `\n`. */
	contentEnd: number;
	/** Offset after its line break (equals contentEnd on a last line without one). */
	end: number;
}

/** Lines split on `\n` (a `\r` before it belongs to the line break), as the core numbers them. */
function linesOf(text: string): Line[] {
	const out: Line[] = [];
	let pos = 0;
	for (;;) {
		const nl = text.indexOf("\n", pos);
		if (nl < 0) {
			out.push({ start: pos, contentEnd: text.length, end: text.length });
			return out;
		}
		out.push({ start: pos, contentEnd: nl > pos && text[nl - 1] === "\r" ? nl - 1 : nl, end: nl + 1 });
		pos = nl + 1;
	}
}

/** The file's line break: CRLF when its first line ends with one, else LF. */
export function lineBreakOf(text: string): "\r\n" | "\n" {
	const nl = text.indexOf("\n");
	return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const BARE_BULLET = /^[ \t]*[-*+][ \t]*$/;

function headingKey(s: string): string {
	return s.replace(/^#+/, "").trim().replace(/\s+/g, " ").toLowerCase();
}

/** One line of text for a list item: line breaks become spaces. */
function oneLine(s: string): string {
	return s.replace(/[ \t]*[\r\n]+[ \t]*/g, " ").trim();
}

export interface LogEntry {
	date: IsoDate;
	text: string;
	/** `#gave`: you helped them; `#got`: they helped you. */
	help?: "gave" | "got" | null;
}

/** `- 2026-11-20 coffee, talked about her move #gave`: a touchpoint item as conventions.md reads it. */
export function formatLogEntry(entry: LogEntry): string {
	let text = oneLine(entry.text);
	if (entry.help && !tagsInLine(text).includes(entry.help)) text = text === "" ? `#${entry.help}` : `${text} #${entry.help}`;
	return text === "" ? `- ${entry.date}` : `- ${entry.date} ${text}`;
}

/**
 * Appends `item` (one line, no line break) at the end of the section under the first heading named
 * `heading` (any level; case and spacing ignored; headings in frontmatter and code blocks do not count).
 * The section ends at the next heading of the same or a higher level. The item goes after the section's
 * last non-blank line, so blank lines before the next heading stay where they are; a bare `- ` left by a
 * template is filled in rather than followed. When there is no such heading, `## heading` is added at the
 * end of the note with the item under it.
 */
export function appendUnderHeading(text: string, heading: string, item: string): string {
	const eol = lineBreakOf(text);
	const entry = oneLine(item);
	const lines = linesOf(text);
	const wanted = headingKey(heading);
	const fm = findFrontmatter(text);
	const bodyStart = fm ? fm.bodyOffset : 0;
	let fence: string | null = null;
	let found = -1;
	let level = 0;
	let sectionEnd = lines.length;
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i] as Line;
		if (l.start < bodyStart) continue;
		let content = text.slice(l.start, l.contentEnd);
		if (i === 0 && content.charCodeAt(0) === 0xfeff) content = content.slice(1);
		const f = FENCE.exec(content);
		if (fence !== null) {
			if (f?.[1] && f[1][0] === fence[0] && f[1].length >= fence.length && content.trim() === f[1]) fence = null;
			continue;
		}
		if (f?.[1]) {
			fence = f[1];
			continue;
		}
		const h = ATX.exec(content);
		if (!h?.[1]) continue;
		if (found < 0) {
			if (headingKey(h[2] ?? "") === wanted) {
				found = i;
				level = h[1].length;
			}
		} else if (h[1].length <= level) {
			sectionEnd = i;
			break;
		}
	}

	if (found < 0) {
		const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
		let prefix = "";
		if (bare.trim() !== "") {
			if (!text.endsWith("\n")) prefix = eol + eol;
			else if (!/\r?\n[ \t]*\r?\n$/.test(text)) prefix = eol;
		}
		const name = heading.replace(/^#+/, "").trim();
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
	if (anchor !== found && BARE_BULLET.test(text.slice(a.start, a.contentEnd))) {
		return text.slice(0, a.start) + entry + text.slice(a.contentEnd);
	}
	if (a.end > a.contentEnd) return text.slice(0, a.end) + entry + eol + text.slice(a.end);
	return text.slice(0, a.contentEnd) + eol + entry + text.slice(a.contentEnd);
}

/** What the plugin knows about a task when it asks to mark it kept. */
export interface TaskRef {
	/** 1-based line, as the index reported it. */
	line: number;
	/** The task's text after the checkbox, as the index reported it. */
	text: string;
}

const CHECKBOX_AT = /^((?:[ \t]{0,3}>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[)(.)\]/;
const BLOCK_ID = /[ \t]+\^[A-Za-z0-9-]+$/;

/**
 * Marks the open task on `ref.line` kept: `[ ]` or `[/]` becomes `[x]` and ` ✅ done` is added at the end
 * of its text (before a block id like `^abc` and before trailing spaces). Refuses, changing nothing, when
 * the line no longer holds that same open task (its text is compared as the index reads it).
 */
export function markTaskKept(text: string, ref: TaskRef, done: IsoDate): EditResult {
	const lines = linesOf(text);
	const l = lines[ref.line - 1];
	if (!l || ref.line < 1) return { ok: false, reason: "the task's line is gone" };
	let start = l.start;
	if (ref.line === 1 && text.charCodeAt(0) === 0xfeff) start++;
	const content = text.slice(start, l.contentEnd);
	const item = scanBody(content, ref.line, []).items.find((i) => i.line === ref.line);
	if (!item?.task) return { ok: false, reason: "the line no longer holds a task" };
	if (item.text !== ref.text) return { ok: false, reason: "the task's text has changed" };
	if (item.task.status === "done") return { ok: false, reason: "the task is already done" };
	if (item.task.status === "cancelled") return { ok: false, reason: "the task is cancelled" };
	const box = CHECKBOX_AT.exec(content);
	if (!box?.[1]) return { ok: false, reason: "the line no longer holds a task" };
	const markAt = box[1].length;
	const body = content.replace(/[ \t]+$/, "");
	const blockId = BLOCK_ID.exec(body);
	const insertAt = blockId ? blockId.index : body.length;
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
	return /^[A-Za-z0-9][A-Za-z0-9 _./-]*$/.test(t) && !/^(true|false|yes|no|null|on|off|~)$/i.test(t) ? ` ${t}` : ` ${JSON.stringify(t)}`;
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
		`## ${heading}`,
		"",
	].join("\n");
}
