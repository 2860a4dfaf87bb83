/**
 * Lines, headings, sections and task lines found in a note's text, for the edits (note-edits.ts): as
 * offsets into the text, so that an edit changes only its own span. They read the text with the rules
 * of the index's scan (markdown.ts): frontmatter, code fences and `%%` comments hide what is in them.
 */
import { findFrontmatter } from "./frontmatter";
import { type ListItem, scanBody } from "./markdown";
import { type FenceState, inFence, visibleText } from "./visible-text";

export interface Line {
	/** Offset of the line's first character. */
	start: number;
	/** Offset after its content, before `\r\n` or `\n`. */
	contentEnd: number;
	/** Offset after its line break (equals contentEnd on a last line without one). */
	end: number;
}

/** Lines split on `\n` (a `\r` before it belongs to the line break), as the core numbers them. */
export function linesOf(text: string): Line[] {
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

export function headingKey(s: string): string {
	return s.replace(/^#+/, "").trim().replace(/\s+/g, " ").toLowerCase();
}

export const isSpaceOrTab = (c: string | undefined): boolean => c === " " || c === "\t";

/**
 * `s` without the spaces and tabs at its end. A loop, because the regex `/[ \t]+$/` tries every position
 * of a long run of spaces followed by text, and so takes quadratic time on it.
 */
export function trimEndSpaceTab(s: string): string {
	let end = s.length;
	while (end > 0 && isSpaceOrTab(s[end - 1])) end--;
	return s.slice(0, end);
}

export function trimSpaceTab(s: string): string {
	let start = 0;
	while (start < s.length && isSpaceOrTab(s[start])) start++;
	return trimEndSpaceTab(s.slice(start));
}

/** One line of text for a list item: line breaks (with the spaces around them) become spaces. */
export function oneLine(s: string): string {
	return s.split(/[\r\n]+/).map(trimSpaceTab).join(" ").trim();
}

/**
 * An ATX heading (`## Title ##`, up to three spaces before it): its level and its text without the
 * closing hashes, or null. A scan rather than one regex: `(.*?)` followed by optional closing hashes and
 * spaces backtracks quadratically on a long run of spaces inside a heading.
 */
export function atxHeading(line: string): { level: number; text: string } | null {
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

/** Where the section under a heading lies in a note (see `findSection`). */
export interface SectionScan {
	lines: Line[];
	/** Index of the heading's line, or -1 when the note has no such heading. */
	heading: number;
	/** Index of the line after the section: the next heading of the same or a higher level, or `lines.length`. */
	end: number;
	/** When the section (or the note, without one) runs to the end: the code fence or `%%` left open there. */
	openAtEnd: string | null;
}

/**
 * The section under the first heading named `heading` (any level; case and spacing ignored). Headings in
 * frontmatter, code blocks and `%%` comments do not count. The section ends at the next heading of the
 * same or a higher level.
 */
export function findSection(text: string, heading: string): SectionScan {
	const lines = linesOf(text);
	const wanted = headingKey(heading);
	const fm = findFrontmatter(text);
	const bodyStart = fm ? fm.bodyOffset : 0;
	const fences: FenceState = { fence: null };
	const comment = { inComment: false };
	let found = -1;
	let level = 0;
	let end = lines.length;
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
			end = i;
			break;
		}
	}
	const openAtEnd = found >= 0 && end < lines.length ? null : (fences.fence ?? (comment.inComment ? "%%" : null));
	return { lines, heading: found, end, openAtEnd };
}

/**
 * Quote markers, then the bullet and checkbox. Two regexes, not one: `(?:[ \t]{0,3}>[ \t]?)*[ \t]*` can
 * split the spaces between `>` marks in two ways each, and so backtracks exponentially on a line of many
 * `>  ` that is not a task. Alone, the quote markers are matched greedily and never backtracked into.
 */
const QUOTE_MARKS = /^(?:[ \t]{0,3}>[ \t]?)*/;
const CHECKBOX_AT = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\]/;

/** Offset in a task line's content of the character between its checkbox's brackets, or -1. */
export function checkboxMarkAt(content: string): number {
	const quote = QUOTE_MARKS.exec(content)?.[0].length ?? 0;
	const box = CHECKBOX_AT.exec(content.slice(quote));
	return box ? quote + box[0].length - 2 : -1;
}

/** Where a block id at the end of `s` (` ^abc`, with the spaces before it) starts, or `s.length`. */
export function blockIdAt(s: string): number {
	let i = s.length;
	while (i > 0 && /[A-Za-z0-9-]/.test(s[i - 1] as string)) i--;
	if (i === s.length || s[i - 1] !== "^") return s.length;
	let start = i - 1;
	while (start > 0 && isSpaceOrTab(s[start - 1])) start--;
	return start < i - 1 ? start : s.length;
}

/** A line of a note (`start`: after a byte order mark), its content, and the list item the index reads on it. */
export type ItemLine = { ok: true; line: Line; start: number; content: string; item: ListItem | undefined } | { ok: false; reason: string };

/**
 * Line `lineNo` (1-based), read in its place as the index reads it: a line in the frontmatter holds no
 * item, nor does one in a code block or a %% comment, nor a line split by a lone CR into two items.
 */
export function itemOnLine(text: string, lineNo: number): ItemLine {
	const l = linesOf(text)[lineNo - 1];
	if (!l || lineNo < 1) return { ok: false, reason: "the task's line is gone" };
	let start = l.start;
	if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) start++;
	const content = text.slice(start, l.contentEnd);
	const fm = findFrontmatter(text);
	if (fm && l.start < fm.bodyOffset) return { ok: false, reason: "the line no longer holds a task" };
	const body = fm ? text.slice(fm.bodyOffset) : text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const onLine = scanBody(body, fm ? fm.bodyLine : 1, []).items.filter((i) => i.line === lineNo);
	return { ok: true, line: l, start, content, item: onLine.length === 1 ? onLine[0] : undefined };
}
