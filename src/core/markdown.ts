/**
 * One pass over a note's body, line by line: links (with where they stand: quote, embed, task), inline
 * tags, and the list items that can matter (tasks and dated items). Code blocks, inline code and `%%`
 * comments are skipped as Obsidian skips them. Every scan is linear in the line length: no regular
 * expression here can backtrack on adversarial input (see test/core/redos.test.ts).
 */
import { type IsoDate, parseIsoDate } from "./dates";
import { markdownLinkPath, wikiLinkPath } from "./links";
import { doneDateOf, dueDateOf, type TaskDate } from "./task-dates";
import { exact } from "./collections";

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
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const LEADING_DATE = /^(\*\*|__)?(\[\[)?(\d{4}-\d{2}-\d{2})(\|[^\]\n]{0,200})?(\]\])?(\*\*|__)?(?=$|[\s:,.;)\u2013\u2014-])/;
const TAG = /(?:^|[\s(,;])#([^\s#!@$%^&*()+=,.?":;{}|<>[\]\\'`~]+)/g;

/** A log line's text without the date it starts with: `2026-11-20 coffee` reads `coffee`. */
export function withoutLeadingDate(text: string): string {
	const m = LEADING_DATE.exec(text);
	return m ? text.slice(m[0].length).replace(/^[\s:,.;\u2013\u2014-]+/, "") : text;
}

/**
 * A copy of `s` that does not keep the text it was cut from alive. V8 represents a slice of a long
 * string as a view of the whole, so every task text kept in the facts would keep its note's full text in
 * memory (a third of the index's heap at 50,000 notes). Shorter strings than 13 characters are copies
 * already.
 */
export function own(s: string): string {
	if (s.length < 13) return s;
	// The joined string is made flat (one copy, one character longer) before it is sliced, so the slice's
	// parent is that copy, not the note. A tenth of a microsecond, where internalizing took 1 to 2.
	return ` ${s}`.slice(1);
}

/**
 * The texts `shared` has handed out, by value. Emptied when full, so a long session's edits cannot keep
 * old strings alive without end (after that, an equal string is copied once more).
 */
const SHARED = new Map<string, string>();
export const SHARED_STRINGS_MAX = 1 << 16;

/**
 * `own`, and one string for every equal one: a name linked from a thousand notes, or a tag, is kept once
 * (124,000 links name 24,600 targets at 50,000 notes).
 */
export function shared(s: string): string {
	if (s.length < 13) return s;
	const kept = SHARED.get(s);
	if (kept !== undefined) return kept;
	if (SHARED.size >= SHARED_STRINGS_MAX) SHARED.clear();
	const copy = own(s);
	SHARED.set(copy, copy);
	return copy;
}

/** How many texts `shared` holds now (at most SHARED_STRINGS_MAX): for tests. */
export function sharedStringCount(): number {
	return SHARED.size;
}

function statusOf(mark: string): TaskStatus {
	if (mark === "x" || mark === "X") return "done";
	if (mark === "-") return "cancelled";
	if (mark === "/") return "in-progress";
	return "open";
}

const SPACE = 0x20, TAB = 0x09;

/** Can a line starting with this character open or close a fence (FENCE)? Spaces, tabs, ` and ~. */
function mayStartFence(c: number): boolean {
	return c === SPACE || c === TAB || c === 0x60 || c === 0x7e;
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

/** The open code fence (its backticks or tildes), or null. */
export interface FenceState {
	fence: string | null;
}

/**
 * Is this line part of a fenced code block (its opening, inside, or its closing)? Updates the state. A
 * fence cannot open inside a `%%` comment. The edits read lines with the same rule as the index.
 */
export function inFence(content: string, state: FenceState, inComment: boolean): boolean {
	// Most lines start with neither a space, a tab, a backtick nor a tilde: then no fence opens on them.
	if (state.fence === null && !mayStartFence(content.charCodeAt(0))) return false;
	const f = FENCE.exec(content);
	if (state.fence !== null) {
		const open = state.fence;
		if (f?.[1] && f[1][0] === open[0] && f[1].length >= open.length && content.trim() === f[1]) state.fence = null;
		return true;
	}
	if (f?.[1] && !inComment) {
		state.fence = f[1];
		return true;
	}
	return false;
}

/**
 * Removes inline code spans and `%%comments%%` that open and close on the line; tracks open comments.
 * The next `%%` and backtick are remembered and searched again only once passed: searching for both
 * after every marker scanned to the line's end each time, quadratic on a line of many comments.
 */
export function visibleText(line: string, state: { inComment: boolean }): string {
	let out = "";
	let i = 0;
	let pct = -2;
	let tick = -2;
	while (i < line.length) {
		if (pct !== -1 && pct < i) pct = line.indexOf("%%", i);
		if (state.inComment) {
			if (pct < 0) return out;
			state.inComment = false;
			i = pct + 2;
			continue;
		}
		if (tick !== -1 && tick < i) tick = line.indexOf("`", i);
		if (pct < 0 && tick < 0) {
			out += line.slice(i);
			break;
		}
		if (tick >= 0 && (pct < 0 || tick < pct)) {
			let run = 1;
			while (line[tick + run] === "`") run++;
			const fence = "`".repeat(run);
			const close = line.indexOf(fence, tick + run);
			if (close < 0) {
				out += line.slice(i);
				break;
			}
			out += `${line.slice(i, tick)} `;
			i = close + run;
		} else {
			out += line.slice(i, pct);
			state.inComment = true;
			i = pct + 2;
		}
	}
	return out;
}

/** Wiki-links and Markdown links in one line of visible text, in order. */
export function linksInLine(text: string): { target: string; embed: boolean }[] {
	return linksAt(text).map(({ target, embed }) => ({ target, embed }));
}

/** A link found in a line, with the offset it starts at (for the order of wiki- and Markdown links). */
export interface LinkAt {
	target: string;
	embed: boolean;
	at: number;
}

/** linksInLine with each link's offset kept: the index reads these, without a copy of every link made. */
export function linksAt(text: string): LinkAt[] {
	const out: LinkAt[] = [];
	let i = 0;
	for (;;) {
		const open = text.indexOf("[[", i);
		if (open < 0) break;
		const close = text.indexOf("]]", open + 2);
		if (close < 0) break;
		const start = text.lastIndexOf("[[", close - 1);
		const inner = text.slice(start + 2, close);
		const target = wikiLinkPath(inner);
		if (target !== "" && !inner.includes("\n")) out.push({ target, embed: text[start - 1] === "!", at: start });
		i = close + 2;
	}
	if (text.includes("](")) {
		let j = 0;
		for (;;) {
			const mid = text.indexOf("](", j);
			if (mid < 0) break;
			const end = text.indexOf(")", mid + 2);
			if (end < 0) break;
			// The text is opened after the previous link ended: searching only there keeps the scan linear.
			let open = mid - 1;
			while (open >= j && text[open] !== "[") open--;
			const opened = open >= j;
			j = end + 1;
			if (!opened || text[open - 1] === "[" || text.slice(open, mid).includes("]")) continue;
			const target = markdownLinkPath(text.slice(mid + 2, end));
			if (target !== null) out.push({ target, embed: text[open - 1] === "!", at: open });
		}
		out.sort((a, b) => a.at - b.at);
	}
	return out;
}

/** Inline tags (`#people/family`), lower-cased, without `#`. Purely numeric tags are not tags. */
const NO_TAGS = Object.freeze([]) as unknown as string[];

export function tagsInLine(text: string): string[] {
	if (!text.includes("#")) return NO_TAGS;
	const out: string[] = [];
	TAG.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = TAG.exec(text)) !== null) {
		const raw = m[1] ?? "";
		// Trailing slashes dropped in a loop: `/\/+$/` is quadratic on a tag made of many slashes.
		let end = raw.length;
		while (end > 0 && raw[end - 1] === "/") end--;
		const tag = raw.slice(0, end);
		if (tag !== "" && !/^[\d/]+$/.test(tag)) out.push(shared(tag.toLowerCase()));
	}
	return exact(out);
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
	// A line's links go in together, so an item's links stand side by side (network.ts linksAround relies on it).
	for (let i = 0; i < lineLinks.length; i++) {
		const l = lineLinks[i] as LinkAt;
		links.push({ target: shared(l.target), line: lineNo, embed: l.embed, inQuote, item: itemIndex });
	}
}
