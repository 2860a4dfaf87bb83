/**
 * The example vault (example-vault/, see its README) through the CLI on its demo date, 2026-11-25. Every
 * expected value below was worked out by hand from the notes; the comments say where each comes from.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers";

const VAULT = fileURLToPath(new URL("../../example-vault", import.meta.url));
const present = existsSync(`${VAULT}/README.md`);
if (!present) console.warn(`example vault tests skipped: ${VAULT}/README.md is absent`);

const T = ["--today", "2026-11-25", "--json"];
const json = <X>(command: string, more: string[] = []): X => {
	const r = cli([command, VAULT, ...T, ...more]);
	expect(r.err).toBe("");
	return r.json() as X;
};
const P = (name: string) => `People/${name}.md`;

interface PersonRow {
	path: string;
	name: string;
	circles: string[];
	cadenceDays: number | null;
	lastContact: string | null;
	due: string | null;
	status: string;
}

describe.skipIf(!present)("example vault, --today 2026-11-25", () => {
	it("people: the 16 notes in People/, not the template, the orgs or the category note", () => {
		const people = json<PersonRow[]>("people");
		expect(people.map((p) => [p.name, p.status, p.lastContact, p.due, p.cadenceDays])).toEqual([
			// last_contact: soon (ignored); log 2026-08-14; quarterly from 08-14 = 92 days, due 11-14.
			["Amara Diallo", "cold", "2026-08-14", "2026-11-14", 92],
			// completed task in Notes/Conference talk.md [completion:: 2026-08-31]; P3M → 11-30.
			["Chloe Martin", "ok", "2026-08-31", "2026-11-30", 91],
			// cadence: never.
			["Derek Olsen", "paused", "2025-12-10", null, null],
			// lastContact: "2025-11-20"; 1y → 2026-11-20.
			["Grace Kim", "cold", "2025-11-20", "2026-11-20", 365],
			// log 2026-11-22; weekly.
			["Irena Novak", "ok", "2026-11-22", "2026-11-29", 7],
			// last-contact: "[[2026-10-02]]"; 45 days → 11-16. The quote in Daily/2026-11-20.md does not count.
			["Jonas Weber", "cold", "2026-10-02", "2026-11-16", 45],
			// log and Daily/2026-10-20.md and the design review on 2026-10-20 (not the code block of 11-10); 10d.
			["Kenji Watanabe", "cold", "2026-10-20", "2026-10-30", 10],
			// snooze_until: 2026-12-15.
			["Lucía Fernández", "snoozed", "2026-07-31", "2026-10-31", 92],
			// ✅ 2026-11-12 in Daily/2026-11-10.md; cadence "sometimes" is unknown: friends (30d), after "book club".
			["Marcus Reed", "ok", "2026-11-12", "2026-12-12", 30],
			// Marcus's log of 2026-11-10 links her (the open task of 11-16 and the embed of 11-20 do not count).
			["Maya Lopez", "cold", "2026-11-10", "2026-11-24", 14],
			// only an open task links her: never contacted; the global default of 90 days.
			["Nina Okafor", "never", null, null, 90],
			// `last contact: 2026-02-28`; yearly.
			["Oliver Grant", "ok", "2026-02-28", "2027-02-28", 365],
			// **2026-06-12**; classmates 180 days.
			["Priya Raman", "ok", "2026-06-12", "2026-12-09", 180],
			// [[Bob]] in Daily/2026-11-19.md; monthly.
			["Robert Chen", "ok", "2026-11-19", "2026-12-19", 30],
			// the Markdown link in Daily/2026-11-23.md; biweekly.
			["Sam Patel", "ok", "2026-11-23", "2026-12-07", 14],
			// 2026-12-24 is after today; 2026-11-01 + every 2 weeks.
			["Tomas Novak", "cold", "2026-11-01", "2026-11-15", 14],
		]);
		expect(people.find((p) => p.name === "Grace Kim")?.circles).toEqual(["friends", "classmates"]);
		expect(people.every((p) => p.path === P(p.name))).toBe(true);
	});

	it("cold: ranked by days overdue / cadence; Nina never contacted, apart", () => {
		const cold = json<{ cold: { name: string; daysOverdue: number; cadenceDays: number }[]; never: { path: string; name: string }[] }>("cold");
		expect(cold.cold.map((c) => [c.name, c.daysOverdue, c.cadenceDays])).toEqual([
			["Kenji Watanabe", 26, 10], // 2.6
			["Tomas Novak", 10, 14], // 0.71
			["Jonas Weber", 9, 45], // 0.2
			["Amara Diallo", 11, 92], // 0.12
			["Maya Lopez", 1, 14], // 0.07
			["Grace Kim", 5, 365], // 0.01
		]);
		expect(cold.never).toEqual([{ path: P("Nina Okafor"), name: "Nina Okafor" }]);
	});

	it("promises: 14 open ones, overdue first, then by due date, then those without", () => {
		const list = json<{ file: string; line: number; people: string[]; due: string | null; direction: string; overdue: boolean; status: string }[]>("promises");
		expect(list.map((p) => [p.file, p.line, p.due, p.direction, p.overdue])).toEqual([
			[P("Kenji Watanabe"), 21, "2026-10-30", "mine", true],
			["Daily/2026-11-16.md", 5, "2026-11-20", "mine", true],
			[P("Tomas Novak"), 20, "2026-11-21", "theirs", true],
			["Daily/2026-11-20.md", 11, "2026-11-26", "mine", false],
			["Meetings/2026-11-18 Project sync.md", 10, "2026-11-27", "mine", false],
			[P("Sam Patel"), 26, "2026-12-03", "theirs", false],
			[P("Grace Kim"), 18, "2026-12-10", "mine", false],
			[P("Jonas Weber"), 18, "2026-12-18", "mine", false],
			[P("Irena Novak"), 22, "2026-12-20", "mine", false],
			["Daily/2026-11-19.md", 5, null, "mine", false],
			["Meetings/2026-11-18 Project sync.md", 11, null, "theirs", false],
			[P("Marcus Reed"), 16, null, "mine", false],
			[P("Maya Lopez"), 29, null, "mine", false],
			[P("Priya Raman"), 20, null, "theirs", false],
		]);
		// The introduction in progress is with both people; the Dataview due date in parentheses is read.
		expect(list[9]).toMatchObject({ people: [P("Priya Raman"), P("Amara Diallo")], status: "in-progress" });
		expect(list[4]?.people).toEqual([P("Sam Patel")]);
	});

	it("touchpoints: most urgent first", () => {
		const list = json<{ name: string; score: number; reasons: { kind: string; detail: string }[] }[]>("touchpoints");
		const core = ["promise-overdue", "promise-due", "birthday", "cold", "never"];
		expect(list.map((t) => [t.name, t.score, t.reasons.map((r) => r.kind).filter((k) => core.includes(k))])).toEqual([
			// 100+4 (photos due 11-21), birthday --12-01 in 6 days 50+1, cold 20+20*10/14.
			["Tomas Novak", 189.3, ["promise-overdue", "birthday", "cold"]],
			// 100+5 (article due 11-20), birthday 11-29 in 4 days 50+3, cold 20+20/14.
			["Maya Lopez", 179.4, ["promise-overdue", "birthday", "cold"]],
			// 100+26 (quote due 10-30), cold 20+min(30, 52).
			["Kenji Watanabe", 176, ["promise-overdue", "cold"]],
			// slides due 11-26: 60+2, never 10.
			["Nina Okafor", 72, ["promise-due", "never"]],
			// intro deck due 11-27: 60+1.
			["Sam Patel", 61, ["promise-due"]],
			["Jonas Weber", 24, ["cold"]],
			["Amara Diallo", 22.4, ["cold"]],
			["Grace Kim", 20.3, ["cold"]],
		]);
		expect(list[1]?.reasons.find((r) => r.kind === "birthday")?.detail).toBe("birthday on 2026-11-29, in 4 days (turns 36)");
		expect(json<unknown[]>("touchpoints", ["--limit", "3"])).toHaveLength(3);
	});

	it("graph: met_through, intro, link and together edges", () => {
		const g = json<{ nodes: { id: string; degree: number }[]; edges: { source: string; target: string; kinds: string[]; weight: number }[] }>("graph");
		expect(g.nodes).toHaveLength(16);
		expect(g.edges.map((e) => [e.source, e.target, e.kinds, e.weight])).toEqual([
			[P("Amara Diallo"), P("Priya Raman"), ["intro"], 1], // Daily/2026-11-19.md #intro
			[P("Amara Diallo"), P("Sam Patel"), ["met_through"], 1],
			[P("Chloe Martin"), P("Derek Olsen"), ["met_through"], 1],
			[P("Grace Kim"), P("Maya Lopez"), ["met_through"], 1],
			[P("Irena Novak"), P("Tomas Novak"), ["link"], 2], // each links the other; Christmas is after today
			[P("Kenji Watanabe"), P("Maya Lopez"), ["met_through"], 1], // introduced_by
			[P("Marcus Reed"), P("Maya Lopez"), ["link", "together"], 3], // his log line, and the book club
			[P("Robert Chen"), P("Sam Patel"), ["link", "together"], 3], // his task, the kickoff, the project sync
		]);
		expect(g.nodes.find((n) => n.id === P("Maya Lopez"))?.degree).toBe(3);
	});

	it("check: exactly the deliberately broken notes, exit 1", () => {
		const r = cli(["check", VAULT, ...T]);
		expect(r.code).toBe(1);
		const problems = r.json() as { path: string; line: number | null; severity: string; message: string }[];
		expect(problems.map((p) => [p.path, p.line, p.severity])).toEqual([
			// `tags: [inbox, home` (line 3) is never closed: the YAML parser finds out on the next line.
			["Inbox/Broken note.md", 4, "error"],
			[P("Amara Diallo"), 5, "error"], // last_contact: soon
			[P("Jonas Weber"), 5, "error"], // birthday: 2026-13-45
			[P("Marcus Reed"), 4, "warning"], // cadence: sometimes
			[P("Nina Okafor"), 5, "warning"], // met_through: "[[Tariq Haddad]]"
		]);
		expect(problems[0]?.message).toContain("invalid YAML");
		expect(problems[1]?.message).toContain("soon");
		expect(problems[2]?.message).toContain("2026-13-45");
		expect(problems[3]?.message).toContain("sometimes");
		expect(problems[4]?.message).toContain("Tariq Haddad");
	});

	describe("as text for a person (issue 11)", () => {
		const text = (argv: string[]) => cli([...argv, "--today", "2026-11-25"]);

		it("intro Maya Jonas: no #got (or #gave) as a common thread", () => {
			const r = cli(["intro", "Maya", "Jonas", VAULT, ...T]);
			const threads = (r.json() as { threads: { kind: string; detail: string }[] }).threads;
			expect(threads.map((t) => t.detail)).not.toContainEqual(expect.stringMatching(/#(got|gave|intro|waiting)\b/));
			expect(text(["intro", "Maya", "Jonas", VAULT]).out).not.toMatch(/#got|#gave/);
		});

		it("intro with the vault in a name's place says intro needs two people, with the usage", () => {
			for (const argv of [["intro", VAULT, "Maya"], ["intro", "Maya", VAULT]]) {
				const r = text(argv);
				expect(r.code).toBe(2);
				expect(r.err).toContain("intro needs two people");
				expect(r.err).toContain("usage: active-network intro A B [VAULT]");
				expect(r.err).not.toContain("no person");
			}
		});

		it("touchpoints: plain sentences, no codes, tags or emoji dates; each promise once", () => {
			const out = text(["touchpoints", VAULT]).out;
			expect(out).toContain("1. Tomas Novak\n   They promised: Tomas sends the photos from Dad's 60th (due 2026-11-21, 4 days overdue)");
			expect(out).toContain("Last contact 2026-11-01 (24 days ago), 10 days overdue for every 2 weeks");
			expect(out).not.toMatch(/promise-overdue|promise-due|#waiting|#gave|#got|#intro|📅|\[\[/);
			expect(out).not.toContain("Open promise: Tomas sends the photos");
		});

		it("people: cadences as the notes write them", () => {
			const out = text(["people", VAULT]).out;
			expect(out).toMatch(/Amara Diallo .*every 3 months/);
			expect(out).toMatch(/Grace Kim .*every year/);
			expect(out).toMatch(/Oliver Grant .*every year/);
			expect(out).toMatch(/Irena Novak .*every week/);
			expect(out).not.toMatch(/\b92d\b|\b365d\b/);
		});

		it("promises: the intro promise without #intro, every file:line whole", () => {
			const out = text(["promises", VAULT]).out;
			expect(out).toContain("Introduce Priya Raman to Amara Diallo for the data analyst role");
			expect(out).not.toMatch(/#intro|#waiting|📅|\(due::/);
			for (const p of json<{ file: string; line: number }[]>("promises")) expect(out).toContain(`${p.file}:${p.line}`);
		});
	});
});
