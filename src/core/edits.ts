/**
 * Edits: the pure text transformations behind the plugin's writes (log a touchpoint, mark a promise
 * kept, a new person note). Each is a function of a note's text that changes only its own span: line
 * endings (LF, CRLF), a byte order mark, trailing spaces and every other byte stay as they were. The
 * plugin runs them inside `Vault.process`, so they always see the file's current text.
 */
import type { IsoDate } from "./dates";
import { findFrontmatter, normalizeKey } from "./frontmatter";
import { introPromiseLine } from "./intro";
import { type FenceState, inFence, scanBody, tagsInLine, visibleText } from "./markdown";
import type { Person } from "./people";

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

const BARE_BULLET = /^[ \t]*[-*+][ \t]*$/;

function headingKey(s: string): string {
	return s.replace(/^#+/, "").trim().replace(/\s+/g, " ").toLowerCase();
}

const isSpaceOrTab = (c: string | undefined): boolean => c === " " || c === "\t";

/**
 * `s` without the spaces and tabs at its end. A loop, because the regex `/[ \t]+$/` tries every position
 * of a long run of spaces followed by text, and so takes quadratic time on it.
 */
function trimEndSpaceTab(s: string): string {
	let end = s.length;
	while (end > 0 && isSpaceOrTab(s[end - 1])) end--;
	return s.slice(0, end);
}

function trimSpaceTab(s: string): string {
	let start = 0;
	while (start < s.length && isSpaceOrTab(s[start])) start++;
	return trimEndSpaceTab(s.slice(start));
}

/** One line of text for a list item: line breaks (with the spaces around them) become spaces. */
function oneLine(s: string): string {
	return s.split(/[\r\n]+/).map(trimSpaceTab).join(" ").trim();
}

/**
 * An ATX heading (`## Title ##`, up to three spaces before it): its level and its text without the
 * closing hashes, or null. A scan rather than one regex: `(.*?)` followed by optional closing hashes and
 * spaces backtracks quadratically on a long run of spaces inside a heading.
 */
function atxHeading(line: string): { level: number; text: string } | null {
	let i = 0;
	while (i < 3 && line[i] === " ") i++;
	let level = 0;
	while (line[i + level] === "#") level++;
	if (level < 1 || level > 6) return null;
	const rest = line.slice(i + level);
	if (rest !== "" && !isSpaceOrTab(rest[0])) return null;
	// Like a regex's `.`, a heading's text holds no line terminator.
	if (/[\r\u2028\u2029]/.test(rest)) return null;
	let text = trimSpaceTab(rest);
	let hashes = text.length;
	while (hashes > 0 && text[hashes - 1] === "#") hashes--;
	if (hashes < text.length && isSpaceOrTab(text[hashes - 1])) text = trimEndSpaceTab(text.slice(0, hashes));
	return { level, text };
}

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
	const lines = linesOf(text);
	const wanted = headingKey(heading);
	const fm = findFrontmatter(text);
	const bodyStart = fm ? fm.bodyOffset : 0;
	const fences: FenceState = { fence: null };
	const comment = { inComment: false };
	let found = -1;
	let level = 0;
	let sectionEnd = lines.length;
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i] as Line;
		if (l.start < bodyStart) continue;
		let content = text.slice(l.start, l.contentEnd);
		if (i === 0 && content.charCodeAt(0) === 0xfeff) content = content.slice(1);
		if (inFence(content, fences, comment.inComment)) continue;
		// A line that starts inside a %% comment is hidden (as the core reads it); a comment may open or close on it.
		const hidden = comment.inComment;
		if (hidden || content.includes("%%") || content.includes("`")) visibleText(content, comment);
		if (hidden) continue;
		const h = atxHeading(content);
		if (!h) continue;
		if (found < 0) {
			if (headingKey(h.text) === wanted) {
				found = i;
				level = h.level;
			}
		} else if (h.level <= level) {
			sectionEnd = i;
			break;
		}
	}

	// Where the item goes at the end of the note, a code block or comment left open would hide it.
	const closer = found >= 0 && sectionEnd < lines.length ? null : (fences.fence ?? (comment.inComment ? "%%" : null));

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
 * Quote markers, then the bullet and checkbox. Two regexes, not one: `(?:[ \t]{0,3}>[ \t]?)*[ \t]*` can
 * split the spaces between `>` marks in two ways each, and so backtracks exponentially on a line of many
 * `>  ` that is not a task. Alone, the quote markers are matched greedily and never backtracked into.
 */
const QUOTE_MARKS = /^(?:[ \t]{0,3}>[ \t]?)*/;
const CHECKBOX_AT = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\]/;

/** Where a block id at the end of `s` (` ^abc`, with the spaces before it) starts, or `s.length`. */
function blockIdAt(s: string): number {
	let i = s.length;
	while (i > 0 && /[A-Za-z0-9-]/.test(s[i - 1] as string)) i--;
	if (i === s.length || s[i - 1] !== "^") return s.length;
	let start = i - 1;
	while (start > 0 && isSpaceOrTab(s[start - 1])) start--;
	return start < i - 1 ? start : s.length;
}

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
	// The line is read in its place, as the index reads it: a task line that has since moved into the
	// frontmatter, a code block or a %% comment is no task; nor is a line split by a lone CR into two items.
	const fm = findFrontmatter(text);
	if (fm && l.start < fm.bodyOffset) return { ok: false, reason: "the line no longer holds a task" };
	const body = fm ? text.slice(fm.bodyOffset) : text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const onLine = scanBody(body, fm ? fm.bodyLine : 1, []).items.filter((i) => i.line === ref.line);
	const item = onLine.length === 1 ? onLine[0] : undefined;
	if (!item?.task) return { ok: false, reason: "the line no longer holds a task" };
	if (item.text !== ref.text) return { ok: false, reason: "the task's text has changed" };
	if (item.task.status === "done") return { ok: false, reason: "the task is already done" };
	if (item.task.status === "cancelled") return { ok: false, reason: "the task is cancelled" };
	const quote = QUOTE_MARKS.exec(content)?.[0].length ?? 0;
	const box = CHECKBOX_AT.exec(content.slice(quote));
	if (!box) return { ok: false, reason: "the line no longer holds a task" };
	const markAt = quote + box[0].length - 2;
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
		`## ${heading}`,
		"",
	].join("\n");
}

/**
 * Records the follow-up of an introduction: the `#intro` promise linking both people (intro.ts,
 * `introPromiseLine`), appended under the log heading of `a`'s note like a touchpoint.
 */
export function appendIntroFollowUp(text: string, logHeading: string, a: Pick<Person, "name">, b: Pick<Person, "name">, due: IsoDate): string {
	return appendUnderHeading(text, logHeading, introPromiseLine(a, b, due));
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
