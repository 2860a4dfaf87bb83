/**
 * Calendar dates. A date here is a `YYYY-MM-DD` string (`IsoDate`): a day on the calendar, with no time
 * and no time zone, so it can never shift by a day. Arithmetic goes through luxon in the UTC zone, where
 * every day has 24 hours.
 */
import { DateTime, Duration } from "luxon";
import { momentToLuxon } from "./moment-format";

export type IsoDate = string;

/** True when `y-m-d` is a real day (no 2026-02-30, no month 13). */
export function isRealDate(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999) return false;
	return d <= daysInMonth(y, m);
}

/** Days in each month of a common year. */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y` (Gregorian), without a Date object: asked for every date read. */
export function daysInMonth(y: number, m: number): number {
	if (m !== 2) return MONTH_DAYS[m - 1] ?? 0;
	return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/**
 * One string per calendar day, by `dayNumberOf`: a 50,000-note vault's 25,000 promises name 61 due days
 * but held a string each, and the promises' order compares them at every step of its binary searches (an
 * equal one kept once is equal at a glance, and in the cache). Emptied when full, as kept-strings.ts's
 * `shared` is: a hostile vault can name every day of ten thousand years.
 */
const DAYS = new Map<number, IsoDate>();
export const KEPT_DAYS_MAX = 1 << 14;

function dayNumberOf(y: number, m: number, d: number): number {
	return (y * 100 + m) * 100 + d;
}

/** The string kept for the day `y-m-d`: `written` (its `YYYY-MM-DD`) when it is the first. */
function kept(y: number, m: number, d: number, written: IsoDate): IsoDate {
	const day = dayNumberOf(y, m, d);
	const before = DAYS.get(day);
	if (before !== undefined) return before;
	if (DAYS.size >= KEPT_DAYS_MAX) DAYS.clear();
	DAYS.set(day, written);
	return written;
}

/** How many days have a kept string now (at most KEPT_DAYS_MAX): for tests. */
export function keptDayCount(): number {
	return DAYS.size;
}

export function formatIso(y: number, m: number, d: number): IsoDate {
	return DAYS.get(dayNumberOf(y, m, d)) ?? kept(y, m, d, `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
}

/** `YYYY-MM-DD` when it names a real day, else null. */
export function parseIsoDate(s: string): IsoDate | null {
	// Read by character codes, not by a regex: no match array for each of the vault's dates.
	if (s.length !== 10 || s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d) return null;
	const y = digitsAt(s, 0, 4), m = digitsAt(s, 5, 7), d = digitsAt(s, 8, 10);
	return y >= 0 && m >= 0 && d >= 0 && isRealDate(y, m, d) ? kept(y, m, d, s) : null;
}

/** The number the ASCII digits from `from` to `to` write, or -1 when one is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = s.charCodeAt(i) - 0x30;
		if (c < 0 || c > 9) return -1;
		n = n * 10 + c;
	}
	return n;
}

export type DateParse = { ok: true; date: IsoDate } | { ok: false; reason: string };

/**
 * A date as written in frontmatter: `2026-11-20` (plain or quoted), a link to a daily note
 * `[[2026-11-20]]`, or a JS Date (some YAML parsers turn unquoted dates into a UTC midnight `Date`:
 * its UTC fields are the calendar date the user wrote).
 */
export function parseDateValue(value: unknown): DateParse {
	// `key: [[2026-11-20]]` unquoted is YAML for a list in a list; Obsidian users mean a link.
	if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && typeof value[0][0] === "string") {
		value = `[[${value[0][0]}]]`;
	}
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return { ok: false, reason: "is not a valid date" };
		return { ok: true, date: formatIso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) };
	}
	if (typeof value !== "string") return { ok: false, reason: `is not a date (expected YYYY-MM-DD)` };
	let s = value.trim();
	const link = /^\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]$/.exec(s);
	// A link names the daily note, wherever it lies: `[[Daily/2026-11-20|Friday]]`.
	if (link?.[1]) s = link[1].slice(link[1].lastIndexOf("/") + 1).trim();
	// A timestamp like 2026-11-20T10:00 or "2026-11-20 10:00" still names that calendar day.
	const withTime = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
	if (!withTime?.[1]) return { ok: false, reason: `"${truncate(String(value))}" is not a date (expected YYYY-MM-DD)` };
	const d = parseIsoDate(withTime[1]);
	if (!d) return { ok: false, reason: `"${truncate(String(value))}" is not a real calendar date` };
	return { ok: true, date: d };
}

function truncate(s: string, n = 40): string {
	return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function toDateTime(d: IsoDate): DateTime {
	return DateTime.fromISO(d, { zone: "utc" });
}

function fromDateTime(dt: DateTime): IsoDate {
	return formatIso(dt.year, dt.month, dt.day);
}

/** A cadence or any other calendar span: months and years clamp to the month's end (Jan 31 + 1m = Feb 28). */
export interface Span {
	years?: number;
	months?: number;
	weeks?: number;
	days?: number;
}

export function addSpan(d: IsoDate, span: Span): IsoDate {
	// Days and weeks need no calendar rules: plain UTC day arithmetic, many times faster than luxon.
	if (!span.months && !span.years) {
		const [y, m, day] = d.split("-").map(Number) as [number, number, number];
		const t = new Date(0);
		t.setUTCFullYear(y, m - 1, day + (span.days ?? 0) + 7 * (span.weeks ?? 0)); // (Date.UTC maps years < 100 to 19xx)
		return formatIso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
	}
	const months = 12 * (span.years ?? 0) + (span.months ?? 0);
	const rest = (span.days ?? 0) + 7 * (span.weeks ?? 0);
	if (!Number.isInteger(months) || !Number.isInteger(rest)) return fromDateTime(toDateTime(d).plus(Duration.fromObject(span)));
	// Whole months as luxon adds them (clamped to the month's end), then the days: no luxon object per call
	// (a cadence of months is asked for every person on every query).
	const [y, m, day] = d.split("-").map(Number) as [number, number, number];
	const index = y * 12 + (m - 1) + months;
	const y2 = Math.floor(index / 12), m2 = index - y2 * 12 + 1;
	const clamped = formatIso(y2, m2, Math.min(day, daysInMonth(y2, m2)));
	return rest === 0 ? clamped : addSpan(clamped, { days: rest });
}

export function addDays(d: IsoDate, days: number): IsoDate {
	return addSpan(d, { days });
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	return dayNumber(b) - dayNumber(a);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, by the civil-calendar formula (no Date object per call). */
function dayNumber(d: IsoDate): number {
	const m = Number(d.slice(5, 7));
	const y = Number(d.slice(0, 4)) - (m <= 2 ? 1 : 0);
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + Number(d.slice(8, 10)) - 1;
	return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** `1 day`, `3 days`: a number of days as the views and reasons say it. */
export function days(n: number): string {
	return `${n} day${n === 1 ? "" : "s"}`;
}

/** Days a span covers when it starts on `from`. */
export function spanDays(from: IsoDate, span: Span): number {
	return daysBetween(from, addSpan(from, span));
}

/** Today's local calendar date. Only callers at the edge (CLI, plugin) use this; the core takes `today`. */
export function localToday(now: Date): IsoDate {
	return formatIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

// ---- Daily-note formats (moment.js tokens, as Obsidian's Daily notes plugin writes them) ----

/**
 * A parser for names written in a daily-note format: returns the date when `name` is exactly a date in
 * that format. The ISO format is handled without luxon (the common case, and fast).
 */
export function dailyNoteParser(momentFormat: string): (name: string) => IsoDate | null {
	const fmt = momentFormat.trim() || "YYYY-MM-DD";
	if (fmt === "YYYY-MM-DD") return (name) => parseIsoDate(name);
	const luxonFormat = momentToLuxon(fmt).replace("'__ORD__'", "");
	return (name) => {
		const cleaned = fmt.includes("Do") ? name.replace(/(\d)(st|nd|rd|th)\b/g, "$1") : name;
		const dt = DateTime.fromFormat(cleaned, luxonFormat, { zone: "utc", locale: "en" });
		return dt.isValid ? fromDateTime(dt) : null;
	};
}
