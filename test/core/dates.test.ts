/** Calendar dates: no time, no zone, calendar arithmetic (conventions.md §2 and §5). */
import { describe, expect, it } from "vitest";
import { DateTime, Duration } from "luxon";
import {
	addDays,
	addSpan,
	dailyNoteParser,
	daysBetween,
	daysInMonth,
	isRealDate,
	localToday,
	parseDateValue,
	parseIsoDate,
	seededRandom,
	spanDays,
} from "../../src/core";
import { KEPT_DAYS_MAX, keptDayCount } from "../../src/core/dates";

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

describe("reading a YYYY-MM-DD date without a regex or a Date object", () => {
	/** What parseIsoDate was: the regex, then a Date to check the day exists (years 1–99 made 1901–1999, which have the same leap years). */
	function oracle(s: string): string | null {
		const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
		if (!m) return null;
		const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
		if (mo < 1 || mo > 12 || d < 1 || y < 1 || y > 9999) return null;
		return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() ? s : null;
	}

	it("answers as the regex and the Date did, on near-dates and on every day of leap and common years", () => {
		const rand = seededRandom(7);
		const pick = (xs: string[]) => xs[Math.floor(rand() * xs.length)] as string;
		const years = ["2024", "2023", "1900", "2000", "0001", "9999", "0000", "202", "20245", "٢٠٢٤"];
		const seps = ["-", "-", "-", "/", ""];
		const months = ["01", "02", "04", "12", "13", "00", "2", "١٢"];
		const days = ["01", "28", "29", "30", "31", "32", "00", "1"];
		const tails = ["", "", "", "\n", " ", "x", "0"];
		let dates = 0;
		for (let n = 0; n < 20000; n++) {
			const s = pick(years) + pick(seps) + pick(months) + pick(seps) + pick(days) + pick(tails);
			if (oracle(s) !== null) dates++;
			expect(parseIsoDate(s), JSON.stringify(s)).toBe(oracle(s));
		}
		for (const y of [1, 4, 100, 1900, 2000, 2023, 2024, 2100, 9999]) {
			for (let m = 1; m <= 12; m++) {
				for (let d = 27; d <= 32; d++) {
					const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
					expect(parseIsoDate(s), s).toBe(oracle(s));
				}
			}
		}
		// The random strings must include real dates, or the comparison says little.
		expect(dates).toBeGreaterThan(100);
	});

	it("knows the days of every month of every year from 1 to 9999 as Date does", () => {
		let wrong = 0;
		for (let y = 1; y <= 9999; y++) for (let m = 1; m <= 12; m++) if (daysInMonth(y, m) !== new Date(Date.UTC(y, m, 0)).getUTCDate()) wrong++;
		expect(wrong).toBe(0);
		expect(isRealDate(2024, 2, 29)).toBe(true);
		expect(isRealDate(2023, 2, 29)).toBe(false);
		expect(isRealDate(2026, 13, 1)).toBe(false);
	});
});

describe("one string kept per day", () => {
	it("parsing and arithmetic give each day's date as written, and keep one string per day however often it is read", () => {
		const before = keptDayCount();
		const days = ["3001-01-01", "3001-02-28", "3001-12-31"];
		// The same days written in a hundred notes: read from slices of longer texts, and made by arithmetic.
		for (let n = 0; n < 100; n++) for (const d of days) expect(parseIsoDate(`x${d}`.slice(1))).toBe(d);
		expect(addDays("3001-01-01", 58)).toBe("3001-02-28");
		expect(addDays("3001-12-30", 1)).toBe("3001-12-31");
		expect(keptDayCount() - before).toBe(days.length);
	});

	it("the table is emptied when full (a vault can name every day of ten thousand years), and still answers right after", () => {
		let wrong = 0;
		for (let i = 0; i < KEPT_DAYS_MAX + 100; i++) {
			const y = 1 + Math.floor(i / 336), m = 1 + (Math.floor(i / 28) % 12), d = 1 + (i % 28);
			const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
			if (parseIsoDate(s) !== s) wrong++;
			expect(keptDayCount()).toBeLessThanOrEqual(KEPT_DAYS_MAX);
		}
		expect(wrong).toBe(0);
		expect(keptDayCount()).toBeLessThan(KEPT_DAYS_MAX);
	});
});
