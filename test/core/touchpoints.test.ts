/** conventions.md §3: touchpoints, and what is not one. */
import { describe, expect, it } from "vitest";
import { anyString, containing, md, person, TODAY, vault } from "./helpers";

const ANN = "People/Ann.md";
const BO = "People/Bo.md";
const base = { [ANN]: person(), [BO]: person() };

describe("1. a list item that starts with a date", () => {
	it.each([
		["- 2026-11-20 coffee, talked about her move", "coffee, talked about her move"],
		["- [[2026-11-20]] coffee", "coffee"],
		["- [[2026-11-20|Friday]] coffee", "coffee"],
		["- **2026-11-20** coffee", "coffee"],
		["- __2026-11-20__ coffee", "coffee"],
		["* 2026-11-20: call", "call"],
		["+ 2026-11-20 - call", "call"],
		["1. 2026-11-20 call", "call"],
		["  - 2026-11-20 nested", "nested"],
		["- 2026-11-20", ""],
	])("%s in the person's note", (line, text) => {
		const v = vault({ [ANN]: person("", `## Log\n${line}\n`) });
		expect(v.touchpoints(ANN)).toEqual([{ date: "2026-11-20", path: ANN, line: 5, kind: "log", text, help: null }]);
	});

	it.each([
		["- coffee on 2026-11-20"],
		["2026-11-20 coffee (not a list item)"],
		["- 2026-11-20x"],
		["- 20261120 coffee"],
		["- [[2026-11-20 coffee"],
		["- 2026/11/20 coffee"],
	])("%s is not a touchpoint", (line) => {
		expect(vault({ [ANN]: person("", line) }).touchpoints(ANN)).toEqual([]);
	});

	it("with every person the item links, in any note", () => {
		const v = vault({ ...base, "People/Cy.md": person(), "Notes/Trip.md": "- 2026-11-18 dinner with [[Ann]] and [[Bo|Bobby]]\n- [[Cy]] was away" });
		expect(v.touchDates(ANN)).toEqual(["2026-11-18"]);
		expect(v.touchDates(BO)).toEqual(["2026-11-18"]);
		expect(v.touchDates("People/Cy.md")).toEqual([]);
	});

	it("in a person's note: with that person and every person it links", () => {
		const v = vault({ ...base, [ANN]: person("", "- 2026-11-18 dinner with [[Bo]]\n- 2026-11-19 call [[Ann]] herself") });
		expect(v.touchDates(ANN)).toEqual(["2026-11-19", "2026-11-18"]);
		expect(v.touchpoints(BO)).toMatchObject([{ date: "2026-11-18", path: ANN, line: 4, kind: "log" }]);
	});

	it("#gave and #got say which way help went", () => {
		const v = vault({ [ANN]: person("", "- 2026-11-18 sent the CV review #gave\n- 2026-11-19 she fixed my bike #got\n- 2026-11-20 talk") });
		expect(v.touchpoints(ANN).map((t) => t.help)).toEqual([null, "got", "gave"]);
	});

	it("an impossible date is reported with its line and counts for nothing", () => {
		const v = vault({ [ANN]: person("", "text\n- 2026-02-30 coffee\n- 2026-11-20 tea") });
		expect(v.touchDates(ANN)).toEqual(["2026-11-20"]);
		expect(v.problems()).toMatchObject([{ path: ANN, line: 5, severity: "warning", message: containing("2026-02-30") }]);
	});
});

describe("2. a dated note that links a person", () => {
	it.each([
		["Daily/2026-11-20.md"],
		["2026-11-20 Meeting with Steph.md"],
		["Meetings/2026-11-20 Sync.md"],
		["Journal/2026-11-20-evening.md"],
	])("%s: dated by its name", (path) => {
		const v = vault({ ...base, [path]: "Talked with [[Ann]].\n\n## Later\n- saw [[Bo]] too" });
		expect(v.touchpoints(ANN)).toEqual([{ date: "2026-11-20", path, line: null, kind: "note", text: anyString(), help: null }]);
		expect(v.touchDates(BO)).toEqual(["2026-11-20"]);
	});

	it.each([
		["date: 2026-11-20"],
		['date: "2026-11-20"'],
		['date: "[[2026-11-20]]"'],
		["Date: 2026-11-20T10:00"],
	])("dated by frontmatter %s", (fm) => {
		const v = vault({ ...base, "Meetings/Sync.md": md(fm, "With [[Ann]]") });
		expect(v.touchDates(ANN)).toEqual(["2026-11-20"]);
	});

	it("links in any frontmatter value count (people: [\"[[X]]\"])", () => {
		const v = vault({ ...base, "Meetings/Sync.md": md('date: 2026-11-20\npeople:\n  - "[[Ann]]"\nhost: "[[Bo]]"', "Agenda") });
		expect(v.touchDates(ANN)).toEqual(["2026-11-20"]);
		expect(v.touchDates(BO)).toEqual(["2026-11-20"]);
	});

	it("a name in the daily-note format, alone or followed by more words", () => {
		const files = { ...base, "Daily/20.11.2026.md": "[[Ann]]", "Meetings/19.11.2026 Standup.md": "[[Bo]]" };
		const v = vault(files, { context: { dailyNoteFormat: "DD.MM.YYYY" } });
		expect(v.touchDates(ANN)).toEqual(["2026-11-20"]);
		expect(v.touchDates(BO)).toEqual(["2026-11-19"]);
		// The plugin's own setting wins over the Daily notes plugin's.
		const w = vault(files, { context: { dailyNoteFormat: "DD.MM.YYYY" }, settings: { dailyNoteFormat: "MM.DD.YYYY" } });
		expect(w.touchDates(ANN)).toEqual([]);
	});

	it("a name in a daily-note format with spaces and words", () => {
		const v = vault(
			{ ...base, "Daily/Friday, November 20th 2026.md": "[[Ann]]", "Daily/Thursday, November 19th 2026 call.md": "[[Bo]]" },
			{ context: { dailyNoteFormat: "dddd, MMMM Do YYYY" } },
		);
		expect(v.touchDates(ANN)).toEqual(["2026-11-20"]);
		expect(v.touchDates(BO)).toEqual(["2026-11-19"]);
	});

	it.each([
		["Notes/Meeting.md", null],
		["Notes/20261120.md", null],
		["Notes/2026-13-45 Meeting.md", null],
		["Notes/Meeting 2026-11-20.md", null],
		["Notes/Sync.md", "date: soon"],
		["Notes/Sync.md", "created: 2026-11-20"],
	])("%s with %s is not dated", (path, fm) => {
		const v = vault({ ...base, [path]: md(fm, "With [[Ann]]") });
		expect(v.touchDates(ANN)).toEqual([]);
	});

	it("an invalid date: is reported with its line", () => {
		const v = vault({ "Notes/Sync.md": md("title: x\ndate: soon", "[[Ann]]") });
		expect(v.problems()).toMatchObject([{ path: "Notes/Sync.md", line: 3, message: containing("soon") }]);
	});

	it("a person's own dated note does not make a touchpoint with themself", () => {
		const v = vault({ "People/2026-11-20 Ann.md": person("", "[[2026-11-20 Ann]]") });
		expect(v.touchDates("People/2026-11-20 Ann.md")).toEqual([]);
	});
});

describe("3. a completed task that links a person", () => {
	it.each([
		["- [x] call [[Ann]] ✅ 2026-11-18", "2026-11-18"],
		["- [X] call [[Ann]] ✅2026-11-18", "2026-11-18"],
		["- [x] call [[Ann]] [completion:: 2026-11-18]", "2026-11-18"],
		["- [x] call [[Ann]] (completion:: 2026-11-18)", "2026-11-18"],
		["- [x] call [[Ann]] 📅 2026-11-30 ✅ 2026-11-18", "2026-11-18"],
	])("%s: on its done date", (line, date) => {
		const v = vault({ ...base, "Notes/Todo.md": line });
		expect(v.touchpoints(ANN)).toMatchObject([{ date, path: "Notes/Todo.md", line: 1, kind: "task", help: "gave" }]);
	});

	it("else on the date of its note", () => {
		const v = vault({ ...base, "Daily/2026-11-20.md": "text\n- [x] call [[Ann]]", "Notes/Undated.md": "- [x] call [[Bo]]" });
		expect(v.touchpoints(ANN)).toMatchObject([{ date: "2026-11-20", line: 2, kind: "task" }]);
		expect(v.touchpoints(BO)).toEqual([]);
	});

	it("a done date on the task wins over the note's date, and the note adds no second touchpoint", () => {
		const v = vault({ ...base, "Daily/2026-11-10.md": "- [x] send [[Ann]] the slides ✅ 2026-11-12" });
		expect(v.touchDates(ANN)).toEqual(["2026-11-12"]);
	});

	it("a completed task in a person's note is a touchpoint with that person", () => {
		const v = vault({ [ANN]: person("", "- [x] return her book ✅ 2026-11-12\n- [x] she sent the photos #waiting ✅ 2026-11-14") });
		expect(v.touchpoints(ANN).map((t) => [t.date, t.help])).toEqual([
			["2026-11-14", "got"],
			["2026-11-12", "gave"],
		]);
	});

	it("an impossible done date is reported and the task falls back to its note's date", () => {
		const v = vault({ ...base, "Daily/2026-11-20.md": "- [x] call [[Ann]] ✅ 2026-11-31" });
		expect(v.touchDates(ANN)).toEqual(["2026-11-20"]);
		expect(v.problems()).toMatchObject([{ path: "Daily/2026-11-20.md", line: 1, message: containing("2026-11-31") }]);
	});
});

describe("4. the last_contact field", () => {
	it("is a touchpoint on its line", () => {
		const v = vault({ [ANN]: person("circle: friends\nlast_contact: 2026-11-02") });
		expect(v.touchpoints(ANN)).toEqual([{ date: "2026-11-02", path: ANN, line: 4, kind: "field", text: "last_contact", help: null }]);
	});

	it("the latest touchpoint of any source is the last contact", () => {
		const v = vault({ [ANN]: person("last_contact: 2026-11-02", "- 2026-11-10 tea"), "Daily/2026-11-05.md": "[[Ann]]" });
		expect(v.touchDates(ANN)).toEqual(["2026-11-10", "2026-11-05", "2026-11-02"]);
		expect(v.lastContact(ANN)).toBe("2026-11-10");
	});
});

describe("not touchpoints", () => {
	it.each([
		["- [ ] call [[Ann]]", "an open task"],
		["- [/] call [[Ann]]", "a task in progress"],
		["- [-] call [[Ann]]", "a cancelled task"],
		["- [-] call [[Ann]] ✅ 2026-11-18", "a cancelled task with a done date"],
		["- [ ] 2026-11-18 call [[Ann]]", "an open task starting with a date"],
		["```\n[[Ann]]\n- 2026-11-18 [[Ann]]\n```", "a fenced code block"],
		["~~~md\n[[Ann]]\n~~~", "a tilde code block"],
		["````\n```\n[[Ann]]\n````", "a longer fence"],
		["Use `[[Ann]]` to link", "inline code"],
		["- 2026-11-18 `[[Ann]]`", "inline code in a log line"],
		["> Met [[Ann]]", "a quote"],
		["> - 2026-11-18 coffee with [[Ann]]", "a log line in a quote"],
		["> [!note]\n> [[Ann]] said hi", "a callout"],
		["> - [x] call [[Ann]] ✅ 2026-11-18", "a completed task in a quote"],
		["![[Ann]]", "an embed"],
		["- 2026-11-18 ![[Ann]]", "an embed in a log line"],
		["%% [[Ann]] %%", "a comment"],
		["%%\n[[Ann]]\n%%", "a block comment"],
	])("%s (%s)", (body) => {
		const v = vault({ ...base, "Daily/2026-11-20.md": `${body}\n` });
		expect(v.touchpoints(ANN)).toEqual([]);
		expect(v.upcoming(ANN)).toEqual([]);
	});

	it("a link after a closed code block counts again", () => {
		const v = vault({ ...base, "Daily/2026-11-20.md": "```\n[[Bo]]\n```\n[[Ann]]" });
		expect(v.touchDates(ANN)).toEqual(["2026-11-20"]);
		expect(v.touchDates(BO)).toEqual([]);
	});

	it("a note linked from a note with no date: not a touchpoint", () => {
		const v = vault({ ...base, "Notes/Gifts.md": "- [[Ann]]: a scarf" });
		expect(v.touchpoints(ANN)).toEqual([]);
	});
});

describe("dates after today are upcoming, never counted", () => {
	it("from every source", () => {
		const v = vault({
			[ANN]: person("last_contact: 2026-12-01", "- 2026-12-24 Christmas dinner\n- 2026-11-01 tea"),
			"Daily/2026-12-02.md": "[[Ann]]",
			"Notes/Todo.md": "- [x] book the table with [[Ann]] ✅ 2026-12-03",
		});
		expect(v.touchDates(ANN)).toEqual(["2026-11-01"]);
		expect(v.lastContact(ANN)).toBe("2026-11-01");
		expect(v.upcoming(ANN).map((t) => t.date)).toEqual(["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-24"]);
	});

	it("today itself counts; the same vault on a later day counts more", () => {
		const v = vault({ [ANN]: person("", `- ${TODAY} call\n- 2026-11-26 lunch`) });
		expect(v.touchDates(ANN)).toEqual([TODAY]);
		expect(v.touchDates(ANN, "2026-11-26")).toEqual(["2026-11-26", TODAY]);
	});
});
