/**
 * `npm run bench -- --growth`: how matching and parsing time grows with the input, on the worst cases the
 * tests keep (hostile notes, adversarial lines, each regex's hand-made worst strings). Printed, never
 * asserted: the tests decide linearity without a clock (the ReDoS checker in regex-safety.test.ts; the
 * outcomes at 1 MB in hostile, redos and regex-fixes tests). Linear work grows about 10 times for 10 times
 * the input; quadratic work about 100 times.
 */
import { DEFAULT_SETTINGS, parseNote } from "../../src/core";
import { HOSTILE } from "../core/hostile-notes";
import { CASES } from "../core/redos-cases";
import { alphabetOf, type Entry, REGEXES } from "../core/regex-list";

/** The fastest of `reps` runs of `fn`, in ms. */
function fastest(fn: () => unknown, reps = 3): number {
	let best = Infinity;
	for (let i = 0; i < reps; i++) {
		const t = performance.now();
		fn();
		best = Math.min(best, performance.now() - t);
	}
	return best;
}

interface Row {
	name: string;
	small: number;
	large: number;
	sizes: [number, number];
}

function grow<T>(name: string, make: (n: number) => T, run: (input: T) => unknown, small: number, large: number): Row {
	const a = make(small), b = make(large);
	run(a);
	run(b);
	return { name, small: fastest(() => run(a)), large: fastest(() => run(b)), sizes: [small, large] };
}

/** A regex's worst strings, and each character it mentions repeated, as a global search. */
function regexRows(entry: Entry): Row[] {
	const re = new RegExp(entry.re.source, entry.re.flags.includes("g") ? entry.re.flags : `${entry.re.flags}g`);
	const attacks: [string, string, string][] = [...(entry.worst ?? []), ...alphabetOf(entry.re).map((c): [string, string, string] => ["", c, "\u0000"])];
	return attacks.map(([prefix, unit, suffix]) => {
		const make = (n: number) => prefix + unit.repeat(Math.max(1, Math.ceil((n - prefix.length - suffix.length) / unit.length))) + suffix;
		return grow(`${entry.file} ${entry.re.toString().slice(0, 40)} on ${JSON.stringify(prefix + unit + "…" + suffix)}`, make, (s) => s.replace(re, ""), 10_000, 100_000);
	});
}

export function runGrowth(log: (s: string) => void): string {
	const rows: Row[] = [];
	log("hostile notes, 100 KB to 1 MB");
	for (const h of HOSTILE) if (h.scaled) rows.push(grow(`parse: ${h.name}`, h.scaled, (t) => parseNote(t, DEFAULT_SETTINGS, true), 100_000, 1_000_000));
	log("adversarial lines, 10% to full size");
	for (const [name, text] of CASES) {
		rows.push(grow(`scan: ${name}`, (n) => text.slice(0, n), (t) => parseNote(t, DEFAULT_SETTINGS, true), Math.floor(text.length / 10), text.length));
	}
	log(`${REGEXES.length} regexes, 10 KB to 100 KB`);
	for (const entry of REGEXES) rows.push(...regexRows(entry));
	const growth = (r: Row) => r.large / Math.max(r.small, 0.01);
	rows.sort((a, b) => growth(b) - growth(a));
	const lines = [`${"case".padEnd(90)} ${"small".padStart(10)} ${"large".padStart(10)}  growth (10x input)`];
	for (const r of rows) {
		const noise = r.large < 2 ? " (under 2 ms: timer noise)" : "";
		lines.push(`${r.name.slice(0, 90).padEnd(90)} ${r.small.toFixed(2).padStart(7)} ms ${r.large.toFixed(2).padStart(7)} ms  ${growth(r).toFixed(1)}x${noise}`);
	}
	return lines.join("\n");
}
