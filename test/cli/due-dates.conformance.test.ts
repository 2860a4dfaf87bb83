/**
 * Due and done dates read as Tasks and Dataview read them (conventions.md section 4, issue 17), checked
 * end to end through the terminal command: `promises --json` for due dates, `people --json` (the last
 * contact a completed task gives) for done dates, `check --json` for the warnings.
 *
 * Lines written from the Tasks and Dataview documentation. Columns: what Tasks shows, what Dataview
 * shows (both as their documentation reads; they are not run here), what Active Network reads (checked). Active Network deliberately reads more than Tasks in one way: a due
 * date may stand anywhere in the text, not only in the fields at the end of the line (`why` says so).
 * Each row is its own note, so each line is judged alone.
 */
import { describe, expect, it } from "vitest";
import { cli, person, tempVault } from "./helpers";

const FE0F = "\uFE0F";
const D = "2026-12-01";

interface DueRow {
	/** The note's text: `[[P]]` links the person. */
	text: string;
	tasks: string | null;
	dataview: string | null;
	/** What Active Network reads. */
	an: string | null;
	/** Kept or cancelled: no open promise, whatever its date. */
	closed?: boolean;
	/** A `check` warning about this line's date is expected. */
	warn?: boolean;
	/** Why Active Network reads more than Tasks, when it does. */
	why?: string;
}

const same = (text: string, date: string | null, extra: Partial<DueRow> = {}): DueRow => ({ text, tasks: date, dataview: date, an: date, ...extra });
const task = (rest: string, marker = "- [ ]"): string => `${marker} call [[P]] ${rest}`;
const MID = "a date before the end of the line: Tasks reads only the fields at the end";

export const DUE_ROWS: DueRow[] = [
	// Every due sign, with and without the variation selector, with any spacing.
	same(task(`📅 ${D}`), D),
	same(task(`📅${FE0F} ${D}`), D),
	same(task(`📆 ${D}`), D, { dataview: null }),
	same(task(`📆${FE0F} ${D}`), D, { dataview: null }),
	same(task(`🗓 ${D}`), D),
	same(task(`🗓${FE0F} ${D}`), D),
	same(task(`📅${D}`), D),
	same(task(`📅   ${D}`), D),
	same(task(`📅${FE0F}${D}`), D),
	same(task(`📅${FE0F}   ${D}`), D),
	same(task(`📆${FE0F}${D}`), D, { dataview: null }),
	same(task(`🗓${FE0F}  ${D}`), D),
	// Priority and recurrence signs around the date.
	same(task(`⏫ 📅 ${D}`), D),
	same(task(`📅 ${D} 🔼`), D),
	same(task(`🔽 📅 ${D} 🔁 every week`), D),
	same(task(`🔺 📅${FE0F} ${D}`), D),
	same(task(`📅 ${D} ⏬`), D),
	same(task(`🔁 every month on the 1st 📅 ${D}`), D),
	same(task(`📅 ${D} 🔁 every day when done`), D),
	same(task(`⏫${FE0F} 🔁 every week 📅 ${D}`), D),
	// Block ids and tags after the date.
	same(task(`📅 ${D} ^abc123`), D),
	same(task(`📅 ${D} #work #home`), D),
	same(task(`📅 ${D} #work ^id-1`), D),
	same(task(`[due:: ${D}] ^abc`), D, { tasks: null }),
	// Other Tasks dates are not due dates.
	same(task(`⏳ ${D}`), null),
	same(task(`🛫 ${D}`), null),
	same(task("➕ 2026-11-01"), null),
	same(task(`➕ 2026-11-01 ⏳ 2026-11-28 🛫 2026-11-27 📅 ${D}`), D),
	same(task(`📅 ${D} ⏳ 2026-11-28 🛫 2026-11-27`), D),
	same(task(`⏳${FE0F} 2026-11-28`), null),
	// Several Tasks dates: Tasks takes the last.
	{ text: task(`📅 ${D} 📅 2026-12-05`), tasks: "2026-12-05", dataview: D, an: "2026-12-05" },
	{ text: task(`📆 ${D} 🗓 2026-12-07`), tasks: "2026-12-07", dataview: "2026-12-07", an: "2026-12-07" },
	{ text: task(`📅${FE0F} ${D} 🔼 📅 2026-12-09`), tasks: "2026-12-09", dataview: D, an: "2026-12-09" },
	// A date before the end of the line.
	{ text: `- [ ] 📅 ${D} call [[P]] about the move`, tasks: null, dataview: D, an: D, why: MID },
	{ text: task(`📅 ${D} and bring the photos`), tasks: null, dataview: D, an: D, why: MID },
	// Dataview fields, with the spaces Dataview trims.
	same(task(`[due:: ${D}]`), D, { tasks: null }),
	same(task(`(due:: ${D})`), D, { tasks: null }),
	same(task(`[due::${D}]`), D, { tasks: null }),
	same(task(`[ due::${D}]`), D, { tasks: null }),
	same(task(`[due :: ${D}]`), D, { tasks: null }),
	same(task(`(   due::   ${D}   )`), D, { tasks: null }),
	same(task(`[ due :: ${D} ]`), D, { tasks: null }),
	same(task(`[due::\t${D}\t]`), D, { tasks: null }),
	same(task(`[due:: ${D}] [priority:: high]`), D, { tasks: null }),
	same(task(`[priority:: high] (due:: ${D})`), D, { tasks: null }),
	// Date-times in a field: the due day is the date as written.
	same(task(`[due:: ${D}T10:00]`), D, { tasks: null }),
	same(task(`[due:: ${D}T10:00:30]`), D, { tasks: null }),
	same(task(`[due:: ${D}T10:00:30.123]`), D, { tasks: null }),
	same(task(`[due:: ${D}T10:00+02:00]`), D, { tasks: null }),
	same(task(`[due:: ${D}T23:30Z]`), D, { tasks: null }),
	same(task(`(due:: ${D}T23:59:59.999-05:00)`), D, { tasks: null }),
	// Links to a daily note as the value.
	same(task(`[due:: [[${D}]]]`), D, { tasks: null }),
	same(task(`(due:: [[Daily/${D}|Tuesday]])`), D, { tasks: null }),
	// Mismatched brackets are no field, and no warning.
	same(task("[due::2021-08-22) (priority:: high]"), null),
	same(task(`(due:: ${D}]`), null),
	same(task(`[due:: ${D})`), null),
	// Several Dataview due fields: the first.
	same(task(`[due:: ${D}] [due:: 2026-12-09]`), D, { tasks: null }),
	same(task(`(due:: ${D}) (due:: 2026-12-09)`), D, { tasks: null }),
	// Both kinds: the Tasks date.
	{ text: task(`[due:: 2026-12-03] 📅 ${D}`), tasks: D, dataview: "2026-12-03", an: D },
	// Invalid dates: no due date, and `check` says why.
	same(task("📅 2026-02-30"), null, { warn: true }),
	same(task(`📅${FE0F} 2026-13-01`), null, { warn: true }),
	same(task("[due:: 2026-02-30]"), null, { tasks: null, warn: true }),
	same(task("[due:: 2026-02-30T10:00]"), null, { tasks: null, warn: true }),
	same(task("[due:: soon]"), null, { tasks: null, warn: true }),
	same(task("📅 tomorrow"), null),
	// List markers, quotes and callouts.
	same(task(`📅 ${D}`, "* [ ]"), D),
	same(task(`📅 ${D}`, "+ [ ]"), D),
	same(task(`📅 ${D}`, "1. [ ]"), D),
	same(task(`📅 ${D}`, "12) [ ]"), D),
	same(task(`📅 ${D}`, "    - [ ]"), D),
	same(task(`📅 ${D}`, "\t* [ ]"), D),
	same(task(`📅 ${D}`, "> - [ ]"), D),
	same(task(`📅 ${D}`, "> > + [ ]"), D),
	same(`> [!note] Calls\n${task(`📅${FE0F} ${D}`, "> - [ ]")}`, D),
	same(`> [!todo]- Folded\n${task(`[due:: ${D}]`, "> 1. [ ]")}`, D, { tasks: null }),
	// Every status character Tasks ships (and theme ones): x, X and - close the promise; the others are
	// open (Tasks reads an unknown status as a to-do).
	same(task(`📅 ${D}`, "- [/]"), D),
	...["x", "X", "-"].map((c) => ({ text: task(`📅 ${D}`, `- [${c}]`), tasks: D, dataview: D, an: D, closed: true })),
	...[">", "<", "!", "?", "*", "b", "i", "S", "I", "l", "f", "k", "w", "u", "d", '"', "p", "c"].map((c) => same(task(`📅 ${D}`, `- [${c}]`), D)),
];

interface DoneRow {
	text: string;
	done: string | null;
	warn?: boolean;
}

const DN = "2026-11-20";
const doneTask = (rest: string, marker = "- [x]"): string => `${marker} called [[P]] ${rest}`;
export const DONE_ROWS: DoneRow[] = [
	{ text: doneTask(`✅ ${DN}`), done: DN },
	{ text: doneTask(`✅${FE0F} ${DN}`), done: DN },
	{ text: doneTask(`✅${DN}`), done: DN },
	{ text: doneTask(`✅${FE0F}   ${DN}`), done: DN },
	{ text: doneTask(`✅ ${DN}`, "- [X]"), done: DN },
	{ text: doneTask(`📅 2026-11-01 ✅ ${DN} ^done1`), done: DN },
	{ text: doneTask(`✅ 2026-11-10 ✅ ${DN}`), done: DN },
	{ text: doneTask(`[completion:: ${DN}]`), done: DN },
	{ text: doneTask(`[ completion :: ${DN} ]`), done: DN },
	{ text: doneTask(`(   completion::   ${DN}   )`), done: DN },
	{ text: doneTask(`(completion:: ${DN}T18:30)`), done: DN },
	{ text: doneTask(`[completion:: ${DN}T18:30:00.5Z]`), done: DN },
	{ text: doneTask(`[completion:: [[${DN}]]]`), done: DN },
	{ text: doneTask(`[completion:: ${DN}] [completion:: 2026-11-10]`), done: DN },
	{ text: doneTask(`[completion:: ${DN}) (x:: y]`), done: null },
	{ text: doneTask("✅ 2026-02-30"), done: null, warn: true },
	{ text: doneTask("[completion:: 2026-11-31T10:00]"), done: null, warn: true },
];

const TODAY = ["--today", "2026-11-25"];
const files: Record<string, string> = { "People/P.md": person() };
DUE_ROWS.forEach((r, i) => {
	files[`Due/row-${i}.md`] = `${r.text}\n`;
});
DONE_ROWS.forEach((r, i) => {
	files[`People/Done ${i}.md`] = person();
	files[`Done/row-${i}.md`] = `${r.text.replace("[[P]]", `[[Done ${i}]]`)}\n`;
});
const VAULT = tempVault(files);

const promises = cli(["promises", VAULT, "--json", ...TODAY]).json() as { file: string; due: string | null }[];
const problems = cli(["check", VAULT, "--json", ...TODAY]).json() as { path: string; message: string }[];
const people = cli(["people", VAULT, "--json", ...TODAY]).json() as { path: string; lastContact: string | null }[];
const dateWarnings = (path: string): string[] => problems.filter((p) => p.path === path && /date/.test(p.message)).map((p) => p.message);

describe("due dates as Tasks and Dataview read them", () => {
	it.each(DUE_ROWS.map((r, i) => [i, r.text, r] as const))("row %i: %s", (i, _text, row) => {
		const file = `Due/row-${i}.md`;
		const found = promises.filter((p) => p.file === file);
		if (row.closed) expect(found).toEqual([]);
		else expect(found.map((p) => p.due)).toEqual([row.an]);
		expect(dateWarnings(file)).toHaveLength(row.warn ? 1 : 0);
		// Active Network agrees with Tasks or with Dataview, or says why not.
		if (row.an !== row.tasks && row.an !== row.dataview) expect(row.why).toBeDefined();
	});

	it("the table covers what the brief asks", () => {
		const all = DUE_ROWS.map((r) => r.text).join("\n");
		for (const sign of ["📅", "📆", "🗓"]) {
			expect(all).toContain(`${sign} `);
			expect(all).toContain(`${sign}${FE0F}`);
		}
		for (const s of ["⏫", "🔼", "🔽", "🔺", "⏬", "🔁", "^abc", "#work", "> [!note]", "* [", "+ [", "1. [", "T10:00", "[[2026", "2026-02-30"]) expect(all).toContain(s);
	});
});

describe("done dates of completed tasks, read the same way", () => {
	it.each(DONE_ROWS.map((r, i) => [i, r.text, r] as const))("row %i: %s", (i, _text, row) => {
		const p = people.find((x) => x.path === `People/Done ${i}.md`);
		expect(p?.lastContact).toBe(row.done);
		expect(dateWarnings(`Done/row-${i}.md`)).toHaveLength(row.warn ? 1 : 0);
	});
});
