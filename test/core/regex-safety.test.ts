/**
 * No regular expression in src can be driven into catastrophic backtracking, decided by a checker made for
 * the job rather than by a stopwatch: recheck (makenowjust-labs/recheck) analyses each regex's automaton
 * and, where that cannot decide (back-references, look-arounds), fuzzes it counting matching steps, with
 * a fixed seed. Both are deterministic: the same regex gets the same verdict on a loaded machine.
 *
 * The list in regex-list.ts must name every regex in src exactly: a new regex fails here until it is
 * listed, so it is always judged. The old regexes that were replaced stay as oracles in
 * regex-fixes.test.ts; `npm run bench -- --growth` prints how matching time grows on worst cases.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REGEXES } from "./regex-list";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

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

/** Every regex in src as `file /source/flags`, and `file dynamic RegExp(...)` for one built at run time. */
function regexesInSrc(): string[] {
	return tsFiles(SRC).flatMap((path) => {
		const { literals, dynamic } = regexesIn(path);
		const file = relative(SRC, path).split("\\").join("/");
		return [...literals.map((l) => `${file} ${canonical(l)}`), ...dynamic.map((d) => `${file} dynamic ${d}`)];
	});
}

/**
 * A fixed seed, and every time limit of the checker off, so that only its step limits (counts, the same on
 * any machine) decide. Recall validation, which would time real matching, stays off (its default). The
 * test's own time-out is only there to stop a check that cannot finish.
 */
const DETERMINISTIC = { randomSeed: 1, timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;
const CHECK_TIMEOUT_MS = 15 * 60_000;
// The checker's pure JavaScript build, in this process: no agent process or worker thread to wait on
// (the native agent behind checkSync's worker hung a loaded machine's run once).
process.env.RECHECK_SYNC_BACKEND = "pure";

describe("the list of regexes is complete", () => {
	const found = regexesInSrc();

	it("every regex literal in src is listed, and nothing else", () => {
		const listed = REGEXES.map((e) => `${e.file} ${e.re.toString()}`);
		const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
		const a = count(found), b = count(listed);
		const unlisted = [...a].filter(([k, n]) => (b.get(k) ?? 0) < n).map(([k]) => k);
		const stale = [...b].filter(([k, n]) => (a.get(k) ?? 0) < n).map(([k]) => k);
		expect(unlisted, "regexes in the source that are not listed: add them to REGEXES in regex-list.ts").toEqual([]);
		expect(stale, "regexes listed that are no longer in the source: remove them from REGEXES").toEqual([]);
		expect(found.length).toBeGreaterThan(50);
	});

	it("no regex is built at run time from a string (it could not be listed and judged)", () => {
		expect(found.filter((f) => f.includes(" dynamic "))).toEqual([]);
	});
});

/** The automaton gives a proof either way; fuzzing only where it cannot (back-references, look-arounds). */
function verdictOf(re: RegExp) {
	const verdict = checkSync(re.source, re.flags, { ...DETERMINISTIC, checker: "automaton" });
	if (verdict.status === "unknown" && verdict.error.kind === "unsupported") return checkSync(re.source, re.flags, { ...DETERMINISTIC, checker: "fuzz" });
	return verdict;
}

describe("the checker tells backtracking regexes from linear ones", () => {
	it.each([
		["exponential", /^(a+)+$/],
		["polynomial, trimming slashes at both ends", /^\/+|\/+$/g],
		["polynomial, an unclosed field", /[[(]due::[^\])]*[\])]/g],
	])("%s is vulnerable", (_name, re) => {
		expect(verdictOf(re).status).toBe("vulnerable");
	}, CHECK_TIMEOUT_MS);

	it.each([["a trim by a lazy scan", /^\/*([^/]*(?:\/+[^/]+)*)/], ["a bounded field", /\[due::[^\]\n]{0,64}\]/]])("%s is safe", (_name, re) => {
		expect(verdictOf(re).status).toBe("safe");
	}, CHECK_TIMEOUT_MS);
});

describe("the ReDoS checker finds every regex in src safe", () => {
	const unique = [...new Map(REGEXES.map((e) => [`${e.file} ${e.re.toString()}`, e.re] as const))];
	it.each(unique)("%s", (_key, re) => {
		const verdict = verdictOf(re);
		const why = verdict.status === "vulnerable" ? `${verdict.complexity.summary}, attack: ${verdict.attack.pattern}` : verdict.status === "unknown" ? `unknown: ${verdict.error.kind}` : "";
		expect(verdict.status, why).toBe("safe");
	}, CHECK_TIMEOUT_MS + 10_000);
});
