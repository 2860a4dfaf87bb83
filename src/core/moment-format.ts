/**
 * Moment.js formats, as Obsidian writes them (Daily notes, the Templates plugin's `{{date:FORMAT}}`),
 * read by luxon: one token table and one translation for both. `[text]` stays literal, as in moment.
 */
import type { DateTime } from "luxon";

/** Moment tokens and their luxon equivalents, longest first where one is the start of another. */
const TOKENS: [string, string][] = [
	["YYYY", "yyyy"], ["YY", "yy"],
	["MMMM", "LLLL"], ["MMM", "LLL"], ["MM", "LL"], ["M", "L"],
	["DDDD", "ooo"], ["DD", "dd"], ["Do", "d'__ORD__'"], ["D", "d"],
	["dddd", "cccc"], ["ddd", "ccc"],
	["gggg", "kkkk"], ["GGGG", "kkkk"], ["ww", "WW"], ["WW", "WW"], ["w", "W"], ["W", "W"], ["E", "c"],
	["HH", "HH"], ["H", "H"], ["hh", "hh"], ["h", "h"], ["mm", "mm"], ["m", "m"], ["ss", "ss"], ["s", "s"],
	["A", "a"], ["a", "a"],
];

/** Literal text for luxon: quoted, with each `'` written as `''` outside the quotes (inside, luxon drops it). */
function quoted(literal: string): string {
	return literal.split("'").map((s) => (s === "" ? "" : `'${s}'`)).join("''");
}

/** Translates a moment.js format into a luxon one. `Do` leaves a `__ORD__` mark for the ordinal suffix. */
export function momentToLuxon(format: string): string {
	let out = "";
	let literal = "";
	const flush = () => {
		out += quoted(literal);
		literal = "";
	};
	for (let i = 0; i < format.length; ) {
		const end = format[i] === "[" ? format.indexOf("]", i) : -1;
		if (end > i) {
			literal += format.slice(i + 1, end);
			i = end + 1;
			continue;
		}
		const hit = TOKENS.find(([m]) => format.startsWith(m, i));
		if (hit) {
			flush();
			out += hit[1];
			i += hit[0].length;
		} else literal += format[i++];
	}
	flush();
	return out;
}

/** "st", "nd", "rd" or "th" for a day of the month. */
export function ordinalSuffix(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return "th";
	return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

/** `dt` written in a moment.js format (`dddd, MMMM Do YYYY`, `HH:mm`, `gggg-[W]ww`...). */
export function formatMoment(dt: DateTime, format: string): string {
	return dt.toFormat(momentToLuxon(format)).split("__ORD__").join(ordinalSuffix(dt.day));
}
