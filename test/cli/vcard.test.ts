/** `import-vcard` and `export-vcard` on vaults on disk: dry run, --write, never overwriting, exit codes. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_VENDORS } from "../core/vcard/cards";
import { cli, person, tempVault } from "./helpers";

function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string, rel: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const r = rel ? `${rel}/${e.name}` : e.name;
			if (e.isDirectory()) walk(join(d, e.name), r);
			else out[r] = readFileSync(join(d, e.name), "utf8");
		}
	};
	walk(dir, "");
	return out;
}

const bo = "---\ntype: person\nemail: bo@x.example # work\n---\n\n## Log\n- 2026-01-01 lunch\n";
const vcf = (cards: string[]) => cards.map((c) => `BEGIN:VCARD\r\nVERSION:3.0\r\n${c.split("\n").join("\r\n")}\r\nEND:VCARD\r\n`).join("");

describe("import-vcard", () => {
	it("a dry run prints the plan as cli.md's JSON and writes nothing", () => {
		const dir = tempVault({ "People/Bo Kim.md": bo, "contacts.vcf": vcf(["FN:Bo Kim\nEMAIL:bo@x.example\nTITLE:CTO", "FN:New Person\nEMAIL:new@x.example"]) });
		const before = snapshot(dir);
		const r = cli(["import-vcard", join(dir, "contacts.vcf"), dir, "--json"]);
		expect(r.code).toBe(0);
		expect(r.json()).toEqual({
			cards: 2,
			plan: [
				{ card: 1, cards: [1], name: "Bo Kim", action: "update", path: "People/Bo Kim.md", add: { role: "CTO" }, conflicts: [] },
				{ card: 2, cards: [2], name: "New Person", action: "create", path: "People/New Person.md", add: { email: "new@x.example" }, conflicts: [] },
			],
			problems: [],
		});
		expect(snapshot(dir)).toEqual(before);
		const text = cli(["import-vcard", "contacts.vcf"], { cwd: dir });
		expect(text.out).toContain("Dry run: nothing was written");
		expect(text.out).toContain("People/New Person.md");
		expect(snapshot(dir)).toEqual(before);
	});

	it("--write creates notes and adds keys, keeping every other byte; a second run plans nothing but unchanged", () => {
		const dir = tempVault({ "People/Bo Kim.md": bo, "in.vcf": ALL_VENDORS + vcf(["FN:Bo Kim\nEMAIL:bo@x.example\nTITLE:CTO"]) });
		const r = cli(["import-vcard", "in.vcf", "--write", "--json"], { cwd: dir });
		expect(r.code).toBe(0);
		const w = (r.json() as { written: { created: string[]; updated: string[]; refused: unknown[] } }).written;
		expect(w.created).toHaveLength(6);
		expect(w.updated).toEqual(["People/Bo Kim.md"]);
		expect(w.refused).toEqual([]);
		expect(readFileSync(join(dir, "People/Bo Kim.md"), "utf8")).toBe("---\ntype: person\nemail: bo@x.example # work\nrole: CTO\n---\n\n## Log\n- 2026-01-01 lunch\n");
		expect(readFileSync(join(dir, "People/Åsa Lindqvist.md"), "utf8")).toContain("birthday: \"--03-14\"");
		const again = cli(["import-vcard", "in.vcf", "--json"], { cwd: dir }).json() as { plan: { action: string }[] };
		expect(again.plan.map((e) => e.action)).toEqual(again.plan.map(() => "unchanged"));
	});

	it("gives a note without frontmatter one holding only the new keys, the body kept byte for byte", () => {
		const dir = tempVault({ "People/Nina.md": "#contact no frontmatter here\n", "in.vcf": vcf(["FN:Nina\nEMAIL:n@x.example"]) });
		const r = cli(["import-vcard", "in.vcf", "--write"], { cwd: dir });
		expect(r.code).toBe(0);
		expect(readFileSync(join(dir, "People/Nina.md"), "utf8")).toBe("---\nemail: n@x.example\n---\n#contact no frontmatter here\n");
	});

	it("a card it cannot read: exit 1, with card and line, and the other cards still written", () => {
		const dir = tempVault({ "in.vcf": `${vcf(["FN:Good One"])}BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:x@y\r\nEND:VCARD\r\n${vcf(["FN:Good Two"])}` });
		const r = cli(["import-vcard", "in.vcf", "--write"], { cwd: dir });
		expect(r.code).toBe(1);
		expect(r.out).toContain("card 2, line 5: this card has no name");
		expect(existsSync(join(dir, "People/Good One.md")) && existsSync(join(dir, "People/Good Two.md"))).toBe(true);
	});

	it("bad usage and unreadable files exit 2 with one line", () => {
		const dir = tempVault({ "a.md": "x" });
		for (const argv of [["import-vcard"], ["import-vcard", "missing.vcf"], ["import-vcard", "a.md", "--out", "x"], ["export-vcard", "--json"], ["export-vcard", "--vcard", "5"], ["export-vcard", "--force"]]) {
			const r = cli(argv, { cwd: dir });
			expect(r.code, argv.join(" ")).toBe(2);
			expect(r.err.trim().split("\n")).toHaveLength(1);
		}
	});
});

describe("export-vcard", () => {
	it("prints vCard 4.0 (or 3.0) on stdout; --out never overwrites without --force", () => {
		const dir = tempVault({ "People/Ann.md": person("email: ann@x.example\nuid: A-1"), "People/Bo.md": person("birthday: --03-14") });
		const r = cli(["export-vcard", dir]);
		expect(r.code).toBe(0);
		expect(r.out.match(/BEGIN:VCARD/g)).toHaveLength(2);
		expect(r.out).toContain("VERSION:4.0");
		expect(r.out).toContain("UID:A-1");
		expect(cli(["export-vcard", dir, "--vcard", "3"]).out).toContain("BDAY;X-APPLE-OMIT-YEAR=1604:16040314");
		writeFileSync(join(dir, "out.vcf"), "keep me");
		expect(cli(["export-vcard", "--out", "out.vcf"], { cwd: dir }).code).toBe(2);
		expect(readFileSync(join(dir, "out.vcf"), "utf8")).toBe("keep me");
		const forced = cli(["export-vcard", "--out", "out.vcf", "--force"], { cwd: dir });
		expect(forced.code).toBe(0);
		expect(readFileSync(join(dir, "out.vcf"), "utf8")).toBe(r.out);
		// Export then import on the same vault: nothing but unchanged.
		const back = cli(["import-vcard", "out.vcf", "--json"], { cwd: dir }).json() as { plan: { action: string }[] };
		expect(back.plan.map((e) => e.action)).toEqual(["unchanged", "unchanged"]);
	});
});
