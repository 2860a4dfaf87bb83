/** conventions.md §5, rhythm and drift: medians worked out by hand, the drift reason, `people --json`. */
import { describe, expect, it } from "vitest";
import { addDays, describeRhythm, driftDetail, rhythmCadence, rhythmDays, rhythmOf, seededRandom } from "../../src/core";
import { rhythmOfTouches } from "../../src/core/rhythm";
import { peopleReport } from "../../src/core/report/lists";
import { PLAIN } from "../../src/core/report/style";
import { person, settingsWith, vault } from "./helpers";

const ANN = "People/Ann.md";
const TODAY = "2026-11-25";

/** A person note whose log has one line per date. */
function logged(dates: string[], frontmatter = ""): string {
	return person(frontmatter, `## Log\n${dates.map((d) => `- ${d} talked`).join("\n")}\n`);
}

describe("rhythmOf", () => {
	it("odd number of gaps: the middle one (gaps 3, 10, 4 sorted 3, 4, 10: 4)", () => {
		expect(rhythmOf(["2026-11-01", "2026-11-04", "2026-11-14", "2026-11-18"], TODAY)).toBe(4);
	});

	it("even number of gaps: the lower middle (gaps 1, 7, 2, 20 sorted 1, 2, 7, 20: 2)", () => {
		expect(rhythmOf(["2026-10-01", "2026-10-02", "2026-10-09", "2026-10-11", "2026-10-31"], TODAY)).toBe(2);
	});

	it("counts a day once, whatever its number of touchpoints (Oct 18, 25, Nov 1, 15: gaps 7, 7, 14: 7)", () => {
		expect(rhythmOf(["2026-10-18", "2026-10-18", "2026-10-25", "2026-10-25", "2026-10-25", "2026-11-01", "2026-11-15"], TODAY)).toBe(7);
		// Same-day repeats do not make up the four days.
		expect(rhythmOf(["2026-11-01", "2026-11-01", "2026-11-08", "2026-11-15"], TODAY)).toBeNull();
	});

	it("ignores dates after today (gaps 14, 16, 31: 16; with the later ones 14, 16, 30, 30, 31: 30)", () => {
		expect(rhythmOf(["2026-09-01", "2026-09-15", "2026-10-01", "2026-11-01", "2026-12-01", "2026-12-31"], TODAY)).toBe(16);
		expect(rhythmOf(["2026-10-01", "2026-11-01", "2026-12-01", "2026-12-31"], TODAY)).toBeNull();
	});

	it("takes dates in any order, across a month end and a leap day (gaps 29, 2, 30: 29)", () => {
		expect(rhythmOf(["2024-03-31", "2024-02-28", "2024-03-01", "2024-01-30"], TODAY)).toBe(29);
	});

	it("fewer than 4 days: none", () => {
		expect(rhythmOf([], TODAY)).toBeNull();
		expect(rhythmOf(["2026-11-01", "2026-11-08", "2026-11-15"], TODAY)).toBeNull();
	});
});

describe("the rhythm in words", () => {
	it.each([
		[1, "every day", "1d"],
		[10, "every 10 days", "10d"],
		[14, "every 2 weeks", "2w"],
		[16, "every 2 weeks", "2w"],
		[21, "every 3 weeks", "3w"],
		[30, "every month", "1m"],
		[61, "every 2 months", "2m"],
		[365, "every year", "1y"],
	])("%d days: %s, cadence %s", (n, words, cadence) => {
		expect(describeRhythm(n)).toBe(words);
		expect(rhythmCadence(n)).toBe(cadence);
	});

	it("drift: more than twice the rhythm, said in the rhythm's unit", () => {
		expect(driftDetail(14, "2026-10-07", TODAY)).toBe("usually every 2 weeks, now 7 weeks");
		expect(driftDetail(14, "2026-10-28", TODAY)).toBeNull(); // 28 days: exactly twice
		expect(driftDetail(14, "2026-10-27", TODAY)).toBe("usually every 2 weeks, now 4 weeks"); // 29 days
		expect(driftDetail(3, "2026-11-15", TODAY)).toBe("usually every 3 days, now 10 days");
		expect(driftDetail(null, "2026-01-01", TODAY)).toBeNull();
	});
});

describe("rhythm and drift in the network", () => {
	// Every 2 weeks from Aug 5 to Oct 7 (days 14 apart), then nothing for 49 days.
	const fortnightly = ["2026-08-05", "2026-08-19", "2026-09-02", "2026-09-16", "2026-09-30", "2026-10-07"];

	it("rhythmDays from the touchpoints the network keeps (gaps 14, 14, 14, 14, 7: 14)", () => {
		const v = vault({ [ANN]: logged(fortnightly, "cadence: 1y") });
		expect(rhythmDays(v.network(TODAY), ANN, TODAY)).toBe(14);
		expect(rhythmDays(v.network(TODAY), "People/Nobody.md", TODAY)).toBeNull();
	});

	it("a drifting person gets a drift reason; not when cold, paused or snoozed", () => {
		const drifting = vault({ [ANN]: logged(fortnightly, "cadence: 1y") });
		expect(drifting.next(TODAY).find((n) => n.path === ANN)?.reasons).toEqual([{ kind: "drift", detail: "usually every 2 weeks, now 7 weeks" }]);
		for (const fm of ["cadence: 30d", "cadence: never", "cadence: 1y\nsnooze_until: 2026-12-01"]) {
			const v = vault({ [ANN]: logged(fortnightly, fm) });
			expect(v.next(TODAY).find((n) => n.path === ANN)?.reasons.map((r) => r.kind) ?? [], fm).not.toContain("drift");
		}
	});

	it("ranks below a cold person, above the never contacted", () => {
		const v = vault({ [ANN]: logged(fortnightly, "cadence: 1y"), "People/Bo.md": person("cadence: 10d\nlast_contact: 2026-11-14"), "People/Cy.md": person() });
		expect(v.next(TODAY).map((n) => n.reasons[0]?.kind)).toEqual(["cold", "drift", "never"]);
	});

	it("not drifting within twice the rhythm", () => {
		const v = vault({ [ANN]: logged([...fortnightly, "2026-11-10"], "cadence: 1y") });
		expect(v.next(TODAY).find((n) => n.path === ANN)).toBeUndefined();
	});

	it("people --json has rhythmDays, and the text a Rhythm column", () => {
		const v = vault({ [ANN]: logged(fortnightly), "People/Bo.md": person() });
		const network = v.network(TODAY);
		const report = peopleReport({ network, settings: settingsWith(), today: TODAY, limit: 10, style: PLAIN });
		expect(report.json).toEqual([expect.objectContaining({ path: ANN, rhythmDays: 14 }), expect.objectContaining({ path: "People/Bo.md", rhythmDays: null })]);
		expect(report.text()).toMatch(/Rhythm[\s\S]*every 2 weeks/);
	});
});

describe("rhythmOfTouches (the network's latest-first lists, read in one pass)", () => {
	it("answers as rhythmOf on random lists in the network's order, and on lists out of it", () => {
		const rand = seededRandom(11);
		let rhythms = 0;
		for (let n = 0; n < 3000; n++) {
			const dates = Array.from({ length: Math.floor(rand() * 14) }, () => addDays("2026-06-01", Math.floor(rand() * 260)));
			const latestFirst = [...dates].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)).map((date) => ({ date }));
			const expected = rhythmOf(dates, TODAY);
			if (expected !== null) rhythms++;
			expect(rhythmOfTouches(latestFirst, TODAY), dates.join(" ")).toBe(expected);
			// Out of order (as written): still the same answer.
			expect(rhythmOfTouches(dates.map((date) => ({ date })), TODAY), dates.join(" ")).toBe(expected);
		}
		expect(rhythms).toBeGreaterThan(500);
	});
});
