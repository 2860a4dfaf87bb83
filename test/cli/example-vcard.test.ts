/**
 * example-vault/contacts-sample.vcf, planned against the example vault as its README walks through:
 * three people gain keys (one with a conflict), two are new, one is unchanged. Worked out by hand from
 * the cards and People/.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./helpers";

const VAULT = fileURLToPath(new URL("../../example-vault", import.meta.url));
const VCF = join(VAULT, "contacts-sample.vcf");
const present = existsSync(VCF);
if (!present) console.warn(`example vCard test skipped: ${VCF} is absent`);

const copies: string[] = [];
afterAll(() => {
	for (const d of copies) rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!present)("the example vault's sample contacts", () => {
	it("plans 3 updates (a conflict on Robert Chen's org), 2 new people, 1 unchanged; nothing written", () => {
		const before = readFileSync(join(VAULT, "People/Robert Chen.md"), "utf8");
		const r = cli(["import-vcard", VCF, VAULT, "--today", "2026-11-25", "--json"]);
		expect(r.code).toBe(0);
		const out = r.json() as { cards: number; plan: { card: number; action: string; path: string; add: Record<string, unknown>; conflicts: unknown[] }[]; problems: unknown[] };
		expect(out.cards).toBe(6);
		expect(out.problems).toEqual([]);
		expect(out.plan.map((e) => [e.card, e.action, e.path, Object.keys(e.add)])).toEqual([
			// Matched by email; Bob is already an alias; the title is the same role.
			[1, "update", "People/Robert Chen.md", ["phone", "birthday"]],
			// Matched by name; the birthday and company agree; Grace Kim is already her met_through.
			[2, "update", "People/Maya Lopez.md", ["email", "phone"]],
			// Matched by the digits of the phone ("+44 20 7946 0321" in the note).
			[3, "update", "People/Sam Patel.md", ["url"]],
			[4, "create", "People/Lena Brandt.md", ["circle", "email", "phone", "org", "role", "birthday"]],
			// vCard 2.1, QUOTED-PRINTABLE name with an accent; related to Sam Patel.
			[5, "create", "People/Tomás Ibarra.md", ["email", "phone", "org", "role", "related"]],
			// Alias Mum, the same phone, birthday 05-17 (Apple's 1604) and circle.
			[6, "unchanged", "People/Irena Novak.md", []],
		]);
		expect(out.plan[0]?.conflicts).toEqual([{ key: "org", note: "Lumen Works", card: "Lumen Works Inc." }]);
		expect(out.plan[3]?.add.circle).toBe("friends");
		expect(readFileSync(join(VAULT, "People/Robert Chen.md"), "utf8")).toBe(before);
	});

	it("--write on a copy: new notes, keys added, and a second plan of nothing but unchanged", () => {
		const dir = mkdtempSync(join(tmpdir(), "an-example-vcard-"));
		copies.push(dir);
		cpSync(VAULT, dir, { recursive: true });
		const w = cli(["import-vcard", VCF, dir, "--today", "2026-11-25", "--write"]);
		expect(w.code).toBe(0);
		expect(readFileSync(join(dir, "People/Lena Brandt.md"), "utf8")).toBe(
			"---\ntype: person\ncircle: friends\nemail: lena.brandt@mail.example\nphone: 0176 5550199\norg: Atelier Brandt\nrole: Ceramicist\nbirthday: 1992-04-03\n---\n\n" +
				"Met at Maya's studio opening. Sells her bowls at the Saturday market, stall 12.\n",
		);
		const again = cli(["import-vcard", VCF, dir, "--today", "2026-11-25", "--json"]).json() as { plan: { action: string; conflicts: unknown[] }[] };
		expect(again.plan.map((e) => e.action)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
		expect(again.plan[0]?.conflicts).toHaveLength(1);
	});
});
