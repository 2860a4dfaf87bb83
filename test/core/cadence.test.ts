/** conventions.md §2 (cadence forms) and §5 (which cadence applies). */
import { describe, expect, it } from "vitest";
import { parseCadence, type Span } from "../../src/core";
import { person, vault } from "./helpers";

const span = (value: unknown): Span | "paused" | null => {
	const c = parseCadence(value);
	return c === null ? null : c.kind === "paused" ? "paused" : c.span;
};

describe("parseCadence", () => {
	it.each<[unknown, Span]>([
		["10d", { days: 10 }],
		["2w", { weeks: 2 }],
		["3m", { months: 3 }],
		["1y", { years: 1 }],
		["10 days", { days: 10 }],
		["3 Months", { months: 3 }],
		["every 2 weeks", { weeks: 2 }],
		["Every 2 Weeks", { weeks: 2 }],
		["every week", { weeks: 1 }],
		["every month", { months: 1 }],
		["every 10 days", { days: 10 }],
		["weekly", { weeks: 1 }],
		["biweekly", { weeks: 2 }],
		["bi-weekly", { weeks: 2 }],
		["monthly", { months: 1 }],
		["Monthly", { months: 1 }],
		["quarterly", { months: 3 }],
		["yearly", { years: 1 }],
		["P3M", { months: 3 }],
		["P1Y", { years: 1 }],
		["P2W", { weeks: 2 }],
		["P10D", { days: 10 }],
		["P1Y6M", { years: 1, months: 6 }],
		["45", { days: 45 }],
		[45, { days: 45 }],
		["  30d  ", { days: 30 }],
	])("%j is %j", (value, expected) => {
		expect(span(value)).toEqual(expected);
	});

	it.each(["never", "none", "off", "Never", "NONE", false])("%j pauses", (value) => {
		expect(span(value)).toBe("paused");
	});

	it.each<unknown>([
		"sometimes",
		"soon",
		"often",
		"d",
		"m",
		"P",
		"PT3H",
		"P0M",
		"0",
		0,
		-3,
		"-3d",
		2.5,
		"2.5w",
		"3 fortnights",
		"every",
		"",
		"   ",
		null,
		undefined,
		true,
		["2w"],
		{ every: "2w" },
	])("%j is not a cadence", (value) => {
		expect(parseCadence(value)).toBeNull();
	});
});

describe("the cadence in force", () => {
	const P = "People/Ann.md";

	it("the person's own cadence wins over the circle's", () => {
		const v = vault({ [P]: person("circle: family\ncadence: 45\nlast_contact: 2026-11-01") });
		expect(v.state(P)).toMatchObject({ cadenceSource: "person", cadenceDays: 45 });
	});

	it("else the first circle that has a default", () => {
		const v = vault({ [P]: person("circle: [book club, colleagues, family]\nlast_contact: 2026-11-01") });
		expect(v.state(P)).toMatchObject({ cadenceSource: "circle", cadenceDays: 60, due: "2026-12-31" });
	});

	it.each([
		["family", 14],
		["friends", 30],
		["clients", 30],
		["colleagues", 60],
		["peers", 90],
		["neighbors", 90],
		["classmates", 180],
		["Family", 14],
	])("circle %s defaults to %d days", (circle, days) => {
		const v = vault({ [P]: person(`circle: ${circle}\nlast_contact: 2026-01-01`) });
		expect(v.state(P).cadenceDays).toBe(days);
	});

	it("else the global default of 90 days", () => {
		const v = vault({ [P]: person("circle: book club\nlast_contact: 2026-11-01") });
		expect(v.state(P)).toMatchObject({ cadenceSource: "default", cadenceDays: 90, due: "2027-01-30" });
	});

	it("circle defaults and the global default are settings", () => {
		const v = vault(
			{ [P]: person("circle: family\nlast_contact: 2026-11-01"), "People/Bo.md": person("last_contact: 2026-11-01") },
			{ settings: { circleCadences: { family: "weekly" }, defaultCadenceDays: 10 } },
		);
		expect(v.state(P).cadenceDays).toBe(7);
		expect(v.state("People/Bo.md").cadenceDays).toBe(10);
	});

	it("a circle whose default is never pauses", () => {
		const v = vault({ [P]: person("circle: acquaintances\nlast_contact: 2026-01-01") }, { settings: { circleCadences: { acquaintances: "never" } } });
		expect(v.state(P)).toMatchObject({ status: "paused", cadenceDays: null, due: null });
	});
});
