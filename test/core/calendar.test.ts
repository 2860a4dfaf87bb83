/**
 * The calendar of reminders (conventions.md, section 8): which events, their words, their UIDs, and the
 * iCalendar text, read back with ical.js (the library that wrote it; test/cli/calendar.test.ts reads it
 * with independent programs too).
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarEvent, calendarEvents, resolveSettings, toIcs } from "../../src/core";
import { containing, md, person, TODAY, vault, type VaultOptions } from "./helpers";

const FILES: Record<string, string> = {
	"People/Maya Lopez.md": person("cadence: 2w\nbirthday: 1990-11-29\nneeds: [an accountant, a flat in Porto]", "## Log\n- 2026-11-01 coffee\n\n- [ ] send the article 📅 2026-11-27 #intro\n"),
	"People/Tomas Novak.md": person("cadence: 2w\nbirthday: --12-01", "## Log\n- 2026-11-20 call\n\n- [ ] the photos #waiting [due:: 2026-11-28]\n"),
	"People/Kenji Watanabe.md": person("cadence: 10d", "## Log\n- 2026-10-20 review\n"),
	"People/Nina Okafor.md": person(""),
	"People/Derek Olsen.md": person("cadence: never\nbirthday: 1980-01-05", "- [ ] lend the drill 📅 2026-11-30\n"),
	"People/Leap Year.md": person("birthday: 1992-02-29", "## Log\n- 2026-11-24 lunch\n"),
	"Daily/2026-11-20.md": md(null, "- [ ] call [[Kenji Watanabe]] about the quote 📅 2026-12-02\n"),
	"Notes/Unrelated.md": md(null, "just words\n"),
};

const build = (files = FILES, options: VaultOptions = {}) => {
	const v = vault(files, options);
	return { v, cal: calendarEvents(v.network(), v.settings, TODAY, "My Vault") };
};
const uids = (events: CalendarEvent[]) => events.map((e) => e.uid).sort();
const ics = (events: CalendarEvent[], alarm = "none") => toIcs(events, { name: "Active Network: My Vault", today: TODAY, alarm });

describe("calendar events", () => {
	const { cal } = build();

	it("birthdays yearly, promises on their due date, check-ins today or on the due date", () => {
		expect(cal.problems).toEqual([]);
		expect(cal.events.map((e) => [e.kind, e.date, e.next, e.summary])).toEqual([
			// Cold (11-01 + 2w = 11-15) and never contacted: today, the most urgent words first by title.
			["check-in", TODAY, TODAY, "Check in with Kenji Watanabe: 26 days past every 10 days"],
			["check-in", TODAY, TODAY, "Check in with Maya Lopez: 10 days past every 2 weeks"],
			["check-in", TODAY, TODAY, "Check in with Nina Okafor: never contacted"],
			["promise", "2026-11-27", "2026-11-27", "You promised Maya Lopez: send the article"],
			["promise", "2026-11-28", "2026-11-28", "Tomas Novak promised you: the photos"],
			["birthday", "1990-11-29", "2026-11-29", "Birthday: Maya Lopez"],
			// No year: from the current year.
			["birthday", "2026-12-01", "2026-12-01", "Birthday: Tomas Novak"],
			["promise", "2026-12-02", "2026-12-02", "You promised Kenji Watanabe: call Kenji Watanabe about the quote"],
			["check-in", "2026-12-04", "2026-12-04", "Check in with Tomas Novak: every 2 weeks"],
			["check-in", "2027-02-22", "2027-02-22", "Check in with Leap Year: every 90 days"],
			["birthday", "1992-02-29", "2027-02-28", "Birthday: Leap Year"],
		]);
	});

	it("leaves out paused people: no check-in, no birthday, no promise with only them", () => {
		expect(cal.events.filter((e) => e.people.includes("People/Derek Olsen.md"))).toEqual([]);
	});

	it("says what to bring up: open promises and needs as How can I help?", () => {
		const maya = cal.events.find((e) => e.summary === "Birthday: Maya Lopez");
		expect(maya?.description).toEqual([
			"Born 1990-11-29.",
			"You promised: send the article (due 2026-11-27)",
			"How can I help? an accountant",
			"How can I help? a flat in Porto",
		]);
		const promise = cal.events.find((e) => e.kind === "promise" && e.people[0] === "People/Maya Lopez.md");
		// The promise itself is the title, not repeated below it.
		expect(promise?.description).toEqual(["Written in People/Maya Lopez.md, line 10.", "How can I help? an accountant", "How can I help? a flat in Porto"]);
	});

	it("links the person's note in Obsidian", () => {
		const kenji = cal.events.filter((e) => e.people[0] === "People/Kenji Watanabe.md").map((e) => e.url);
		expect(new Set(kenji)).toEqual(new Set(["obsidian://open?vault=My%20Vault&file=People%2FKenji%20Watanabe"]));
	});
});

describe("UIDs", () => {
	const { cal } = build();

	it("are unique, and the same in another run on the same notes", () => {
		expect(new Set(uids(cal.events)).size).toBe(cal.events.length);
		expect(uids(build().cal.events)).toEqual(uids(cal.events));
	});

	it("stay when an unrelated note is renamed, lines are added above a promise, or a day passes", () => {
		const { v } = build();
		v.index.rename("Notes/Unrelated.md", "Notes/Renamed.md");
		expect(uids(calendarEvents(v.network(), v.settings, TODAY, "My Vault").events)).toEqual(uids(cal.events));
		const moved = { ...FILES, "Daily/2026-11-20.md": md(null, "# Day\n\nmore text\n\n- [ ] call [[Kenji Watanabe]] about the quote 📅 2026-12-02\n") };
		expect(uids(build(moved).cal.events)).toEqual(uids(cal.events));
		const v2 = vault(FILES);
		const later = calendarEvents(v2.network("2026-11-26"), v2.settings, "2026-11-26", "My Vault");
		const checkIn = (list: CalendarEvent[]) => list.find((e) => e.summary.startsWith("Check in with Kenji"));
		expect(checkIn(later.events)?.uid).toBe(checkIn(cal.events)?.uid);
		expect(checkIn(later.events)?.date).toBe("2026-11-26");
	});

	it("stay when a promise's due date moves; two identical tasks in one note differ", () => {
		const dueMoved = { ...FILES, "Daily/2026-11-20.md": md(null, "- [ ] call [[Kenji Watanabe]] about the quote 📅 2026-12-09\n") };
		expect(uids(build(dueMoved).cal.events)).toEqual(uids(cal.events));
		const twice = { ...FILES, "Daily/2026-11-20.md": md(null, "- [ ] call [[Kenji Watanabe]] 📅 2026-12-02\n- [ ] call [[Kenji Watanabe]] 📅 2026-12-03\n") };
		const calls = build(twice).cal.events.filter((e) => e.kind === "promise" && e.summary.includes("call"));
		expect(calls).toHaveLength(2);
		expect(new Set(calls.map((e) => e.uid)).size).toBe(2);
	});

	it("change for a person's own events when their note is renamed (the path is what they stand for)", () => {
		const { v } = build();
		v.index.rename("People/Nina Okafor.md", "People/Nina O.md");
		const after = calendarEvents(v.network(), v.settings, TODAY, "My Vault").events;
		const nina = (list: CalendarEvent[]) => list.filter((e) => e.summary.includes("Nina")).map((e) => e.uid);
		expect(nina(after)).toHaveLength(1);
		expect(nina(after)).not.toEqual(nina(cal.events));
		expect(uids(after.filter((e) => !e.summary.includes("Nina")))).toEqual(uids(cal.events.filter((e) => !e.summary.includes("Nina"))));
	});
});

describe("bad input", () => {
	it("escapes commas, semicolons, newlines, emoji and RTL text, and reads them back unchanged", () => {
		const name = "Novak, Tomas; \u05E9\u05E8\u05D4 \u{1F31F}";
		const files = {
			[`People/${name}.md`]: person("birthday: 1985-03-04\nneeds: |\n  a lift\n  to the airport; Monday, early", "- [ ] bring the \u{1F382} cake, candles; \u0645\u0631\u062D\u0628\u0627 📅 2026-11-30\n"),
		};
		const { cal } = build(files);
		const text = ics(cal.events);
		expect(text).toContain("SUMMARY:Birthday: Novak\\, Tomas\\; ");
		const parsed = ICAL.Component.fromString(text);
		const got = parsed.getAllSubcomponents("vevent").map((v) => ({ summary: v.getFirstPropertyValue("summary"), description: v.getFirstPropertyValue("description") }));
		expect(got).toEqual(cal.events.map((e) => ({ summary: e.summary, description: e.description.join("\n") })));
		expect(got.map((g) => g.summary)).toContain(`You promised ${name}: bring the \u{1F382} cake, candles; \u0645\u0631\u062D\u0628\u0627`);
		expect(String(got.find((g) => String(g.summary).startsWith("Birthday"))?.description)).toContain("How can I help? a lift\nto the airport; Monday, early");
	});

	it("makes no event of an impossible date, and says so", () => {
		const files = {
			"People/Ann.md": person("birthday: 2026-02-30", "## Log\n- 2026-11-24 tea\n\n- [ ] the book 📅 2026-13-45\n- [ ] the pen 📅 2026-11-30\n"),
		};
		const { v, cal } = build(files);
		expect(cal.events.map((e) => e.summary)).toEqual(["You promised Ann: the pen", "Check in with Ann: every 90 days"]);
		// The network reports them where they are written, as `check` shows them.
		expect(v.problemsOf("People/Ann.md").map((p) => [p.line, p.message])).toEqual([
			[3, containing("birthday \"2026-02-30\" is not a date")],
			[8, containing("due date \"2026-13-45\" is not a real date")],
		]);
	});

	it("skips a person with no name, with a message, and keeps the rest", () => {
		const files = { "People/.md": person("birthday: 1990-01-01"), "People/Bo.md": person("") };
		const { v, cal } = build(files);
		expect(v.people()).toContain("People/.md");
		expect(cal.events.map((e) => e.summary)).toEqual(["Check in with Bo: never contacted"]);
		expect(cal.problems).toEqual([{ path: "People/.md", line: null, severity: "warning", message: expect.stringContaining("no name") as string }]);
	});
});

describe("iCalendar text", () => {
	const { cal } = build();
	const text = ics(cal.events);

	it("is the same for the same notes and day, with CRLF line ends and lines of at most 75 octets", () => {
		expect(ics(build().cal.events)).toBe(text);
		expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
		expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		const long = build({ "People/Zoë Ångström-Ünal.md": person("", `- [ ] ${"naïve café ☕ 🎉 ".repeat(20)} 📅 2026-11-30\n`) }).cal.events;
		const lines = ics(long).split("\r\n");
		expect(lines.some((l) => l.startsWith(" "))).toBe(true);
		for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it("has the calendar's properties and all-day events", () => {
		expect(text).toContain("PRODID:-//Active Network//");
		expect(text).toMatch(/\r\nX-WR-CALNAME(;VALUE=TEXT)?:Active Network: My Vault\r\n/);
		expect(text).toContain("DTSTAMP:20261125T000000Z");
		const parsed = ICAL.Component.fromString(text);
		const events = parsed.getAllSubcomponents("vevent");
		expect(events).toHaveLength(cal.events.length);
		for (const [i, v] of events.entries()) {
			const e = cal.events[i] as CalendarEvent;
			const start = v.getFirstPropertyValue("dtstart") as ICAL.Time;
			expect(start.isDate).toBe(true);
			expect(start.toString()).toBe(e.date);
			expect(v.getFirstPropertyValue("uid")).toBe(e.uid);
			expect(v.getFirstPropertyValue("url")).toBe(e.url);
			expect(v.hasProperty("rrule")).toBe(e.yearly);
			expect(v.getAllSubcomponents("valarm")).toEqual([]);
		}
	});

	it("repeats a 29 February birthday on the last day of February", () => {
		expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
		const parsed = ICAL.Component.fromString(text);
		const leap = parsed.getAllSubcomponents("vevent").find((v) => v.getFirstPropertyValue("summary") === "Birthday: Leap Year");
		const it = new ICAL.Event(leap).iterator();
		const days: string[] = [];
		for (let t = it.next(); t && days.length < 6; t = it.next()) days.push(t.toString());
		expect(days).toEqual(["1992-02-29", "1993-02-28", "1994-02-28", "1995-02-28", "1996-02-29", "1997-02-28"]);
		// Without a year, in a year that is not a leap year: from this year's last day of February.
		const noYear = build({ "People/Lea.md": person("birthday: --02-29") }).cal.events.find((e) => e.kind === "birthday");
		expect([noYear?.date, noYear?.next, noYear?.lastDayOfFebruary]).toEqual(["2026-02-28", "2027-02-28", true]);
	});

	it("has an alarm at the time of day the settings say, none by default", () => {
		const withAlarm = ics(cal.events, "09:30");
		const parsed = ICAL.Component.fromString(withAlarm);
		const alarms = parsed.getAllSubcomponents("vevent").map((v) => v.getFirstSubcomponent("valarm"));
		expect(alarms.every((a) => a !== null && String(a.getFirstPropertyValue("trigger")) === "PT9H30M")).toBe(true);
		expect(withAlarm).toContain("ACTION:DISPLAY");
		expect(resolveSettings({}).calendarAlarm).toBe("none");
		expect(["07:05", "24:00", "9:30", "12:60", "noon", 930].map((a) => resolveSettings({ calendarAlarm: a }).calendarAlarm)).toEqual(["07:05", "none", "none", "none", "none", "none"]);
		expect(resolveSettings({}).calendarPath).toBe("Active Network/reminders.ics");
		expect(resolveSettings({ calendarAutoUpdate: true }).calendarAutoUpdate).toBe(true);
	});
});

describe("the mobile plugin can carry it", () => {
	it("bundles for a platform with no Node: nothing to resolve from Node, no require, no Buffer", async () => {
		const { build: bundle } = await import("esbuild");
		const entry = new URL("../../src/core/calendar-ics.ts", import.meta.url).pathname;
		const r = await bundle({ entryPoints: [entry], bundle: true, platform: "neutral", format: "esm", mainFields: ["module", "main"], write: false, logLevel: "silent" });
		expect(r.errors).toEqual([]);
		const code = r.outputFiles[0]?.text ?? "";
		expect(code).toContain("BYMONTHDAY");
		expect(code).not.toMatch(/\brequire\(|\bBuffer\.|from "node:/);
	});
});
