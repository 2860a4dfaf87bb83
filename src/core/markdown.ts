/**
 * One pass over a note's body, line by line: links (with where they stand: quote, embed, task), inline
 * tags, and the list items that can matter (tasks and dated items). Code blocks, inline code and `%%`
 * comments are skipped as Obsidian skips them. Every scan is linear in the line length: no regular
 * expression here can backtrack on adversarial input (test/core/regex-safety.test.ts has a checker judge each).
 */
import { type IsoDate, parseIsoDate } from "./dates";
import { type LinkAt, linksAt, tagsInLine } from "./line-links";
import { own, shared } from "./kept-strings";
import { type FenceState, inFence, SPACE, TAB, visibleText } from "./visible-text";
import { doneDateOf, dueDateOf, type TaskDate } from "./task-dates";

export interface RawLink {
	/** The link path as written, without heading, block or display text (`folder/Name`). */
	target: string;
	/** 1-based line in the file. */
	line: number;
	embed: boolean;
	inQuote: boolean;
	/** Index into `items` of the list item holding the link, or -1. */
	item: number;
	/** For frontmatter links: the normalised key. */
	key?: string;
}

export type TaskStatus = "open" | "in-progress" | "done" | "cancelled";

export interface TaskFacts {
	status: TaskStatus;
	/** The character between the brackets. */
	mark: string;
	due: IsoDate | null;
	done: IsoDate | null;
}

export interface ListItem {
	line: number;
	/** The item's text after the bullet and checkbox. */
	text: string;
	/** The date the text starts with (`2026-11-20`, `[[2026-11-20]]`, `**2026-11-20**`). */
	date: IsoDate | null;
	task: TaskFacts | null;
	tags: string[];
	inQuote: boolean;
}

export interface LocalProblem {
	line: number | null;
	severity: "error" | "warning";
	message: string;
}

export interface BodyFacts {
	links: RawLink[];
	items: ListItem[];
	tags: string[];
}

const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const CHECKBOX = /^\[(.)\](?:[ \t]+|$)/;
const LEADING_DATE = /^(\*\*|__)?(\[\[)?(\d{4}-\d{2}-\d{2})(\|[^\]\n]{0,200})?(\]\])?(\*\*|__)?(?=$|[\s:,.;)\u2013\u2014-])/;

/** A log line's text without the date it starts with: `2026-11-20 coffee` reads `coffee`. */
export function withoutLeadingDate(text: string): string {
	const m = LEADING_DATE.exec(text);
	return m ? text.slice(m[0].length).replace(/^[\s:,.;\u2013\u2014-]+/, "") : text;
}

function statusOf(mark: string): TaskStatus {
	if (mark === "x" || mark === "X") return "done";
	if (mark === "-") return "cancelled";
	if (mark === "/") return "in-progress";
	return "open";
}

/** Can a line starting with this character be a list item (LIST_ITEM)? Spaces, tabs, bullets, digits. */
function mayStartItem(c: number): boolean {
	return c === 0x2d || c === 0x2a || c === 0x2b || c === SPACE || c === TAB || (c >= 0x30 && c <= 0x39);
}

/** Can a text starting with this character start with a date (LEADING_DATE)? Digits, `*`, `_`, `[`. */
function mayStartDate(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || c === 0x2a || c === 0x5f || c === 0x5b;
}

/** Can a line starting with this character be quoted (`>` after up to three spaces or tabs)? */
function mayStartQuote(c: number): boolean {
	return c === 0x3e || c === SPACE || c === TAB;
}

/** `s.trim() === ""` without the trimmed copy: a printable ASCII first character settles it at once. */
function isBlank(s: string): boolean {
	const c = s.charCodeAt(0);
	if (c > SPACE && c < 0x7f) return false;
	return s.trim() === "";
}

/** A task's date, or null with a located warning when it is written but is no real date. */
function dateField(read: TaskDate, line: number, what: string, problems: LocalProblem[]): IsoDate | null {
	if (read === null) return null;
	if ("date" in read) return read.date;
	problems.push({ line, severity: "warning", message: `${what} date "${read.bad.slice(0, 40)}" is not a real date (expected YYYY-MM-DD)` });
	return null;
}

/**
 * Scans a body. `firstLine` is the 1-based file line where the body starts (after frontmatter).
 */
export function scanBody(body: string, firstLine: number, problems: LocalProblem[]): BodyFacts {
	const links: RawLink[] = [];
	const items: ListItem[] = [];
	const tags = new Set<string>();
	const comment = { inComment: false };
	const fences: FenceState = { fence: null };
	const piece = (text: string, lineNo: number): void => {
		let content = text;
		let inQuote = false;
		if (mayStartQuote(content.charCodeAt(0)) && /^[ \t]{0,3}>/.test(content)) {
			inQuote = true;
			content = content.replace(/^(?:[ \t]{0,3}>[ \t]?)+/, "");
		}
		if (inFence(content, fences, comment.inComment)) return;
		if (comment.inComment || content.includes("%%") || content.includes("`")) content = visibleText(content, comment);
		if (isBlank(content)) return;
		scanLine(content, lineNo, inQuote, links, items, tags, problems);
	};
	// Without any CR (most notes) a line is just the text up to the next LF.
	const hasCr = body.includes("\r");
	let lineNo = firstLine - 1;
	let pos = 0;
	while (pos <= body.length) {
		let end = body.indexOf("\n", pos);
		if (end < 0) end = body.length;
		let raw = body.slice(pos, end);
		pos = end + 1;
		lineNo++;
		if (!hasCr) piece(raw, lineNo);
		else {
			if (raw.endsWith("\r")) raw = raw.slice(0, -1);
			// Lone CR line breaks (old Mac files) are treated as line breaks too.
			if (!raw.includes("\r")) piece(raw, lineNo);
			else for (const p of raw.split("\r")) piece(p, lineNo);
		}
		if (end >= body.length) break;
	}
	return { links, items, tags: [...tags] };
}

const NO_LINKS = Object.freeze([]) as unknown as LinkAt[];

function scanLine(
	content: string,
	lineNo: number,
	inQuote: boolean,
	links: RawLink[],
	items: ListItem[],
	tags: Set<string>,
	problems: LocalProblem[],
): void {
	const lineTags = tagsInLine(content);
	// Indexed loops here and below: this runs for every line of the vault, and a for-of made an iterator
	// result per element until the optimiser had seen enough of it (a twentieth of a 50k build's garbage).
	for (let i = 0; i < lineTags.length; i++) tags.add(lineTags[i] as string);
	const lineLinks = content.includes("[") ? linksAt(content) : NO_LINKS;
	let itemIndex = -1;
	const bullet = mayStartItem(content.charCodeAt(0)) ? LIST_ITEM.exec(content) : null;
	if (bullet) {
		let text = content.slice(bullet[0].length);
		let task: TaskFacts | null = null;
		const box = text.charCodeAt(0) === 0x5b ? CHECKBOX.exec(text) : null;
		if (box) {
			const mark = box[1] ?? " ";
			text = text.slice(box[0].length);
			task = {
				status: statusOf(mark),
				mark,
				due: dateField(dueDateOf(text), lineNo, "due", problems),
				done: dateField(doneDateOf(text), lineNo, "done", problems),
			};
		}
		let date: IsoDate | null = null;
		if (!task) {
			const d = mayStartDate(text.charCodeAt(0)) ? LEADING_DATE.exec(text) : null;
			if (d?.[3] && Boolean(d[2]) === Boolean(d[5])) {
				date = parseIsoDate(d[3]);
				if (!date) problems.push({ line: lineNo, severity: "warning", message: `log date "${d[3]}" is not a real date` });
			}
		}
		if (task || date || lineLinks.length > 0) {
			itemIndex = items.length;
			items.push({ line: lineNo, text: own(text.trim()), date, task, tags: lineTags, inQuote });
		}
	}
	// A line's links go in together, so an item's links stand side by side (contribution.ts relies on it:
	// contribute reads each item's run in place, itemLinkRun finds it from one of its links).
	for (let i = 0; i < lineLinks.length; i++) {
		const l = lineLinks[i] as LinkAt;
		links.push({ target: shared(l.target), line: lineNo, embed: l.embed, inQuote, item: itemIndex });
	}
}
