/**
 * Hostile notes (test/core/hostile-notes.ts) beside an ordinary vault: the parser and every query survive
 * them (the scaled ones at about 1 MB; `npm run bench -- --growth` times how they grow); each gets a
 * located problem where that helps the user; and the ordinary notes keep exactly the answers they have
 * without them.
 */
import { describe, expect, it } from "vitest";
import {
	balances,
	coldReport,
	DEFAULT_SETTINGS,
	graphData,
	NetworkIndex,
	nextTouchpoints,
	openPromises,
	parseNote,
	peopleStates,
	reminders,
	suggestIntroductions,
} from "../../src/core";
import { TODAY } from "./helpers";
import { HOSTILE, ORDINARY, without } from "./hostile-notes";

const SETTINGS = DEFAULT_SETTINGS;

function build(files: Record<string, string>): NetworkIndex {
	const index = new NetworkIndex(SETTINGS, { templateFolders: [] });
	for (const [path, text] of Object.entries(files)) index.upsert(path, text);
	return index;
}

/** Every answer the core gives, as plain data. */
function answers(index: NetworkIndex) {
	const n = index.network(TODAY);
	return {
		people: peopleStates(n, SETTINGS, TODAY),
		cold: coldReport(n, SETTINGS, TODAY),
		promises: openPromises(n, TODAY),
		next: nextTouchpoints(n, SETTINGS, TODAY, 100),
		graph: graphData(n),
		introductions: suggestIntroductions(n, 100, SETTINGS.personTags),
		balances: balances(n, SETTINGS),
		// Without the counts of cold and never-contacted people, which hostile people may rightly change.
		reminders: { ...reminders(n, SETTINGS, TODAY, 100), never: null, coldTotal: null },
		touchpoints: [...n.touchpoints.entries()].sort(),
		problems: n.problems,
	};
}

const ordinary = answers(build(ORDINARY));

describe("hostile notes beside an ordinary vault", () => {
	it.each(HOSTILE.map((h) => [h.name, h] as const))("%s", (_name, h) => {
		const index = build({ ...ORDINARY, ...h.files });
		const got = answers(index);
		const paths = Object.keys(h.files);
		// The ordinary notes answer exactly as without the hostile ones.
		expect(without(got, paths)).toEqual(without(ordinary, paths));
		// Each expected problem is there, located.
		for (const [path, line, part] of h.problems ?? []) {
			expect(got.problems).toContainEqual(expect.objectContaining({ path, line, message: expect.stringContaining(part) as string }));
		}
		for (const p of got.problems) expect(p.message).not.toContain("\n");
		// People in hostile notes are still read.
		for (const [path, last] of Object.entries(h.people ?? {})) {
			expect(got.people.find((s) => s.path === path)?.lastContact, path).toBe(last);
		}
	});
});

describe("found by these tests, kept as examples", () => {
	it("a cadence that is an alias bomb is reported, not expanded (it took 98 s and then threw)", () => {
		const text = `---\ntype: person\n${"a: &a [x,x,x,x,x,x,x,x,x]\n"}${"bcdefghij".split("").map((c, i) => `${c}: &${c} [${Array(9).fill(`*${"abcdefghij"[i]}`).join(",")}]`).join("\n")}\ncadence: *j\nbirthday: *j\n---\n`;
		const problems = answers(build({ "P.md": text })).problems;
		expect(problems.map((p) => p.message)).toEqual([
			expect.stringMatching(/^unknown cadence \["x","x",/),
			expect.stringMatching(/^birthday "x,x,x,x,x,x,x,x,x" is not a date/),
		]);
	});

	it("a cadence that refers to itself is reported (JSON.stringify threw, and every query with it)", () => {
		const problems = answers(build({ "P.md": "---\ntype: person\ncadence: &a {b: *a}\n---\n", ...ORDINARY })).problems;
		expect(problems).toContainEqual(expect.objectContaining({ path: "P.md", line: 3, message: expect.stringContaining("unknown cadence") as string }));
	});

	it("a lone CR is reported at its line; NUL is reported at its line", () => {
		expect(parseNote("a\nb\r\nc\rd", SETTINGS).problems).toMatchObject([{ line: 3, message: expect.stringContaining("lone CR") as string }]);
		expect(parseNote("a\r\nb\n\u0000", SETTINGS).problems).toMatchObject([{ line: 3, message: expect.stringContaining("NUL") as string }]);
		expect(parseNote("a\r\nb\r\n", SETTINGS).problems).toEqual([]);
	});

	it("a person whose name a wiki-link cannot reach is told so", () => {
		const problems = answers(build({ "People/Ann|Lee.md": "#person", "People/Bo [x].md": "#person", "People/C^D.md": "#person" })).problems;
		expect(problems.map((p) => [p.path, p.line])).toEqual([
			["People/Ann|Lee.md", null],
			["People/Bo [x].md", null],
		]);
	});
});
