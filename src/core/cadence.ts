/**
 * Cadences: how often to be in touch. `10d`, `2w`, `3m`, `1y`, `every 2 weeks`, `weekly`, `biweekly`,
 * `monthly`, `quarterly`, `yearly`, ISO 8601 `P3M`, a bare number of days; `never`, `none`, `off` pause.
 */
import type { Span } from "./dates";

export type Cadence = { kind: "span"; span: Span; text: string } | { kind: "paused"; text: string };

const UNIT: Record<string, keyof Span> = {
	d: "days", day: "days", days: "days",
	w: "weeks", wk: "weeks", wks: "weeks", week: "weeks", weeks: "weeks",
	m: "months", mo: "months", mos: "months", month: "months", months: "months",
	y: "years", yr: "years", yrs: "years", year: "years", years: "years",
};

const WORDS: Record<string, Span> = {
	daily: { days: 1 },
	weekly: { weeks: 1 },
	biweekly: { weeks: 2 },
	fortnightly: { weeks: 2 },
	monthly: { months: 1 },
	bimonthly: { months: 2 },
	quarterly: { months: 3 },
	semiannually: { months: 6 },
	biannually: { months: 6 },
	yearly: { years: 1 },
	annually: { years: 1 },
	annual: { years: 1 },
};

const PAUSED = new Set(["never", "none", "off", "no", "false", "paused"]);
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i;
// Matched against the value with its white space collapsed to single spaces: `\s+` here would make
// "every" followed by a long run of spaces backtrack quadratically (the ReDoS checker, test/core/regex-safety.test.ts).
const SHORT = /^(?:every )?(\d+)? ?([a-z]+)$/;

function positive(span: Span): boolean {
	return Object.values(span).some((v) => typeof v === "number" && v > 0);
}

/** Parses a cadence. Null when the value is not a cadence (the caller reports it). */
export function parseCadence(value: unknown): Cadence | null {
	if (value === false) return { kind: "paused", text: "false" };
	if (typeof value === "number") {
		return Number.isInteger(value) && value > 0 ? { kind: "span", span: { days: value }, text: String(value) } : null;
	}
	if (typeof value !== "string") return null;
	const text = value.trim();
	const s = text.toLowerCase().replace(/\s+/g, " ");
	if (s === "") return null;
	if (PAUSED.has(s)) return { kind: "paused", text };
	if (/^\d+$/.test(s)) {
		const n = Number(s);
		return n > 0 ? { kind: "span", span: { days: n }, text } : null;
	}
	const word = WORDS[s.replace(/^every /, "").replace(/[\s-]/g, "")];
	if (word) return { kind: "span", span: word, text };
	const iso = ISO.exec(s.toUpperCase());
	if (iso && s.length > 1) {
		const span: Span = {};
		if (iso[1]) span.years = Number(iso[1]);
		if (iso[2]) span.months = Number(iso[2]);
		if (iso[3]) span.weeks = Number(iso[3]);
		if (iso[4]) span.days = Number(iso[4]);
		return positive(span) ? { kind: "span", span, text } : null;
	}
	const m = SHORT.exec(s);
	if (m?.[2]) {
		const unit = UNIT[m[2]];
		if (!unit) return null;
		const n = m[1] === undefined ? 1 : Number(m[1]);
		if (m[1] === undefined && !s.startsWith("every")) return null;
		return n > 0 ? { kind: "span", span: { [unit]: n }, text } : null;
	}
	return null;
}

const UNIT_NAMES: [keyof Span, string][] = [["years", "year"], ["months", "month"], ["weeks", "week"], ["days", "day"]];

/**
 * A cadence in the units the user wrote it in: `quarterly` is "every 3 months", `yearly` "every year",
 * `2w` "every 2 weeks", `10d` "every 10 days", `P1Y2M` "every 1 year and 2 months"; null is "paused".
 */
export function describeCadence(span: Span | null): string {
	const parts = span === null ? [] : UNIT_NAMES.filter(([k]) => (span[k] ?? 0) > 0).map(([k, name]) => ({ n: span[k] as number, name }));
	const only = parts[0];
	if (only === undefined) return "paused";
	if (parts.length === 1 && only.n === 1) return `every ${only.name}`;
	return `every ${parts.map((p) => `${p.n} ${p.name}${p.n === 1 ? "" : "s"}`).join(" and ")}`;
}
