/** conventions.md §5: when someone is cold, and the order of the cold list. */
import { describe, expect, it } from "vitest";
import { person, vault } from "./helpers";

const ANN = "People/Ann.md";

describe("the due date", () => {
	it("is the last touchpoint plus the cadence, in calendar arithmetic", () => {
		const v = vault({ [ANN]: person("cadence: 3m\nlast_contact: 2026-01-31") });
		expect(v.state(ANN, "2026-02-01")).toMatchObject({ lastContact: "2026-01-31", due: "2026-04-30", cadenceDays: 89, status: "ok" });
	});

	it.each([
		["1m", "2026-01-31", "2026-02-28", 28],
		["1y", "2024-02-29", "2025-02-28", 365],
		["2w", "2026-11-01", "2026-11-15", 14],
		["P3M", "2026-11-30", "2027-02-28", 90],
		["quarterly", "2026-08-31", "2026-11-30", 91],
	])("cadence %s from %s is due %s (%d days)", (cadence, last, due, days) => {
		const v = vault({ [ANN]: person(`cadence: ${cadence}\nlast_contact: ${last}`) });
		expect(v.state(ANN, last)).toMatchObject({ due, cadenceDays: days });
	});
});

describe("cold", () => {
	const v = vault({ [ANN]: person("cadence: 10d\nlast_contact: 2026-11-10") });

	it("on the due date: not yet cold", () => {
		expect(v.state(ANN, "2026-11-20")).toMatchObject({ status: "ok", daysOverdue: 0 });
	});

	it("the day after: cold, one day overdue", () => {
		expect(v.state(ANN, "2026-11-21")).toMatchObject({ status: "cold", due: "2026-11-20", daysOverdue: 1 });
	});

	it("days overdue = today - due", () => {
		expect(v.state(ANN, "2026-12-20").daysOverdue).toBe(30);
	});

	it("a future touchpoint does not warm anyone up", () => {
		const w = vault({ [ANN]: person("cadence: 10d\nlast_contact: 2026-11-10", "- 2026-12-01 dinner planned") });
		expect(w.state(ANN, "2026-11-25")).toMatchObject({ status: "cold", lastContact: "2026-11-10" });
		expect(w.state(ANN, "2026-12-01")).toMatchObject({ status: "ok", lastContact: "2026-12-01" });
	});
});

describe("the cold ranking", () => {
	// Today 2026-11-25. Ann: 10d, due 11-05, 20 overdue → 2.0. Bo: 90d default, due 09-26, 60 overdue → 0.67.
	// Cy: 30d, due 10-26, 30 overdue → 1.0. Dee: 14d, due 11-24, 1 overdue → 0.07. Eve: ok.
	const v = vault({
		[ANN]: person("cadence: 10d\nlast_contact: 2026-10-26"),
		"People/Bo.md": person("last_contact: 2026-06-28"),
		"People/Cy.md": person("circle: friends\nlast_contact: 2026-09-26"),
		"People/Dee.md": person("circle: family", "- 2026-11-10 call"),
		"People/Eve.md": person("last_contact: 2026-11-20"),
	});

	it("largest days overdue / cadence days first, not the most days overdue", () => {
		expect(v.cold().cold.map((s) => [s.name, s.daysOverdue, s.cadenceDays])).toEqual([
			["Ann", 20, 10],
			["Cy", 30, 30],
			["Bo", 60, 90],
			["Dee", 1, 14],
		]);
	});

	it("the cadence in days is from the last touchpoint to the due date (months differ)", () => {
		// Both are due 2026-02-28 under a 1m cadence: 1m from Jan 31 is 28 days, from Jan 28 it is 31 days.
		// Equally overdue, Zed is more overdue for his cadence, and ranks before Abe despite the name.
		const w = vault({
			"People/Zed.md": person("cadence: 1m\nlast_contact: 2026-01-31"),
			"People/Abe.md": person("cadence: 1m\nlast_contact: 2026-01-28"),
		});
		expect(w.cold("2026-03-10").cold.map((s) => [s.name, s.due, s.daysOverdue, s.cadenceDays])).toEqual([
			["Zed", "2026-02-28", 10, 28],
			["Abe", "2026-02-28", 10, 31],
		]);
	});

	it("ties are broken by name", () => {
		const w = vault({
			"People/Zoe.md": person("cadence: 10d\nlast_contact: 2026-11-01"),
			"People/Abe.md": person("cadence: 10d\nlast_contact: 2026-11-01"),
		});
		expect(w.cold().cold.map((s) => s.name)).toEqual(["Abe", "Zoe"]);
	});
});

describe("never contacted, paused and snoozed", () => {
	const v = vault({
		"People/Never.md": person("circle: family"),
		"People/Also never.md": person("", "- [ ] call her 📅 2026-12-01"),
		"People/Paused.md": person("cadence: never\nlast_contact: 2020-01-01"),
		"People/Paused never.md": person("cadence: off"),
		"People/Snoozed.md": person("cadence: 10d\nlast_contact: 2026-01-01\nsnooze_until: 2026-12-01"),
		"People/Snoozed never.md": person("snooze_until: 2026-12-01"),
		"People/Woke.md": person("cadence: 10d\nlast_contact: 2026-01-01\nsnooze_until: 2026-11-25"),
	});

	it("never contacted: listed apart, by name, not in the ranking", () => {
		expect(v.cold().never.map((s) => s.name)).toEqual(["Also never", "Never"]);
		expect(v.cold().cold.map((s) => s.name)).toEqual(["Woke"]);
		expect(v.state("People/Never.md")).toMatchObject({ status: "never", lastContact: null, due: null, daysOverdue: 0, cadenceDays: 14 });
	});

	it("paused people are neither cold nor never contacted", () => {
		expect(v.state("People/Paused.md")).toMatchObject({ status: "paused", cadenceDays: null, due: null, lastContact: "2020-01-01" });
		expect(v.state("People/Paused never.md").status).toBe("paused");
	});

	it("snoozed before the snooze date; the snooze ends on that date", () => {
		expect(v.state("People/Snoozed.md")).toMatchObject({ status: "snoozed", daysOverdue: 0 });
		expect(v.state("People/Snoozed never.md").status).toBe("snoozed");
		expect(v.state("People/Snoozed.md", "2026-12-01")).toMatchObject({ status: "cold" });
		expect(v.state("People/Woke.md").status).toBe("cold");
	});

	it("next touchpoints: cold and never reasons, none for paused or snoozed", () => {
		const names = v.next().map((t) => [t.name, t.reasons.map((r) => r.kind)]);
		expect(names).toEqual([
			["Woke", ["cold"]],
			["Also never", ["never"]],
			["Never", ["never"]],
		]);
	});
});

describe("the answers depend on today only through the argument", () => {
	it("the same vault, two days", () => {
		const v = vault({ [ANN]: person("cadence: 10d\nlast_contact: 2026-11-10") });
		expect(v.state(ANN, "2026-11-15").status).toBe("ok");
		expect(v.state(ANN, "2026-12-15").status).toBe("cold");
		expect(v.state(ANN, "2026-11-15").status).toBe("ok");
	});
});
