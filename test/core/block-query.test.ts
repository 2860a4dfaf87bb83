import { describe, expect, it } from "vitest";
import { BLOCK_EXPECTED, type BlockQuery, dailyNotePath, formatDailyName, parseBlockQuery } from "../../src/core";

function ok(source: string): BlockQuery {
	const r = parseBlockQuery(source);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.query;
}

function errors(source: string): [number, string][] {
	const r = parseBlockQuery(source);
	if (r.ok) throw new Error("parsed");
	return r.errors.map((e) => [e.line, e.message]);
}

const BASE = { direction: null, overdue: false, withinDays: null, person: null, circle: null, limit: null };

describe("the active-network block's query", () => {
	it("reads each list, with filters on their own lines, comments and blank lines", () => {
		expect(ok("touchpoints")).toEqual({ ...BASE, list: "touchpoints" });
		expect(ok("cold\ncircle close friends\nlimit 5")).toEqual({ ...BASE, list: "cold", circle: "close friends", limit: 5 });
		expect(ok("  # who I owe\r\n\r\nNEVER\r\n")).toEqual({ ...BASE, list: "never" });
		expect(ok("promises mine overdue")).toEqual({ ...BASE, list: "promises", direction: "mine", overdue: true });
		expect(ok("promises theirs due within 7 days")).toEqual({ ...BASE, list: "promises", direction: "theirs", withinDays: 7 });
		expect(ok("promises due within 1 day mine")).toEqual({ ...BASE, list: "promises", direction: "mine", withinDays: 1 });
		expect(ok("birthdays\twithin 30 days")).toEqual({ ...BASE, list: "birthdays", withinDays: 30 });
		expect(ok("person")).toEqual({ ...BASE, list: "person" });
		expect(ok("person [[People/Maya Lopez#Log|Maya]]")).toEqual({ ...BASE, list: "person", person: "People/Maya Lopez" });
	});

	it("says where each mistake is and what was expected", () => {
		expect(errors("")).toEqual([[1, "the block asks for nothing: expected a list, one of touchpoints, cold, never, promises, birthdays, person"]]);
		expect(errors("colde")).toEqual([[1, `unknown instruction "colde": expected ${BLOCK_EXPECTED}`]]);
		expect(errors("cold\ntouchpoints")).toEqual([[2, "one list per block: line 1 already asks for cold (use a second block)"]]);
		expect(errors("cold friends")).toEqual([[1, "\"cold\" takes nothing after it (found \"friends\"); filters go on their own line, like `circle friends`"]]);
		expect(errors("cold\ncircle")).toEqual([[2, "expected a circle's name after \"circle\", like `circle friends`"]]);
		expect(errors("cold\ncircle a\ncircle b")).toEqual([[3, "a circle was already given on line 2: one circle per block"]]);
		for (const bad of ["limit", "limit 0", "limit -2", "limit five", "limit 5 6", "limit 1.5"]) {
			expect(errors(`cold\n${bad}`)).toEqual([[2, "expected a whole number of 1 or more after \"limit\", like `limit 5`"]]);
		}
		expect(errors("cold\nlimit 2\nlimit 3")).toEqual([[3, "a limit was already given on line 2"]]);
		expect(errors("birthdays")).toEqual([[1, "expected \"within N days\" after \"birthdays\", like `birthdays within 7 days`"]]);
		expect(errors("birthdays within soon")).toEqual([[1, "expected a number of days after \"within\" (1 or more), like `birthdays within 7 days`"]]);
		expect(errors("birthdays within 3 weeks")).toEqual([[1, "expected \"days\" after \"within 3\", like `birthdays within 7 days`"]]);
		expect(errors("birthdays within 3 days please")).toEqual([[1, "unexpected \"please\" after \"within 3 days\""]]);
		expect(errors("promises due 7 days")).toEqual([[1, "expected \"within N days\" after \"due\", like `due within 7 days`"]]);
		expect(errors("promises mine theirs")).toEqual([[1, "\"mine\" and \"theirs\" together: leave both out to see both directions"]]);
		expect(errors("promises soon")).toEqual([[1, "unexpected \"soon\" after \"promises\": expected mine, theirs, overdue or due within N days"]]);
		expect(errors("promises overdue due within 3 days")).toEqual([[1, "\"overdue\" and \"due within\" together: choose one"]]);
		expect(errors("person Maya")).toEqual([[1, "expected nothing or a link after \"person\", like `person [[Maya Lopez]]` (found \"Maya\")"]]);
		expect(errors("person [[]]")).toEqual([[1, "expected nothing or a link after \"person\", like `person [[Maya Lopez]]` (found \"[[]]\")"]]);
		expect(errors("person\nlimit 3")).toEqual([[2, "\"circle\" and \"limit\" do not apply to \"person\" (it shows one person)"]]);
	});

	it("reports every mistake at once, in line order, with the line as written", () => {
		const r = parseBlockQuery("limit x\ncold\n  bogus here");
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.map((e) => [e.line, e.source])).toEqual([[1, "limit x"], [3, "  bogus here"]]);
	});

	it("never throws, whatever it is given", () => {
		for (const s of ["[[", "person [[a]] [[b]]", "promises due within", "promises due within 9999999 days", "\u0000", "limit 99999999999", "#"]) {
			expect(() => parseBlockQuery(s)).not.toThrow();
		}
	});
});

describe("today's daily note", () => {
	it("follows the plugin's settings, else the Daily notes plugin's", () => {
		const none = { dailyNoteFormat: "", dailyNoteFolder: "" };
		expect(dailyNotePath("2026-11-25", none, { templateFolders: [] })).toBe("2026-11-25.md");
		expect(dailyNotePath("2026-11-25", none, { templateFolders: [], dailyNoteFolder: "Daily", dailyNoteFormat: "DD.MM.YYYY" })).toBe("Daily/25.11.2026.md");
		expect(dailyNotePath("2026-11-25", { dailyNoteFormat: "YYYY/MM/YYYY-MM-DD", dailyNoteFolder: "Journal/" }, { templateFolders: [], dailyNoteFolder: "Daily" })).toBe("Journal/2026/11/2026-11-25.md");
		expect(formatDailyName("2026-11-01", "dddd, MMMM Do YYYY")).toBe("Sunday, November 1st 2026");
		expect(formatDailyName("2026-11-12", "MMM Do [notes]")).toBe("Nov 12th notes");
		expect(formatDailyName("2026-11-23", "Do")).toBe("23rd");
		expect(formatDailyName("2026-11-23", "YYYY-MM-DD [Mike's day]")).toBe("2026-11-23 Mike's day");
	});
});
