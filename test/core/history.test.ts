/** Touchpoints by month for a person and by week for the network: counts from the vault's notes. */
import { describe, expect, it } from "vitest";
import { monthsText, networkTouchpointsByWeek, touchpointsByMonth, weekStart } from "../../src/core";
import { person, TODAY, vault } from "./helpers";

const v = vault({
	"People/Maya.md": person("last_contact: 2026-11-02", "## Log\n- 2026-11-02 coffee\n- 2026-11-01 call\n- 2026-03-10 dinner\n- 2026-03-04 message\n- 2025-11-30 too old for the chart\n"),
	"People/Sam.md": person("", "## Log\n- 2026-11-24 lunch\n- 2025-11-24 a year and a day ago\n"),
	"Daily/2026-11-23.md": "Walk with [[Maya]] and [[Sam]].\n",
});

describe("touchpointsByMonth", () => {
	it("gives the twelve months up to today's, oldest first, with each month's touchpoints", () => {
		const months = touchpointsByMonth(v.touchpoints("People/Maya.md"), TODAY);
		expect(months.map((m) => m.month)).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
		// November: two log lines and the daily note; last_contact on a logged day is the same contact.
		expect(months.map((m) => m.count)).toEqual([0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 3]);
		expect(months[3]?.name).toBe("March");
	});

	it("crosses the year boundary", () => {
		const months = touchpointsByMonth(v.touchpoints("People/Maya.md", "2026-02-01"), "2026-02-01", 3);
		expect(months.map((m) => m.month)).toEqual(["2025-12", "2026-01", "2026-02"]);
	});

	it("says the chart in words", () => {
		const months = touchpointsByMonth(v.touchpoints("People/Maya.md"), TODAY, 3);
		expect(monthsText(months)).toBe("September 2026: none, October 2026: none, November 2026: 3 touchpoints");
	});
});

describe("networkTouchpointsByWeek", () => {
	it("starts weeks on Monday", () => {
		expect(weekStart("2026-11-25")).toBe("2026-11-23");
		expect(weekStart("2026-11-23")).toBe("2026-11-23");
		expect(weekStart("2026-11-22")).toBe("2026-11-16");
	});

	it("counts every person's touchpoints in the 53 weeks up to today's", () => {
		const weeks = networkTouchpointsByWeek(v.network(), TODAY);
		expect(weeks).toHaveLength(53);
		expect(weeks[52]).toEqual({ start: "2026-11-23", count: 3 });
		expect(weeks[0]?.start).toBe("2025-11-24");
		// Sam's 2025-11-24 opens the first week; Maya's 2025-11-30 is in it too.
		expect(weeks[0]?.count).toBe(2);
		const total = weeks.reduce((n, w) => n + w.count, 0);
		expect(total).toBe(3 + 2 + 2 + 2);
	});
});
