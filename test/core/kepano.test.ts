/**
 * A real vault: Steph Ango's (kepano) public Obsidian vault, in ../shared/real-vaults. It is copied to a
 * temporary folder first (the shared copy is never written). Results known by reading the notes:
 * - 3 people, all by `categories: ["[[People]]"]`: References/Steph Ango.md, References/Kevin Kelly.md,
 *   References/Paul Chambers.md. Templates/ (from .obsidian/templates.json) holds look-alike person
 *   templates (People Template, Contact Template...) with `created: {{date}}`: never people, never problems.
 * - Steph Ango: last contact 2023-09-12, from `Notes/2023-09-12 Meeting with Steph.md`, whose frontmatter
 *   says `people: ["[[Steph Ango]]"]` (and `date: 2023-09-12`). Kevin Kelly and Paul Chambers: never.
 * - No problems.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coldReport, peopleStates } from "../../src/core";
import { run } from "../../src/cli/run";
import { loadVault, type LoadedVault } from "../../src/cli/vault";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const SOURCE = join(REPO, "..", "shared", "real-vaults", "kepano-obsidian");
const missing = !existsSync(SOURCE);
if (missing) console.warn(`kepano vault tests skipped: ${SOURCE} is absent (the shared folder ../shared is not next to the repo)`);

const TODAY = "2026-11-25";
const STEPH = "References/Steph Ango.md";
const KEVIN = "References/Kevin Kelly.md";
const PAUL = "References/Paul Chambers.md";

describe.skipIf(missing)("the kepano vault (../shared/real-vaults/kepano-obsidian, copied)", () => {
	let dir = "";
	let vault: LoadedVault;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "an-kepano-"));
		cpSync(SOURCE, dir, { recursive: true, filter: (src) => !src.split(/[\\/]/).includes(".git") });
		vault = loadVault(dir);
	});

	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it("reads the templates folder from .obsidian/templates.json", () => {
		expect(vault.context.templateFolders).toEqual(["Templates"]);
		expect(vault.index.allPaths()).toContain("Templates/People Template.md");
	});

	it("has exactly 3 people; the person templates are not people", () => {
		const network = vault.index.network(TODAY);
		expect([...network.people.keys()].sort()).toEqual([KEVIN, PAUL, STEPH]);
	});

	it("Steph Ango was last in touch on 2023-09-12, through the meeting note's people: frontmatter", () => {
		const network = vault.index.network(TODAY);
		expect(network.touchpoints.get(STEPH)).toEqual([
			{ date: "2023-09-12", path: "Notes/2023-09-12 Meeting with Steph.md", line: null, kind: "note", text: "2023-09-12 Meeting with Steph", help: null },
		]);
		const states = peopleStates(network, vault.settings, TODAY);
		expect(states.map((s) => [s.name, s.lastContact, s.status])).toEqual([
			["Kevin Kelly", null, "never"],
			["Paul Chambers", null, "never"],
			["Steph Ango", "2023-09-12", "cold"],
		]);
		// The default cadence (90 days) from 2023-09-12.
		expect(states[2]).toMatchObject({ cadenceDays: 90, due: "2023-12-11" });
		const cold = coldReport(network, vault.settings, TODAY);
		expect(cold.never.map((s) => s.path)).toEqual([KEVIN, PAUL]);
		expect(cold.cold.map((s) => [s.path, s.daysOverdue])).toEqual([[STEPH, 1080]]);
	});

	it("reports no problems: check exits 0", () => {
		expect(vault.index.network(TODAY).problems).toEqual([]);
		const out: string[] = [];
		const err: string[] = [];
		const code = run(["check", dir, "--json", "--today", TODAY], {
			out: (s) => out.push(s),
			err: (s) => err.push(s),
			errIsTTY: false,
			now: () => new Date(Date.UTC(2026, 10, 25)),
			cwd: REPO,
		});
		expect(err.join("")).toBe("");
		expect(JSON.parse(out.join(""))).toEqual([]);
		expect(code).toBe(0);
	});
});
