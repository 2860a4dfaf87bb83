/**
 * `active-network calendar`: the .ics on stdout or in a file, the events as JSON, and the file read back
 * by programs that share no code with ical.js, which wrote it: Debian's python3-icalendar and khal. Each
 * of those tests skips, saying so, where the program is absent (.ci/run installs both).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cli, person, tempVault } from "./helpers";

const VAULT = fileURLToPath(new URL("../../example-vault", import.meta.url));
const T = ["--today", "2026-11-25"];

interface EventRow {
	uid: string;
	kind: string;
	date: string;
	next: string;
	summary: string;
	people: string[];
	yearly: boolean;
	url: string;
	description: string[];
}

const scratch: string[] = [];
afterAll(() => {
	for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
	const d = mkdtempSync(join(tmpdir(), "an-cal-"));
	scratch.push(d);
	return d;
};

/** A python3 that can import icalendar (Debian's lives in /usr/bin, which a pyenv shim may hide). */
const python = ["python3", "/usr/bin/python3"].find((bin) => spawnSync(bin, ["-c", "import icalendar"], { stdio: "ignore" }).status === 0);
if (!python) console.warn("calendar: python3-icalendar tests skipped: no python3 here can import icalendar (apt-get install python3-icalendar)");
const khal = spawnSync("khal", ["--version"], { stdio: "ignore" }).status === 0;
if (!khal) console.warn("calendar: khal tests skipped: khal is not installed (apt-get install khal)");

/** The calendar as python3-icalendar reads it. */
const READ = `
import json, sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
out = {"name": str(cal.get("x-wr-calname")), "prodid": str(cal.get("prodid")), "events": []}
for e in cal.walk("VEVENT"):
    start = e.get("dtstart").dt
    rrule = e.get("rrule")
    alarm = [str(a.get("trigger").to_ical(), "ascii") for a in e.walk("VALARM")]
    out["events"].append({
        "uid": str(e.get("uid")), "summary": str(e.get("summary")), "description": str(e.get("description") or ""),
        "start": start.isoformat(), "allDay": not isinstance(start, datetime.datetime),
        "rrule": str(rrule.to_ical(), "ascii") if rrule else None, "url": str(e.get("url")), "alarms": alarm,
    })
json.dump(out, sys.stdout)
`;
const readWithPython = (ics: string) => {
	const r = spawnSync(python as string, ["-c", READ], { input: ics, encoding: "utf8" });
	expect(r.stderr).toBe("");
	return JSON.parse(r.stdout) as { name: string; prodid: string; events: { uid: string; summary: string; description: string; start: string; allDay: boolean; rrule: string | null; url: string; alarms: string[] }[] };
};

const HOSTILE = {
	"People/Novak, Tomas; Jr.md": person("birthday: 1992-02-29\nneeds: |\n  a lift\n  to the airport; Monday", "- [ ] bring the \u{1F382} cake, candles; \u05E9\u05DC\u05D5\u05DD #intro 📅 2026-11-30\n"),
	"People/\u0633\u0627\u0631\u0627 \u{1F31F}.md": person("cadence: 1w", "## Log\n- 2026-11-01 tea\n"),
	".obsidian/plugins/active-network/data.json": { calendarAlarm: "08:15" },
};

describe("calendar command", () => {
	it("prints iCalendar, or the events as JSON", () => {
		const r = cli(["calendar", VAULT, ...T]);
		expect(r.code).toBe(0);
		expect(r.out.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
		// The example vault's deliberate problems are pointed to, on stderr only.
		expect(r.err).toMatch(/problems in notes .*see active-network check/);
		const events = cli(["calendar", VAULT, ...T, "--json"]).json() as EventRow[];
		expect(events.length).toBe(r.out.split("BEGIN:VEVENT").length - 1);
		for (const e of events) {
			expect(Object.keys(e)).toEqual(expect.arrayContaining(["uid", "kind", "date", "summary", "people", "yearly"]));
			expect(["birthday", "promise", "check-in"]).toContain(e.kind);
			expect(e.yearly).toBe(e.kind === "birthday");
		}
	});

	it("writes --out FILE, never over a file without --force", () => {
		const dir = tempDir();
		const file = join(dir, "reminders.ics");
		const first = cli(["calendar", VAULT, ...T, "--out", file]);
		expect([first.code, first.out]).toEqual([0, expect.stringMatching(/^Wrote \d+ events to /) as string]);
		expect(readFileSync(file, "utf8")).toBe(cli(["calendar", VAULT, ...T]).out);
		writeFileSync(file, "mine");
		const again = cli(["calendar", VAULT, ...T, "--out", file]);
		expect([again.code, again.out, again.err]).toEqual([2, "", expect.stringContaining("exists; add --force") as string]);
		expect(readFileSync(file, "utf8")).toBe("mine");
		expect(cli(["calendar", VAULT, ...T, "--out", file, "--force"]).code).toBe(0);
		expect(readFileSync(file, "utf8")).toContain("BEGIN:VCALENDAR");
		expect(cli(["people", VAULT, ...T, "--out", file]).code).toBe(2);
	});
});

describe.skipIf(!python)("read back by python3-icalendar", () => {
	it("reads the example vault's calendar: the same events, all-day, birthdays yearly", () => {
		const ics = cli(["calendar", VAULT, ...T]).out;
		const events = cli(["calendar", VAULT, ...T, "--json"]).json() as EventRow[];
		const read = readWithPython(ics);
		expect(read.name).toBe("Active Network: example-vault");
		expect(read.prodid).toMatch(/^-\/\/Active Network\/\//);
		expect(read.events.map((e) => [e.uid, e.summary, e.start, e.allDay, e.url, e.description])).toEqual(
			events.map((e) => [e.uid, e.summary, e.date, true, e.url, e.description.join("\n")]),
		);
		expect(read.events.filter((e) => e.rrule !== null).map((e) => e.rrule)).toEqual(events.filter((e) => e.yearly).map(() => "FREQ=YEARLY"));
	});

	it("reads commas, semicolons, newlines, emoji and RTL text back unchanged, and the alarm", () => {
		const vault = tempVault(HOSTILE);
		const events = cli(["calendar", vault, ...T, "--json"]).json() as EventRow[];
		const read = readWithPython(cli(["calendar", vault, ...T]).out);
		expect(read.events.map((e) => [e.summary, e.description])).toEqual(events.map((e) => [e.summary, e.description.join("\n")]));
		expect(read.events.map((e) => e.summary)).toEqual(expect.arrayContaining([
			"You promised Novak, Tomas; Jr: bring the \u{1F382} cake, candles; \u05E9\u05DC\u05D5\u05DD",
			"Check in with \u0633\u0627\u0631\u0627 \u{1F31F}: 17 days past every week",
		]));
		// python3-icalendar writes the rule's parts in its own order.
		expect(read.events.find((e) => e.summary.startsWith("Birthday"))?.rrule?.split(";").sort()).toEqual(["BYMONTH=2", "BYMONTHDAY=-1", "FREQ=YEARLY"]);
		expect(read.events.every((e) => e.alarms.length === 1 && e.alarms[0] === "PT8H15M")).toBe(true);
	});
});

describe.skipIf(!khal)("imported by khal", () => {
	/** khal with its own config, calendar folder and database in a temp dir (never the user's). */
	const khalIn = () => {
		const dir = tempDir();
		const config = join(dir, "config");
		mkdirSync(join(dir, "calendar"));
		writeFileSync(config, [
			"[calendars]", "[[reminders]]", `path = ${join(dir, "calendar")}`, "type = calendar",
			"[locale]", "timeformat = %H:%M", "dateformat = %Y-%m-%d", "longdateformat = %Y-%m-%d",
			"datetimeformat = %Y-%m-%d %H:%M", "longdatetimeformat = %Y-%m-%d %H:%M", "default_timezone = UTC", "local_timezone = UTC",
			"[sqlite]", `path = ${join(dir, "khal.db")}`, "",
		].join("\n"));
		const run = (...args: string[]) => spawnSync("khal", ["-c", config, ...args], { encoding: "utf8", env: { ...process.env, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir } });
		return { dir, run };
	};
	const importIcs = (ics: string) => {
		const k = khalIn();
		const file = join(k.dir, "reminders.ics");
		writeFileSync(file, ics);
		const r = k.run("import", "--batch", "-a", "reminders", file);
		expect([r.status, r.stderr]).toEqual([0, ""]);
		return k;
	};

	it("imports the example vault's calendar and lists its events on their days", () => {
		const events = cli(["calendar", VAULT, ...T, "--json"]).json() as EventRow[];
		const k = importIcs(cli(["calendar", VAULT, ...T]).out);
		const list = k.run("list", "--format", "{start-date} {title}", "2026-10-01", "2027-12-31");
		expect(list.status).toBe(0);
		for (const e of events) expect(list.stdout).toContain(`${e.next} ${e.summary}`);
	});

	it("repeats a 29 February birthday on 28 February, and on the 29th in a leap year", () => {
		const k = importIcs(cli(["calendar", tempVault(HOSTILE), ...T]).out);
		const on = (day: string) => k.run("list", "--format", "{start-date} {title}", day, "1d").stdout;
		expect(on("2027-02-28")).toContain("2027-02-28 Birthday: Novak, Tomas; Jr");
		expect(on("2028-02-28")).not.toContain("Birthday");
		expect(on("2028-02-29")).toContain("2028-02-29 Birthday: Novak, Tomas; Jr");
	});
});

describe.skipIf(!existsSync(`${VAULT}/README.md`))("the example vault's README", () => {
	it("lists the events its calendar holds on the demo date", () => {
		const readme = readFileSync(`${VAULT}/README.md`, "utf8");
		const section = readme.split("\n## Calendar on the demo date\n")[1]?.split("\n## ")[0] ?? "";
		const rows = section.split("\n").filter((l) => l.startsWith("| 20")).map((l) => l.split(" | ").map((c) => c.replace(/^\| |`| \|$/g, "")));
		const events = cli(["calendar", VAULT, ...T, "--json"]).json() as EventRow[];
		expect(rows).toEqual(events.map((e) => [e.next, e.kind, e.summary]));
	});
});
