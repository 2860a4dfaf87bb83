/** Calendar dates: no time, no zone, calendar arithmetic (conventions.md §2 and §5). */
import { describe, expect, it } from "vitest";
import { DateTime, Duration } from "luxon";
import {
	addDays,
	addSpan,
	dailyNoteParser,
	daysBetween,
	isRealDate,
	localToday,
	parseDateValue,
	parseIsoDate,
	seededRandom,
	spanDays,
} from "../../src/core";

describe("parseIsoDate", () => {
	it.each(["2026-11-20", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])("%s is a date", (s) => {
		expect(parseIsoDate(s)).toBe(s);
	});
	it.each(["2026-13-45", "2026-02-29", "1900-02-29", "2026-00-10", "2026-04-31", "2026-4-3", "26-11-20", " 2026-11-20", "2026-11-20x", "0000-01-01"])(
		"%s is not",
		(s) => {
			expect(parseIsoDate(s)).toBeNull();
		},
	);
	it("isRealDate knows leap years", () => {
		expect(isRealDate(2024, 2, 29)).toBe(true);
		expect(isRealDate(2100, 2, 29)).toBe(false);
		expect(isRealDate(2026, 2, 29)).toBe(false);
	});
});

describe("parseDateValue", () => {
	it.each<[unknown, string]>([
		["2026-11-20", "2026-11-20"],
		[" 2026-11-20 ", "2026-11-20"],
		["[[2026-11-20]]", "2026-11-20"],
		["[[2026-11-20|Friday]]", "2026-11-20"],
		["[[2026-11-20#Evening]]", "2026-11-20"],
		["[[Daily/2026-11-20]]", "2026-11-20"],
		[[["2026-11-20"]], "2026-11-20"],
		["2026-11-20 10:00", "2026-11-20"],
		["2026-11-20T23:59:59Z", "2026-11-20"],
		["2026-11-20T00:30:00+14:00", "2026-11-20"],
		[new Date(Date.UTC(2026, 10, 20)), "2026-11-20"],
	])("%j reads %s", (value, date) => {
		expect(parseDateValue(value)).toEqual({ ok: true, date });
	});

	it.each<unknown>(["2026-13-45", "{{date}}", "soon", "", "[[Someone]]", 20261120, null, ["2026-11-20", "2026-11-21"], { a: 1 }, new Date("nope")])(
		"%j is not a date",
		(value) => {
			expect(parseDateValue(value).ok).toBe(false);
		},
	);
});

describe("calendar arithmetic", () => {
	it.each([
		["2026-01-31", { months: 3 }, "2026-04-30"],
		["2026-01-31", { months: 1 }, "2026-02-28"],
		["2024-01-31", { months: 1 }, "2024-02-29"],
		["2024-02-29", { years: 1 }, "2025-02-28"],
		["2026-11-20", { weeks: 2 }, "2026-12-04"],
		["2026-12-25", { days: 10 }, "2027-01-04"],
		["2026-03-28", { days: 1 }, "2026-03-29"], // a DST change in Europe
		["2026-03-08", { days: 1 }, "2026-03-09"], // a DST change in the US
		["2026-10-31", { months: 1 }, "2026-11-30"],
		["2026-05-31", { years: 1, months: 1 }, "2027-06-30"],
	])("%s + %j = %s", (from, span, to) => {
		expect(addSpan(from, span)).toBe(to);
	});

	it("daysBetween counts whole days, signed", () => {
		expect(daysBetween("2026-01-31", "2026-04-30")).toBe(89);
		expect(daysBetween("2026-11-25", "2026-11-20")).toBe(-5);
		expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
		expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
		expect(addDays("2026-11-25", -30)).toBe("2026-10-26");
	});

	it("spanDays is the length of a span from a start day", () => {
		expect(spanDays("2026-01-31", { months: 3 })).toBe(89);
		expect(spanDays("2026-02-01", { months: 1 })).toBe(28);
		expect(spanDays("2026-03-01", { months: 1 })).toBe(31);
	});

	it("localToday reads the calendar date of the Date it is given", () => {
		expect(localToday(new Date(2026, 10, 25, 23, 59))).toBe("2026-11-25");
		expect(localToday(new Date(2026, 0, 1, 0, 0))).toBe("2026-01-01");
	});
});

describe("daily-note names", () => {
	it("the ISO format, exactly", () => {
		const p = dailyNoteParser("YYYY-MM-DD");
		expect(p("2026-11-20")).toBe("2026-11-20");
		expect(p("2026-11-31")).toBeNull();
		expect(p("Meeting")).toBeNull();
	});

	it.each([
		["DD.MM.YYYY", "20.11.2026", "2026-11-20"],
		["YYYY/MM/DD", "2026/11/20", "2026-11-20"],
		["dddd, MMMM Do YYYY", "Friday, November 20th 2026", "2026-11-20"],
		["YYYY-MM-DD dddd", "2026-11-20 Friday", "2026-11-20"],
		["[Journal] YYYY-MM-DD", "Journal 2026-11-20", "2026-11-20"],
		["YYYY-MM-DD [Mike's day]", "2026-11-20 Mike's day", "2026-11-20"],
		["D MMM YYYY", "3 Nov 2026", "2026-11-03"],
	])("format %s reads %s", (format, name, date) => {
		expect(dailyNoteParser(format)(name)).toBe(date);
	});

	it.each([
		["DD.MM.YYYY", "31.02.2026"],
		["DD.MM.YYYY", "2026-11-20"],
		["dddd, MMMM Do YYYY", "Someday"],
	])("format %s does not read %s", (format, name) => {
		expect(dailyNoteParser(format)(name)).toBeNull();
	});
});

describe("addSpan's day arithmetic", () => {
	it("crosses months, leap days and years, also for years below 100", () => {
		expect(addSpan("2024-02-28", { days: 1 })).toBe("2024-02-29");
		expect(addSpan("2026-12-25", { weeks: 2 })).toBe("2027-01-08");
		expect(addSpan("2026-03-01", { days: -1 })).toBe("2026-02-28");
		expect(addSpan("0050-01-01", { days: 10 })).toBe("0050-01-11");
	});
});

describe("date arithmetic against luxon (a second opinion)", () => {
	it("addSpan and daysBetween agree with luxon on random dates and spans", () => {
		const rand = seededRandom(20261202);
		const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
		for (let i = 0; i < 3000; i++) {
			const y = int(1, 9000), m = int(1, 12);
			const from = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(int(1, new Date(Date.UTC(2001, m, 0)).getUTCDate())).padStart(2, "0")}`;
			const span = { years: int(0, 3), months: int(-14, 14), weeks: int(0, 3), days: int(-40, 40) };
			const expected = DateTime.fromISO(from, { zone: "utc" }).plus(Duration.fromObject(span)).toISODate();
			expect(addSpan(from, span), `${from} + ${JSON.stringify(span)}`).toBe(expected);
			const other = addSpan(from, { days: int(-5000, 5000) });
			const luxonDays = DateTime.fromISO(other, { zone: "utc" }).diff(DateTime.fromISO(from, { zone: "utc" }), "days").days;
			expect(daysBetween(from, other)).toBe(luxonDays);
		}
	});
});
