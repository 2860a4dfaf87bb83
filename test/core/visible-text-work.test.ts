/**
 * The `%%` comment scan (visibleText in markdown.ts) reads each character of a line a bounded number of
 * times. Work is counted, not timed: the line is a String object whose `indexOf` adds up the characters
 * each search passes over. Searching for the next backtick after every `%%` (the old code) passed over
 * the rest of the line each time, quadratic on `%%a` repeated.
 */
import { describe, expect, it } from "vitest";
import { visibleText } from "../../src/core/visible-text";

/** `text` whose `indexOf` counts the characters it reads, and what it answers. */
function counted(text: string): { line: string; scanned: () => number } {
	let scanned = 0;
	// A String object (indexing, length and slice work as on the string), so its indexOf can be replaced.
	const line = Object(text) as { indexOf: (needle: string, from?: number) => number };
	line.indexOf = (needle: string, from = 0) => {
		const at = String.prototype.indexOf.call(text, needle, from);
		scanned += (at < 0 ? text.length : at + needle.length) - from;
		return at;
	};
	return { line: line as unknown as string, scanned: () => scanned };
}

describe("visibleText reads a line in linear work", () => {
	it.each([
		["comment markers", (n: number) => `- ${"%%a".repeat(n)}`],
		["comment markers with a backtick at the end", (n: number) => `- ${"%%a".repeat(n)}\``],
		["code spans", (n: number) => `- ${"`a`b".repeat(n)}%`],
		["code spans and comments", (n: number) => `- ${"`a` %%b%% ".repeat(n)}`],
	])("%s", (_name, make) => {
		const small = make(1_000);
		const big = make(10_000);
		const a = counted(small);
		const b = counted(big);
		// The same answer as on a plain string.
		expect(visibleText(a.line, { inComment: false })).toBe(visibleText(small, { inComment: false }));
		visibleText(b.line, { inComment: false });
		expect(a.scanned()).toBeLessThanOrEqual(3 * small.length);
		expect(b.scanned()).toBeLessThanOrEqual(3 * big.length);
	});

	it("keeps what is outside comments and code, across lines", () => {
		const state = { inComment: false };
		expect(visibleText("a %%b%% c `d` e %%f", state)).toBe("a  c   e ");
		expect(state.inComment).toBe(true);
		expect(visibleText("g%%h%%%i", state)).toBe("h");
		expect(state.inComment).toBe(true);
		expect(visibleText("`x` %%", state)).toBe("");
		expect(state.inComment).toBe(false);
	});
});
