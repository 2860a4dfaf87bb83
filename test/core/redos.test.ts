/**
 * Adversarial lines (test/core/redos-cases.ts, up to 400,000 characters each): the scanner gets through
 * each and finds exactly what is there. No time is asserted (CI runs on a loaded machine): that the
 * scans are linear is decided by the ReDoS checker for every regex (regex-safety.test.ts), and
 * `npm run bench -- --growth` prints how time grows with these inputs.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, parseNote } from "../../src/core";
import { CASES } from "./redos-cases";

/** What each case holds: links, list items, tags, frontmatter fields. */
const FOUND: Record<string, [number, number, number, number]> = {
	"unclosed wiki-links": [0, 0, 0, 0],
	"wiki-links closing far away": [1, 1, 0, 0],
	"Markdown link ends without openings": [1, 1, 0, 0],
	"Markdown link openings without ends": [0, 0, 0, 0],
	"brackets and parentheses": [0, 0, 0, 0],
	"backticks of growing runs": [0, 0, 0, 0],
	"comment markers": [0, 0, 0, 0],
	hashes: [0, 0, 1, 0],
	"spaces then no bullet": [0, 0, 0, 0],
	"quote markers": [1, 0, 0, 0],
	"due fields never closed": [0, 1, 0, 0],
	"done markers": [0, 1, 0, 0],
	"bold dates": [0, 0, 0, 0],
	"many lines with links": [20_000, 20_000, 1, 0],
	"frontmatter keys with long values": [0, 0, 0, 200],
};

describe("the scanner gets through adversarial lines and finds what is there", () => {
	it("every case has its expectation", () => {
		expect(CASES.map(([name]) => name).sort()).toEqual(Object.keys(FOUND).sort());
	});

	it.each(CASES)("%s", (name, text) => {
		const facts = parseNote(text, DEFAULT_SETTINGS, true);
		expect([facts.links.length, facts.items.length, facts.tags.length, Object.keys(facts.fields).length]).toEqual(FOUND[name]);
		expect(facts.problems).toEqual([]);
	});
});
