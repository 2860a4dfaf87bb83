/** The `active-network` command (cli.md): JSON shapes, exit status, options, settings from the vault. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { containing } from "../core/helpers";
import { cli, person, tempVault } from "./helpers";

const ANN = "People/Ann Lee.md";
const BO = "People/Bo.md";
const CY = "People/Cy.md";
const DEE = "People/Sub/Dee.md";
const EVE = "People/Eve.md";

// Today 2026-11-25. Ann: family (14d), last 11-01 → due 11-15, cold 10 days. Bo: 2w, last_contact 11-20 → ok.
// Cy: friends, never contacted. Dee: paused. Eve: snoozed until 12-01, last seen in the 11-10 daily note.
const FILES = {
	[ANN]: person("circle: family\naliases: [Annie]\nneeds: a flat", "- 2026-11-01 coffee #gave\n- [ ] send [[Bo]] the CV 📅 2026-11-20"),
	[BO]: person("cadence: 2w\nlast_contact: 2026-11-20"),
	[CY]: person("circle: friends"),
	[DEE]: person("cadence: never"),
	[EVE]: person("snooze_until: 2026-12-01\nlast_contact: 2026-01-01"),
	"Daily/2026-11-10.md": "Lunch with [[Bo]] and [[Eve]].",
	"Notes/Plans.md": "- [ ] [[Cy]] sends the photos #waiting [due:: 2026-11-26]\n- [ ] introduce [[Annie]] to [[Cy]] #intro",
	"Templates/Person.md": person("last_contact: {{date}}", "- [ ] call [[Bo]] 📅 2026-01-01"),
	"Inbox/Broken.md": "---\ntitle: [\n---\nbody",
	".obsidian/templates.json": { folder: "Templates" },
	".trash/Old.md": person(),
};
const VAULT = tempVault(FILES);
const T = ["--today", "2026-11-25"];

describe("--json shapes", () => {
	it("people: sorted by name, every field", () => {
		const r = cli(["people", VAULT, "--json", ...T]);
		expect(r.code).toBe(0);
		expect(r.err).toBe("");
		expect(r.json()).toEqual([
			{ path: ANN, name: "Ann Lee", circles: ["family"], cadenceDays: 14, lastContact: "2026-11-01", due: "2026-11-15", status: "cold", rhythmDays: null, aliases: ["Annie"], needs: ["a flat"], offers: [] },
			{ path: BO, name: "Bo", circles: [], cadenceDays: 14, lastContact: "2026-11-20", due: "2026-12-04", status: "ok", rhythmDays: null, aliases: [], needs: [], offers: [] },
			{ path: CY, name: "Cy", circles: ["friends"], cadenceDays: 30, lastContact: null, due: null, status: "never", rhythmDays: null, aliases: [], needs: [], offers: [] },
			{ path: DEE, name: "Dee", circles: [], cadenceDays: null, lastContact: null, due: null, status: "paused", rhythmDays: null, aliases: [], needs: [], offers: [] },
			{ path: EVE, name: "Eve", circles: [], cadenceDays: 90, lastContact: "2026-11-10", due: "2027-02-08", status: "snoozed", rhythmDays: null, aliases: [], needs: [], offers: [] },
		]);
	});

	it("cold: ranked cold people and the never contacted apart", () => {
		const r = cli(["cold", VAULT, "--json", ...T]);
		expect(r.code).toBe(0);
		expect(r.json()).toEqual({
			cold: [{ path: ANN, name: "Ann Lee", lastContact: "2026-11-01", due: "2026-11-15", daysOverdue: 10, cadenceDays: 14, ratio: 0.71 }],
			never: [{ path: CY, name: "Cy" }],
		});
	});

	it("promises: open ones, overdue first, line counted with the frontmatter", () => {
		const r = cli(["promises", VAULT, "--json", ...T]);
		expect(r.code).toBe(0);
		expect(r.json()).toEqual([
			{ file: ANN, line: 8, text: "send [[Bo]] the CV 📅 2026-11-20", people: [ANN, BO], due: "2026-11-20", direction: "mine", overdue: true, status: "open" },
			{ file: "Notes/Plans.md", line: 1, text: "[[Cy]] sends the photos #waiting [due:: 2026-11-26]", people: [CY], due: "2026-11-26", direction: "theirs", overdue: false, status: "open" },
			{ file: "Notes/Plans.md", line: 2, text: "introduce [[Annie]] to [[Cy]] #intro", people: [ANN, CY], due: null, direction: "mine", overdue: false, status: "open" },
		]);
	});

	it("touchpoints: most urgent first, with reasons", () => {
		const r = cli(["touchpoints", VAULT, "--json", ...T]);
		expect(r.code).toBe(0);
		const list = r.json() as { path: string; name: string; score: number; reasons: { kind: string; detail: string }[] }[];
		expect(list.map((t) => [t.path, t.name, t.reasons.map((x) => x.kind)])).toEqual([
			[ANN, "Ann Lee", ["promise-overdue", "cold"]],
			[BO, "Bo", ["promise-overdue"]],
			[CY, "Cy", ["promise-due", "never"]],
		]);
		for (const t of list) {
			expect(typeof t.score).toBe("number");
			for (const reason of t.reasons) expect(Object.keys(reason).sort()).toEqual(["detail", "kind"]);
		}
		expect(list[0]?.score).toBeGreaterThan(list[1]?.score ?? Infinity);
		expect(list[0]?.reasons[0]?.detail).toContain("5 days overdue");
		expect(list[0]?.reasons[1]?.detail).toContain("10 days overdue for every 14 days");
	});

	it("graph: nodes and undirected edges with kinds and weights", () => {
		const r = cli(["graph", VAULT, "--json", ...T]);
		expect(r.code).toBe(0);
		expect(r.json()).toEqual({
			nodes: [
				{ id: ANN, name: "Ann Lee", circles: ["family"], degree: 2 },
				{ id: BO, name: "Bo", circles: [], degree: 2 },
				{ id: CY, name: "Cy", circles: ["friends"], degree: 1 },
				{ id: DEE, name: "Dee", circles: [], degree: 0 },
				{ id: EVE, name: "Eve", circles: [], degree: 1 },
			],
			edges: [
				{ source: ANN, target: BO, kinds: ["link"], weight: 1 },
				{ source: ANN, target: CY, kinds: ["intro"], weight: 1 },
				{ source: BO, target: EVE, kinds: ["together"], weight: 1 },
			],
		});
	});

	it("check: problems located, exit 1", () => {
		const r = cli(["check", VAULT, "--json", ...T]);
		expect(r.code).toBe(1);
		expect(r.err).toBe("");
		expect(r.json()).toEqual([{ path: "Inbox/Broken.md", line: 2, severity: "error", message: containing("invalid YAML") }]);
	});

	it("check on a clean vault: an empty array, exit 0", () => {
		const r = cli(["check", tempVault({ "A.md": person() }), "--json"]);
		expect(r.code).toBe(0);
		expect(r.json()).toEqual([]);
	});

	it.each(["people", "cold", "promises", "touchpoints", "graph", "check"])("%s --json prints exactly one JSON value and a line break", (command) => {
		const r = cli([command, VAULT, "--json", ...T]);
		expect(() => r.json()).not.toThrow();
		expect(r.out.endsWith("}\n") || r.out.endsWith("]\n")).toBe(true);
		expect(r.err).toBe("");
	});
});

describe("readable output", () => {
	it("people: a table, not JSON", () => {
		const r = cli(["people", VAULT, ...T]);
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^Name\s+Status/);
		expect(r.out).toContain("Ann Lee");
		expect(r.out).toMatch(/Dee\s+paused/);
		expect(() => JSON.parse(r.out) as unknown).toThrow();
	});

	it("cold, promises, touchpoints, graph, check", () => {
		expect(cli(["cold", VAULT, ...T]).out).toMatch(/Ann Lee[\s\S]*Never contacted \(1\): Cy/);
		expect(cli(["promises", VAULT, ...T]).out).toContain("People/Ann Lee.md:8");
		expect(cli(["touchpoints", VAULT, ...T]).out).toMatch(/^1\. Ann Lee/);
		expect(cli(["graph", VAULT, ...T]).out).toMatch(/^5 people, 3 connections/);
		const check = cli(["check", VAULT, ...T]);
		expect(check.out).toContain("Inbox/Broken.md:2: error: invalid YAML");
		expect(check.code).toBe(1);
	});

	it("an empty vault says so", () => {
		const empty = tempVault({ "Note.md": "hello" });
		expect(cli(["people", empty]).out).toContain("No people yet");
		expect(cli(["check", empty]).out).toContain("No problems in 1 note.");
	});
});

describe("options", () => {
	it("--today defaults to the local calendar date of the clock", () => {
		const v = tempVault({ "A.md": person("cadence: 10d\nlast_contact: 2026-11-14") });
		const status = (argv: string[], now?: Date) => (cli(["people", v, "--json", ...argv], { now }).json() as { status: string }[])[0]?.status;
		expect(status([], new Date(2026, 10, 24, 23, 59))).toBe("ok");
		expect(status([], new Date(2026, 10, 25, 0, 1))).toBe("cold");
		expect(status(["--today", "2026-11-20"], new Date(2026, 10, 25))).toBe("ok");
		expect(status(["--today=2026-11-25"], new Date(2000, 0, 1))).toBe("cold");
	});

	it("--limit caps touchpoints; 10 by default", () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 12; i++) files[`P${String(i).padStart(2, "0")}.md`] = person();
		const v = tempVault(files);
		expect((cli(["touchpoints", v, "--json"]).json() as unknown[]).length).toBe(10);
		expect((cli(["touchpoints", v, "--json", "--limit", "3"]).json() as unknown[]).length).toBe(3);
		expect((cli(["touchpoints", v, "--json", "--limit=12"]).json() as unknown[]).length).toBe(12);
		// 0 would print "nobody needs a touchpoint", which is untrue: bad usage (cli.md).
		expect(cli(["touchpoints", v, "--json", "--limit", "0"]).code).toBe(2);
	});

	it("VAULT defaults to the current folder, and a relative VAULT is read from it", () => {
		const r = cli(["people", "--json", ...T], { cwd: VAULT });
		expect((r.json() as unknown[]).length).toBe(5);
		const parent = join(VAULT, "..");
		const rel = VAULT.slice(parent.length + 1);
		expect((cli(["people", rel, "--json", ...T], { cwd: parent }).json() as unknown[]).length).toBe(5);
	});

	it("options may come before the command and the vault", () => {
		const r = cli(["--json", ...T, "cold", VAULT]);
		expect(r.code).toBe(0);
		expect(r.json()).toMatchObject({ never: [{ name: "Cy" }] });
	});

	it("--help prints the usage, exit 0", () => {
		const r = cli(["--help"]);
		expect(r.code).toBe(0);
		expect(r.out).toContain("usage: active-network <command>");
	});

	it("no progress bar when stderr is not a terminal", () => {
		expect(cli(["people", VAULT, ...T], { tty: false }).err).toBe("");
	});

	it("a slow run on a terminal shows progress on stderr, cleared at the end; stdout stays one JSON value", () => {
		let t = Date.UTC(2026, 10, 25);
		const r = cli(["people", VAULT, "--json", ...T], { tty: true, now: () => new Date((t += 2000)) });
		expect(r.err).toMatch(/indexing \[#+-*\] \d+\/\d+ notes/);
		expect(r.err.endsWith("\r\x1b[2K")).toBe(true);
		expect((r.json() as unknown[]).length).toBe(5);
	});
});

describe("exit status 2: bad usage or an unreadable vault, with a one-line reason on stderr", () => {
	const oneLine = (err: string) => {
		expect(err.endsWith("\n")).toBe(true);
		expect(err.trimEnd().split("\n")).toHaveLength(1);
		expect(err.length).toBeGreaterThan(10);
	};

	it.each([
		[["people", "/no/such/vault/anywhere"], /no such folder/],
		[["people", join(VAULT, "Notes", "Plans.md")], /not a folder/],
		[["people", VAULT, "--bogus"], /unknown option --bogus/],
		[["people", VAULT, "-x"], /unknown option -x/],
		[["frobnicate", VAULT], /unknown command "frobnicate"/],
		[["people", VAULT, "--today", "2026-02-30"], /--today/],
		[["people", VAULT, "--today", "tomorrow"], /--today/],
		[["people", VAULT, "--today"], /--today needs a value/],
		[["touchpoints", VAULT, "--limit", "many"], /--limit/],
		[["touchpoints", VAULT, "--limit", "-1"], /--limit/],
		[["people", VAULT, "extra"], /unexpected argument "extra"/],
		[[], /command/],
		[["--json"], /command/],
	])("%j", (argv, reason) => {
		const r = cli(argv);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(reason);
		oneLine(r.err);
		expect(() => JSON.parse(r.out) as unknown).toThrow(); // nothing a script could mistake for an answer
	});
});

describe("settings come from the vault", () => {
	it("the plugin's data.json: people folders, excluded folders, cadences", () => {
		const v = tempVault({
			"Contacts/Ann.md": "- 2026-11-01 tea",
			"Contacts/Old/Bo.md": "",
			"Notes/Cy.md": person("circle: family\nlast_contact: 2026-11-01"),
			"Notes/Dee.md": person("last_contact: 2026-11-01"),
			".obsidian/plugins/active-network/data.json": {
				peopleFolders: ["Contacts"],
				excludedFolders: ["Contacts/Old"],
				circleCadences: { family: "weekly" },
				defaultCadenceDays: 20,
			},
		});
		const people = cli(["people", v, "--json", ...T]).json() as { path: string; cadenceDays: number; status: string }[];
		expect(people.map((p) => [p.path, p.cadenceDays, p.status])).toEqual([
			["Contacts/Ann.md", 20, "cold"],
			["Notes/Cy.md", 7, "cold"],
			["Notes/Dee.md", 20, "cold"],
		]);
	});

	it("an unreadable or odd data.json falls back to the defaults", () => {
		for (const data of ["{not json", JSON.stringify({ peopleFolders: "People", defaultCadenceDays: -5 }), "null"]) {
			const v = tempVault({ "People/Ann.md": "x", "B.md": person("last_contact: 2026-11-01"), ".obsidian/plugins/active-network/data.json": data });
			const people = cli(["people", v, "--json", ...T]).json() as { path: string; cadenceDays: number }[];
			expect(people.map((p) => [p.path, p.cadenceDays])).toEqual([["B.md", 90]]);
		}
	});

	it("the templates folder from .obsidian/templates.json, and Templater's", () => {
		const files = {
			"Templates/P.md": person(),
			"Meta/Tpl/Q.md": person(),
			"A.md": person(),
		};
		const paths = (v: string) => (cli(["people", v, "--json"]).json() as { path: string }[]).map((p) => p.path).sort();
		expect(paths(tempVault(files))).toEqual(["A.md", "Meta/Tpl/Q.md", "Templates/P.md"]);
		expect(paths(tempVault({ ...files, ".obsidian/templates.json": { folder: "/Templates/" } }))).toEqual(["A.md", "Meta/Tpl/Q.md"]);
		expect(paths(tempVault({ ...files, ".obsidian/templates.json": { folder: "" } }))).toEqual(["A.md", "Meta/Tpl/Q.md", "Templates/P.md"]);
		expect(
			paths(tempVault({ ...files, ".obsidian/templates.json": { folder: "Templates" }, ".obsidian/plugins/templater-obsidian/data.json": { templates_folder: "Meta/Tpl" } })),
		).toEqual(["A.md"]);
	});

	it("the daily-note format from .obsidian/daily-notes.json", () => {
		const v = tempVault({ "A.md": person(), "Journal/20.11.2026.md": "[[A]]", ".obsidian/daily-notes.json": { format: "DD.MM.YYYY", folder: "Journal" } });
		expect(cli(["people", v, "--json", ...T]).json()).toMatchObject([{ path: "A.md", lastContact: "2026-11-20" }]);
	});

	it("paths are vault-relative with /, dot-folders skipped", () => {
		const v = tempVault({ "a/b/c/Deep.md": person(), ".trash/T.md": person(), ".obsidian/x.md": person() });
		expect(cli(["people", v, "--json"]).json()).toMatchObject([{ path: "a/b/c/Deep.md" }]);
	});
});
