/**
 * One grammar for every command (cli.md): the vault as VAULT or --vault, names before it, --limit on
 * every list and nowhere else, --version, help, <command> --help, one-line errors, colour rules, and
 * docs/cli.md equal to what help prints.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands";
import { commandHelp, generalHelp } from "../../src/cli/help";
import { type Io, run } from "../../src/cli/run";
import { cli, person, tempVault } from "./helpers";

const ROOT = join(import.meta.dirname, "..", "..");
const files: Record<string, string> = {
	"People/Ann.md": person("circle: family\ncadence: quarterly", "- 2026-08-01 coffee #gave\n- [ ] send [[Bo]] the CV #intro 📅 2026-11-20"),
	"People/Bo.md": person("cadence: 2w\nlast_contact: 2026-11-01"),
	"People/Cy.md": person(),
	"Notes/Long.md": `- [ ] [[Cy]] sends ${"a very long promise text ".repeat(8)}#waiting 📅 2026-11-26`,
};
const VAULT = tempVault(files);
const T = ["--today", "2026-11-25"];

const oneLine = (err: string) => {
	expect(err.endsWith("\n")).toBe(true);
	expect(err.trimEnd().split("\n")).toHaveLength(1);
	expect(err).not.toMatch(/\n\s+at /);
};

describe("the vault", () => {
	it("--vault PATH is the same as VAULT", () => {
		expect(cli(["people", "--vault", VAULT, "--json", ...T]).json()).toEqual(cli(["people", VAULT, "--json", ...T]).json());
	});

	it("both at once is bad usage", () => {
		const r = cli(["people", VAULT, "--vault", VAULT]);
		expect(r.code).toBe(2);
		expect(r.err).toContain("the vault is given twice");
		oneLine(r.err);
	});

	it("by default, the folder the user ran from (main.ts passes INIT_CWD under npm run cli)", () => {
		expect((cli(["people", "--json", ...T], { cwd: VAULT }).json() as unknown[]).length).toBe(3);
		const main = readFileSync(join(ROOT, "src/cli/main.ts"), "utf8");
		expect(main).toContain("process.env.INIT_CWD || process.cwd()");
	});
});

describe("names before the vault", () => {
	it.each([
		[["intro", "Ann"], "intro needs two people"],
		[["intro", VAULT, "Ann"], `intro needs two people before the vault, and "${VAULT}" is a folder`],
		[["intro", "Ann", VAULT], `intro needs two people before the vault, and "${VAULT}" is a folder`],
	])("%j", (argv, message) => {
		const r = cli([...argv, ...T]);
		expect(r.code).toBe(2);
		expect(r.err).toContain(message);
		expect(r.err).toContain("usage: active-network intro A B [VAULT]");
		expect(r.err).not.toContain("no person");
		oneLine(r.err);
	});

	it("intro A B VAULT works, and an unknown name says which", () => {
		expect(cli(["intro", "Ann", "Bo", VAULT, ...T]).code).toBe(0);
		expect(cli(["intro", "Ann", "Bo", "--vault", VAULT, ...T]).code).toBe(0);
		const r = cli(["intro", "Ann", "Zed", VAULT, ...T]);
		expect(r.code).toBe(2);
		expect(r.err).toContain('no person "Zed"');
	});
});

describe("--limit", () => {
	const lists = COMMANDS.filter((c) => c.list && !c.planned).map((c) => c.name);

	it("is taken by every command that prints a list", () => {
		expect(lists).toEqual(["people", "cold", "promises", "touchpoints", "check", "suggest-intros", "balance"]);
	});

	it.each(["people", "promises", "touchpoints", "check", "balance"])("%s --limit 1: at most one item, as JSON and as text", (command) => {
		const all = cli([command, VAULT, "--json", ...T]).json() as unknown[];
		const one = cli([command, VAULT, "--json", "--limit", "1", ...T]).json() as unknown[];
		expect(one).toEqual(all.slice(0, 1));
		if (all.length > 1) expect(cli([command, VAULT, "--limit", "1", ...T]).out).toMatch(/… and (\d+ )?more/);
	});

	it("cold --limit 1 cuts both lists", () => {
		const v = tempVault({ "A.md": person("last_contact: 2026-01-01"), "B.md": person("last_contact: 2026-02-01"), "C.md": person(), "D.md": person() });
		expect(cli(["cold", v, "--json", "--limit", "1", ...T]).json()).toMatchObject({ cold: [{ name: "A" }], never: [{ name: "C" }] });
	});

	it.each([
		[["graph", VAULT, "--limit", "3"], "graph prints no list: --limit is not for it"],
		[["intro", "Ann", "Bo", VAULT, "--limit", "3"], "intro prints no list"],
		[["people", VAULT, "--limit", "0"], "--limit must be a whole number of at least 1"],
		[["touchpoints", VAULT, "--limit", "0"], "--limit must be a whole number of at least 1"],
		[["graph", VAULT, "--format", "dot", "--json"], "--json and --format dot"],
		[["graph", VAULT, "--format", "svg"], "--format must be one of"],
		[["people", VAULT, "--format", "dot"], "people does not take --format"],
		[["export-vcard", VAULT, "--json"], "export-vcard does not take --json"],
	])("%j is bad usage", (argv, message) => {
		const r = cli([...argv, ...T]);
		expect(r.code).toBe(2);
		expect(r.err).toContain(message);
		expect(r.out).toBe("");
		oneLine(r.err);
	});
});

describe("--version, help, <command> --help", () => {
	const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
	const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { version: string };

	it("--version prints the package's version, which is the manifest's", () => {
		expect(cli(["--version"])).toMatchObject({ code: 0, out: `${version}\n`, err: "" });
		expect(manifest.version).toBe(version);
	});

	it("help and --help print the general help; help X and X --help the command's", () => {
		expect(cli(["help"]).out).toBe(`${generalHelp()}\n`);
		expect(cli(["--help"]).out).toBe(`${generalHelp()}\n`);
		for (const c of COMMANDS) {
			expect(cli([c.name, "--help"]).out).toBe(`${commandHelp(c)}\n`);
			expect(cli(["help", c.name]).out).toBe(`${commandHelp(c)}\n`);
			expect(generalHelp()).toContain(`  ${c.name}`);
		}
		expect(cli(["help", "frobnicate"]).code).toBe(2);
	});

	it("no help line is wider than 100 columns", () => {
		for (const text of [generalHelp(), ...COMMANDS.map(commandHelp)]) for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
	});

	it("the calendar and vCard commands take the same grammar: names before the vault, their own flags only", () => {
		expect(cli(["import-vcard", VAULT]).err).toContain("import-vcard needs a vCard file before the vault");
		expect(cli(["import-vcard", "no-such.vcf", VAULT, ...T]).err).toContain('cannot read "no-such.vcf": no such file');
		const exported = cli(["export-vcard", VAULT, ...T]);
		expect(exported.code).toBe(0);
		expect(exported.out).toMatch(/^BEGIN:VCARD\r\n/);
		expect(cli(["export-vcard", VAULT, "--json", ...T]).code).toBe(2);
		expect(cli(["export-vcard", VAULT, "--force", ...T]).err).toContain("--force goes with --out FILE");
		expect(cli(["calendar", VAULT, "--write", ...T]).code).toBe(2);
		expect(cli(["calendar", VAULT, ...T]).out).toMatch(/^BEGIN:VCALENDAR\r\n/);
	});

	it("docs/cli.md holds exactly what help and every <command> --help print", () => {
		const doc = readFileSync(join(ROOT, "docs/cli.md"), "utf8");
		const block = (text: string) => `\`\`\`text\n${text}\n\`\`\``;
		expect(doc, "run `node scripts/cli-docs.mjs` after changing the command table").toContain(block(cli(["help"]).out.trimEnd()));
		for (const c of COMMANDS) expect(doc, `${c.name} --help; run node scripts/cli-docs.mjs`).toContain(block(cli([c.name, "--help"]).out.trimEnd()));
	});
});

describe("text for a person", () => {
	it("no reason codes, marker tags or emoji dates; cadences in the user's units", () => {
		for (const command of ["people", "cold", "promises", "touchpoints", "balance"]) {
			const out = cli([command, VAULT, ...T]).out;
			expect(out, command).not.toMatch(/promise-overdue|promise-due|#waiting|#intro|#gave|#got|📅|\d+d\b/);
		}
		expect(cli(["people", VAULT, ...T]).out).toMatch(/Ann\s.*every 3 months/);
		expect(cli(["people", VAULT, ...T]).out).toMatch(/Bo\s.*every 2 weeks/);
	});

	it("cold shows the ratio it ranks by", () => {
		const out = cli(["cold", VAULT, ...T]).out;
		expect(out).toContain("Overdue ÷ cadence");
		expect(out).toContain("relative to each person's cadence");
	});

	it("a narrow terminal never cuts file:line; the promise text gives way", () => {
		const io = (columns: number): { out: string } => {
			let out = "";
			const port: Io = { out: (s) => (out += s), err: () => undefined, errIsTTY: false, now: () => new Date(2026, 10, 25), cwd: VAULT, columns };
			run(["promises", ...T], port);
			return { out };
		};
		const out = io(60).out;
		expect(out).toContain("Notes/Long.md:1");
		expect(out).toContain("People/Ann.md:7");
		expect(out).toContain("…");
	});

	it("colour only when asked (a terminal, no NO_COLOR), never in JSON", () => {
		const go = (argv: string[], colour: boolean) => {
			let out = "";
			run([...argv, ...T], { out: (s) => (out += s), err: () => undefined, errIsTTY: false, now: () => new Date(), cwd: VAULT, colour });
			return out;
		};
		expect(go(["touchpoints"], true)).toContain("\x1b[");
		expect(go(["touchpoints"], false)).not.toContain("\x1b[");
		expect(go(["touchpoints", "--json"], true)).not.toContain("\x1b[");
		const main = readFileSync(join(ROOT, "src/cli/main.ts"), "utf8");
		expect(main).toContain("process.env.NO_COLOR === undefined");
	});
});
