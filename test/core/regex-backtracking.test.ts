/**
 * No regular expression in src/core or src/cli can be driven into catastrophic backtracking. Every regex
 * literal there is listed below (a test reads the sources and fails when one is added, changed or removed
 * without updating the list, so a new regex never goes unfuzzed). Each is run, as a global search, over
 * long adversarial strings: every character its pattern mentions repeated, hand-made worst cases
 * (repeated prefixes, runs that almost match), and units of 1-4 such characters drawn by fast-check.
 *
 * The bound is on growth, not on absolute time, so a slow or busy machine does not make it flake: each
 * string is timed at 1, 10 and 100 thousand characters (the fastest of 3 runs), and the time for 100 KB
 * must stay within RATIO times the time for 10 KB (linear work grows 10 times; quadratic work 100 times).
 * Runs under NOISE_MS are below what a timer can tell apart and always pass. A string whose 10 KB run
 * alone takes over CUT_MS is superlinear already and is not tried at 100 KB. The regexes run in a worker
 * thread, so one that backtracks exponentially is stopped after a time limit instead of hanging the run.
 *
 * Reproduce a failure with the seed it prints: FC_SEED=<seed> npx vitest run test/core/regex-backtracking.test.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { clearTimeout, setTimeout } from "node:timers";
import { Worker } from "node:worker_threads";
import fc from "fast-check";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

interface Entry {
	/** The file under src/ that holds the literal. */
	file: string;
	re: RegExp;
	/** Hand-made worst cases: [prefix, unit repeated to the length, suffix]. */
	worst?: [string, string, string][];
}

/** Every regex literal in src/core and src/cli, in file order (a literal used twice is listed twice). */
const REGEXES: Entry[] = [
	{ file: "core/cadence.ts", re: /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i },
	{ file: "core/cadence.ts", re: /^(?:every )?(\d+)? ?([a-z]+)$/, worst: [["every ", "1", " !"], ["", "a", "1"], ["every 1 ", "a", "1"]] },
	{ file: "core/cadence.ts", re: /\s+/g },
	{ file: "core/cadence.ts", re: /^\d+$/ },
	{ file: "core/cadence.ts", re: /^every / },
	{ file: "core/cadence.ts", re: /[\s-]/g },
	{ file: "core/dates.ts", re: /^(\d{4})-(\d{2})-(\d{2})$/ },
	{ file: "core/dates.ts", re: /^\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]$/, worst: [["[[", "a", "]"], ["[[a", "|", "]]x"], ["[[a|", "#", "]"]] },
	{ file: "core/dates.ts", re: /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, worst: [["2026-11-25T10:00:00.", "1", "x"]] },
	{ file: "core/dates.ts", re: /^YYYY/ },
	{ file: "core/dates.ts", re: /^YY/ },
	{ file: "core/dates.ts", re: /^MMMM/ },
	{ file: "core/dates.ts", re: /^MMM/ },
	{ file: "core/dates.ts", re: /^MM/ },
	{ file: "core/dates.ts", re: /^M/ },
	{ file: "core/dates.ts", re: /^DDDD/ },
	{ file: "core/dates.ts", re: /^DD/ },
	{ file: "core/dates.ts", re: /^Do/ },
	{ file: "core/dates.ts", re: /^D/ },
	{ file: "core/dates.ts", re: /^dddd/ },
	{ file: "core/dates.ts", re: /^ddd/ },
	{ file: "core/dates.ts", re: /^gggg/ },
	{ file: "core/dates.ts", re: /^GGGG/ },
	{ file: "core/dates.ts", re: /^ww/ },
	{ file: "core/dates.ts", re: /^WW/ },
	{ file: "core/dates.ts", re: /^w/ },
	{ file: "core/dates.ts", re: /^W/ },
	{ file: "core/dates.ts", re: /^E/ },
	{ file: "core/dates.ts", re: /'/g },
	{ file: "core/dates.ts", re: /(\d)(st|nd|rd|th)\b/g },
	{ file: "core/derivation.ts", re: /\.md$/ },
	{ file: "core/edits.ts", re: /^[ \t]*[-*+][ \t]*$/, worst: [[" ", " ", "-x"], ["-", " ", "x"]] },
	{ file: "core/edits.ts", re: /^#+/ },
	{ file: "core/edits.ts", re: /\s+/g },
	{ file: "core/edits.ts", re: /[\r\n]+/, worst: [["", "\r\n", "x"]] },
	{ file: "core/edits.ts", re: /[\r\u2028\u2029]/ },
	{ file: "core/edits.ts", re: /^#+/ },
	{ file: "core/edits.ts", re: /\r?\n[ \t]*\r?\n$/, worst: [["", "\n \r", "x"], ["", "\n", " x"]] },
	{ file: "core/edits.ts", re: /^(?:[ \t]{0,3}>[ \t]?)*/, worst: [[">", "  >", "x"], ["", " >  ", "x"], ["", ">", " \t x"]] },
	{ file: "core/edits.ts", re: /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\]/, worst: [[" ", " ", "- [x"], ["- ", " ", "x"], ["1.", " \t", "[x"]] },
	{ file: "core/edits.ts", re: /[A-Za-z0-9-]/ },
	{ file: "core/edits.ts", re: /[\\/:*?"<>|#^[\]]/g },
	{ file: "core/edits.ts", re: /\s+/g },
	{ file: "core/edits.ts", re: /^\.+/ },
	{ file: "core/edits.ts", re: /^[A-Za-z][A-Za-z0-9 _./-]*$/, worst: [["a", " ", "!"]] },
	{ file: "core/edits.ts", re: /^(true|false|yes|no|null|on|off|~)$/i },
	{ file: "core/edits.ts", re: /^#+/ },
	{ file: "core/export.ts", re: /\\/g },
	{ file: "core/export.ts", re: /"/g },
	{ file: "core/export.ts", re: /\r?\n/g },
	// eslint-disable-next-line no-control-regex -- as in the source
	{ file: "core/export.ts", re: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g },
	{ file: "core/export.ts", re: /&/g },
	{ file: "core/export.ts", re: /</g },
	{ file: "core/export.ts", re: />/g },
	{ file: "core/export.ts", re: /"/g },
	{ file: "core/export.ts", re: /'/g },
	{ file: "core/frontmatter.ts", re: /^---[ \t]*\r?\n/, worst: [["---", " ", "x"]] },
	{ file: "core/frontmatter.ts", re: /^(?:---|\.\.\.)[ \t]*$/, worst: [["---", "\t", "x"]] },
	{ file: "core/frontmatter.ts", re: /\r$/ },
	{ file: "core/frontmatter.ts", re: /\r?\n$/, worst: [["", "\r\n", "x"], ["", "\r", "\rx"]] },
	{ file: "core/frontmatter.ts", re: /[\s_-]+/g },
	{ file: "core/frontmatter.ts", re: /^(?:"([^"]+)"\s*|'([^']+)'\s*|([^\s#:'"-][^:]*)):(?:\s|$)/, worst: [["a", " ", "x"], ["\"", "a", "x"], ["a", " \t", "x:x"], ["'a'", " ", "x"], ["\"a\"", " ", ":x"], ["a", " ", ":x"]] },
	{ file: "core/intro.ts", re: /^\[\[|\]\]$/g },
	{ file: "core/intro.ts", re: /[^\p{L}\p{N}]+/u },
	{ file: "core/intro.ts", re: /\s+/ },
	{ file: "core/intro.ts", re: /\s+/ },
	{ file: "core/intro.ts", re: /\s+/ },
	{ file: "core/links.ts", re: /\s"/, worst: [["", " ", "x"]] },
	{ file: "core/links.ts", re: /^[a-z][a-z0-9+.-]*:/i, worst: [["a", "a", "!"]] },
	{ file: "core/links.ts", re: /^\/+/ },
	{ file: "core/markdown.ts", re: /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, worst: [[" ", " ", "x"], ["1", " ", "x"], ["- ", " \t", "x"]] },
	{ file: "core/markdown.ts", re: /^\[(.)\](?:[ \t]+|$)/ },
	{ file: "core/markdown.ts", re: /^[ \t]{0,3}(`{3,}|~{3,})/ },
	{ file: "core/markdown.ts", re: /^(\*\*|__)?(\[\[)?(\d{4}-\d{2}-\d{2})(\|[^\]\n]{0,200})?(\]\])?(\*\*|__)?(?=$|[\s:,.;)\u2013\u2014-])/, worst: [["**[[2026-11-25|", "a", "x"], ["", "**", "x"]] },
	{ file: "core/markdown.ts", re: /(?:^|[\s(,;])#([^\s#!@$%^&*()+=,.?":;{}|<>[\]\\'`~]+)/g, worst: [["", " #a", "!"], ["#", "a", "!"], ["", "(#", "x"]] },
	{ file: "core/markdown.ts", re: /(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}\uFE0F?)[ \t]*(\d{4}-\d{2}-\d{2})|[[(]due::[ \t]*([^\])\n]{0,64})[\])]/u, worst: [["[due::", " ", "x"], ["", "\u{1F4C5} ", "x"], ["", "(due:: ", "x"]] },
	{ file: "core/markdown.ts", re: /\u2705[ \t]*(\d{4}-\d{2}-\d{2})|[[(]completion::[ \t]*([^\])\n]{0,64})[\])]/u, worst: [["[completion::", " ", "x"], ["", "\u2705 ", "x"]] },
	{ file: "core/markdown.ts", re: /^[\s:,.;\u2013\u2014-]+/ },
	{ file: "core/markdown.ts", re: /^[\d/]+$/, worst: [["1", "/", "a"]] },
	{ file: "core/markdown.ts", re: /^\[\[|\]\]$/g },
	{ file: "core/markdown.ts", re: /^[ \t]{0,3}>/ },
	{ file: "core/markdown.ts", re: /^(?:[ \t]{0,3}>[ \t]?)+/, worst: [[">", "  >", "x"], ["", " >  ", "x"]] },
	{ file: "core/network.ts", re: /^(\d{4}-\d{2}-\d{2})(?!\d)/ },
	{ file: "core/note.ts", re: /^\[\[([^\]]*)\]\]$/, worst: [["[[", "a", "]"], ["[[", "[[", "x"]] },
	{ file: "core/note.ts", re: /[\s,]+/ },
	{ file: "core/note.ts", re: /^#/ },
	{ file: "core/people.ts", re: /^(?:--)?(\d{2})-(\d{2})$/, worst: [["--", "1", "x"]] },
	{ file: "core/people.ts", re: /[#|[\]]/ },
	{ file: "core/settings.ts", re: /^#/ },
	// Moved from src/obsidian/views/wording.ts (issue 11): the views and the CLI share them.
	{ file: "core/task-text.ts", re: /(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}\uFE0F?|\u2705|\u23F3|\u{1F6EB}|\u2795)[ \t]*\d{4}-\d{2}-\d{2}/gu },
	{ file: "core/task-text.ts", re: /[[(](?:due|completion|scheduled|start|created)::[^[\]()]*[\])]/g, worst: [["[", "due::", "x"], ["(due::", "(due::", "x"]] },
	{ file: "core/task-text.ts", re: /(^|\s)#(?:waiting|intro|gave|got)(?=$|\s)/gi, worst: [["", " #gave", "x"], ["", "#got#", "x"]] },
	{ file: "core/task-text.ts", re: /(\*\*?)([^\s*](?:[^*]*[^\s*])?)\1/g, worst: [["**", "a", "x"], ["*", "a*", "x"], ["", "**a", "x"]] },
	{ file: "core/task-text.ts", re: /\s+/g },
	{ file: "cli/args.ts", re: /^\d+$/ },
	// eslint-disable-next-line no-control-regex -- as in the source
	{ file: "core/report/table.ts", re: /[\u0000-\u001f\u007f]/g },
];

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const SIZES = [1_000, 10_000, 100_000];
const REPS = 3;
const RATIO = 30;
const NOISE_MS = 2;
const CUT_MS = 150;
/** Per regex: every string it is tried on, in the worker. */
const LIMIT_MS = 20_000;
const SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SAMPLES = Number(process.env.FC_REGEX_SAMPLES ?? 32);

function tsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
	);
}

/** The regex literals and `RegExp(...)` constructions in a source file, read with the TypeScript parser. */
function regexesIn(path: string): { literals: string[]; dynamic: string[] } {
	const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
	const literals: string[] = [];
	const dynamic: string[] = [];
	const visit = (node: ts.Node): void => {
		if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push(node.getText(source));
		if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === "RegExp") dynamic.push(node.getText(source));
		ts.forEachChild(node, visit);
	};
	visit(source);
	return { literals, dynamic };
}

/** The same text for the same regex however its flags are ordered. */
function canonical(literal: string): string {
	const end = literal.lastIndexOf("/");
	return new RegExp(literal.slice(1, end), literal.slice(end + 1)).toString();
}

describe("the list of regexes is complete", () => {
	const found = [...tsFiles(join(SRC, "core")), ...tsFiles(join(SRC, "cli"))].flatMap((path) => {
		const { literals, dynamic } = regexesIn(path);
		const file = relative(SRC, path).split("\\").join("/");
		return [...literals.map((l) => `${file} ${canonical(l)}`), ...dynamic.map((d) => `${file} dynamic ${d}`)];
	});

	it("every regex literal in src/core and src/cli is listed here, and nothing else", () => {
		const listed = REGEXES.map((e) => `${e.file} ${e.re.toString()}`);
		const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
		const a = count(found), b = count(listed);
		const unlisted = [...a].filter(([k, n]) => (b.get(k) ?? 0) < n).map(([k]) => k);
		const stale = [...b].filter(([k, n]) => (a.get(k) ?? 0) < n).map(([k]) => k);
		expect(unlisted, "regexes in the source without a fuzz case: add them to REGEXES (with worst cases of their own)").toEqual([]);
		expect(stale, "regexes listed that are no longer in the source: remove them from REGEXES").toEqual([]);
		expect(found.length).toBeGreaterThan(50);
	});

	it("no regex is built at run time from a string (it could not be listed and fuzzed)", () => {
		expect(found.filter((f) => f.includes(" dynamic "))).toEqual([]);
	});
});

/** Characters the pattern mentions (escapes stand for a character of their class), plus a few always. */
export function alphabetOf(re: RegExp): string[] {
	const out = new Set<string>(["a", " ", "\n", "\u0000"]);
	const body = re.source;
	for (let i = 0; i < body.length; i++) {
		const c = body[i] as string;
		if (c !== "\\") {
			if (c === ".") out.add("x");
			else if (!"^$()|?*+{}".includes(c)) out.add(c);
			continue;
		}
		const e = body[++i] ?? "";
		if (e === "s" || e === "S") ["\t", " ", "\u00a0", "\r"].forEach((x) => out.add(x));
		else if (e === "d" || e === "D") out.add("1");
		else if (e === "w" || e === "W") ["_", "Z", "!"].forEach((x) => out.add(x));
		else if (e === "t") out.add("\t");
		else if (e === "n") out.add("\n");
		else if (e === "r") out.add("\r");
		else if (e === "p" || e === "P") {
			["é", "7", "-"].forEach((x) => out.add(x));
			i = body.indexOf("}", i);
		} else if (e === "u" && body[i + 1] === "{") {
			const end = body.indexOf("}", i);
			out.add(String.fromCodePoint(parseInt(body.slice(i + 2, end), 16)));
			i = end;
		} else if (e === "u") {
			out.add(String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16)));
			i += 4;
		} else if (e !== "b" && e !== "B") out.add(e);
	}
	return [...out];
}

interface Attack {
	label: string;
	prefix: string;
	unit: string;
	suffix: string;
}

const show = (s: string) => JSON.stringify(s);
const attack = (prefix: string, unit: string, suffix: string): Attack => ({ label: `${show(prefix)} + ${show(unit)} x n + ${show(suffix)}`, prefix, unit, suffix });

function attacksFor(entry: Entry, index: number): Attack[] {
	const alphabet = alphabetOf(entry.re);
	const out: Attack[] = (entry.worst ?? []).map(([p, u, s]) => attack(p, u, s));
	for (const c of alphabet) {
		out.push(attack("", c, "\u0000"));
		out.push(attack("a", c, "\n!"));
	}
	const char = fc.constantFrom(...alphabet);
	const text = (min: number, max: number) => fc.array(char, { minLength: min, maxLength: max }).map((xs) => xs.join(""));
	const arb = fc.record({ prefix: text(0, 4), unit: text(1, 4), suffix: fc.oneof(fc.constant("\u0000"), fc.constant(""), text(1, 2)) });
	for (const a of fc.sample(arb, { seed: SEED + index, numRuns: SAMPLES })) out.push(attack(a.prefix, a.unit, a.suffix));
	return out;
}

/** The worker: builds each string at each size and times a global search over it. Plain JS, run from a string. */
const WORKER = `
const { parentPort } = require("node:worker_threads");
const build = (a, size) => a.prefix + a.unit.repeat(Math.max(1, Math.ceil((size - a.prefix.length - a.suffix.length) / a.unit.length))) + a.suffix;
parentPort.on("message", (job) => {
	const re = new RegExp(job.source, job.flags.includes("g") ? job.flags : job.flags + "g");
	for (let i = 0; i < 50; i++) "warm up, - [ ] 2026-11-25 #tag [[x]]\\n".repeat(20).replace(re, "");
	const results = [];
	for (const a of job.attacks) {
		parentPort.postMessage({ type: "start", label: a.label });
		const times = [];
		for (const size of job.sizes) {
			const s = build(a, size);
			let best = Infinity;
			for (let r = 0; r < job.reps; r++) {
				const t = performance.now();
				s.replace(re, "");
				best = Math.min(best, performance.now() - t);
			}
			const before = times[times.length - 1];
			times.push(best);
			if (best > job.cutMs || (before !== undefined && best > job.noiseMs && best > before * job.ratio)) break;
		}
		results.push({ label: a.label, times });
	}
	parentPort.postMessage({ type: "done", results });
});
`;

interface Result {
	label: string;
	times: number[];
}

let worker: Worker | null = null;
afterAll(async () => {
	await worker?.terminate();
});

/** Runs one regex's attacks in the worker; rejects (and ends the worker) when they take longer than LIMIT_MS. */
function runInWorker(re: RegExp, attacks: Attack[]): Promise<Result[]> {
	const w = (worker ??= new Worker(WORKER, { eval: true }));
	return new Promise((resolve, reject) => {
		let current = "(warming up)";
		const timer = setTimeout(() => {
			w.off("message", onMessage);
			void w.terminate();
			worker = null;
			reject(new Error(`still running after ${LIMIT_MS} ms on ${current}: catastrophic backtracking`));
		}, LIMIT_MS);
		const onMessage = (m: { type: string; label?: string; results?: Result[] }) => {
			if (m.type === "start") current = m.label ?? current;
			else if (m.type === "done") {
				clearTimeout(timer);
				w.off("message", onMessage);
				resolve(m.results ?? []);
			}
		};
		w.on("message", onMessage);
		w.postMessage({ source: re.source, flags: re.flags, attacks, sizes: SIZES, reps: REPS, cutMs: CUT_MS, noiseMs: NOISE_MS, ratio: RATIO });
	});
}

/** Why a run grew faster than linear, or null when it did not. */
export function superlinear(times: readonly number[]): string | null {
	const [t1 = 0, t10 = 0, t100] = times;
	const ms = (t: number) => `${t.toFixed(2)} ms`;
	if (t100 === undefined) return `${ms(t1)} on 1 KB, ${ms(t10)} on 10 KB: stopped before 100 KB`;
	if (t100 < NOISE_MS) return null;
	const growth = t100 / Math.max(t10, 0.01);
	return growth > RATIO ? `10 KB in ${ms(t10)}, 100 KB in ${ms(t100)}: ${growth.toFixed(0)} times slower for 10 times the text` : null;
}

const stats = { regexes: 0, strings: 0, chars: 0 };
afterAll(() => {
	process.stderr.write(`regex fuzz (seed ${SEED}): ${stats.regexes} regexes, ${stats.strings} adversarial strings, ${(stats.chars / 1e6).toFixed(1)} M characters of input\n`);
});

describe(`no regex backtracks catastrophically (seed ${SEED})`, () => {
	const unique = new Map<string, { entry: Entry; index: number }>();
	REGEXES.forEach((entry, index) => {
		const key = `${entry.file} ${entry.re.toString()}`;
		const seen = unique.get(key);
		if (seen) seen.entry = { ...seen.entry, worst: [...(seen.entry.worst ?? []), ...(entry.worst ?? [])] };
		else unique.set(key, { entry, index });
	});
	it.each([...unique.entries()])("%s", async (_key, { entry, index }) => {
		const attacks = attacksFor(entry, index);
		const results = await runInWorker(entry.re, attacks);
		stats.regexes++;
		stats.strings += results.length;
		for (const r of results) stats.chars += r.times.reduce((s, _t, i) => s + (SIZES[i] ?? 0) * REPS, 0);
		const slow = results.map((r) => [r.label, superlinear(r.times)] as const).filter(([, why]) => why !== null);
		expect(slow.map(([label, why]) => `${label}: ${why}`), `seed ${SEED}`).toEqual([]);
	}, LIMIT_MS + 10_000);
});
