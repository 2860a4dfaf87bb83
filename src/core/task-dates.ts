/**
 * A task's due and done dates, read as Tasks and Dataview read them (conventions.md section 4): Tasks'
 * signs (📅 📆 🗓 for due, ✅ for done), each with or without the variation selector U+FE0F and then
 * optional spaces, the last one on the line winning; Dataview's `[due:: …]` / `(due:: …)` fields (and
 * `completion`), spaces around key and value trimmed, brackets matching, a date, a date-time or a link
 * to a daily note as the value, the first one winning. A Tasks date wins over a Dataview field.
 *
 * A small hand scanner rather than a regex: each position is looked at a bounded number of times, so
 * the scan is linear in the line length whatever the line holds.
 */
import { type IsoDate, parseDateValue, parseIsoDate } from "./dates";

/** What a line says about one date: nothing, a date, or something that should have been one. */
export type TaskDate = { date: IsoDate } | { bad: string } | null;

interface DateKind {
	/** Tasks signs, as UTF-16 strings (the variation selector is handled apart). */
	signs: readonly string[];
	/** The Dataview field key, lower-case. */
	field: string;
}

const DUE: DateKind = { signs: ["\u{1F4C5}", "\u{1F4C6}", "\u{1F5D3}"], field: "due" };
const DONE: DateKind = { signs: ["\u2705"], field: "completion" };

/** Longest Dataview field (key and value) looked at: a date-time with offset fits with room to spare. */
const MAX_FIELD = 120;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isBlank = (c: string | undefined): boolean => c === " " || c === "\t";

/** `YYYY-MM-DD` at `at` (shape only), not followed by another digit. */
function dateShapeAt(text: string, at: number): boolean {
	for (let k = 0; k < 10; k++) {
		const c = text[at + k];
		if (k === 4 || k === 7 ? c !== "-" : !isDigit(c)) return false;
	}
	return !isDigit(text[at + 10]);
}

/** The last Tasks date of this kind on the line, as written (`YYYY-MM-DD`), or null. */
function lastSignDate(text: string, kind: DateKind): string | null {
	let found: string | null = null;
	let foundAt = -1;
	for (const sign of kind.signs) {
		for (let i = text.indexOf(sign); i >= 0; i = text.indexOf(sign, i + sign.length)) {
			let j = i + sign.length;
			if (text[j] === "\uFE0F") j++;
			while (isBlank(text[j])) j++;
			if (!dateShapeAt(text, j)) continue;
			// Several signs may be mixed on one line: the last by position wins, whichever sign it has.
			if (j > foundAt) {
				found = text.slice(j, j + 10);
				foundAt = j;
			}
		}
	}
	return found;
}

/**
 * The value of the first Dataview field `key` on the line, trimmed, or null. A field opens with `[` or
 * `(`, holds `key::` (spaces around the key allowed), and closes with the matching bracket; brackets of
 * the same kind nest (`[due:: [[2026-12-01]]]`), a stray closing bracket of the other kind means no field.
 */
function firstFieldValue(text: string, key: string): string | null {
	if (!text.includes("::")) return null;
	for (let i = 0; i < text.length; i++) {
		const open = text[i];
		if (open !== "[" && open !== "(") continue;
		const value = fieldAt(text, i, key);
		if (value !== null) return value;
	}
	return null;
}

function fieldAt(text: string, start: number, key: string): string | null {
	const open = text[start];
	const close = open === "[" ? "]" : ")";
	const otherClose = open === "[" ? ")" : "]";
	const otherOpen = open === "[" ? "(" : "[";
	const limit = Math.min(text.length, start + MAX_FIELD);
	// The key: quick test first, so that most brackets cost a few characters.
	let j = start + 1;
	while (j < limit && isBlank(text[j])) j++;
	if (text.slice(j, j + key.length).toLowerCase() !== key) return null;
	j += key.length;
	while (j < limit && isBlank(text[j])) j++;
	if (text[j] !== ":" || text[j + 1] !== ":") return null;
	j += 2;
	const from = j;
	let depth = 0;
	let otherDepth = 0;
	for (; j < limit; j++) {
		const c = text[j];
		if (c === open) depth++;
		else if (c === otherOpen) otherDepth++;
		else if (c === otherClose) {
			if (otherDepth === 0) return null;
			otherDepth--;
		} else if (c === close) {
			if (depth === 0) return otherDepth === 0 ? text.slice(from, j).trim() : null;
			depth--;
		}
	}
	return null;
}

function read(text: string, kind: DateKind): TaskDate {
	const sign = lastSignDate(text, kind);
	if (sign !== null) {
		const d = parseIsoDate(sign);
		return d ? { date: d } : { bad: sign };
	}
	const value = firstFieldValue(text, kind.field);
	if (value === null) return null;
	const d = parseDateValue(value);
	return d.ok ? { date: d.date } : { bad: value };
}

/** The task's due date (text after the checkbox). */
export function dueDateOf(text: string): TaskDate {
	return read(text, DUE);
}

/** The task's done date (text after the checkbox). */
export function doneDateOf(text: string): TaskDate {
	return read(text, DONE);
}
