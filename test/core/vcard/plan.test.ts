/** The import plan: matching, duplicates, keys to add, conflicts, file names, note texts, round trips. */
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, NetworkIndex } from "../../../src/core";
import { findFrontmatter, parseFrontmatterYaml } from "../../../src/core/frontmatter";
import {
	exportVcards, type KeyValue, newNoteText, type PlanEntry, planImport, planInputFrom, readVcards, safeFileName, updateContactNote,
} from "../../../src/core/vcard";
import { ALL_VENDORS, APPLE, FASTMAIL, GOOGLE } from "./cards";

const TODAY = "2026-11-25";

function indexOf(files: Record<string, string>): NetworkIndex {
	const index = new NetworkIndex(DEFAULT_SETTINGS, { templateFolders: [] });
	for (const [p, t] of Object.entries(files)) index.upsert(p, t);
	return index;
}

function plan(files: Record<string, string>, vcf: string): PlanEntry[] {
	const index = indexOf(files);
	return planImport(readVcards(vcf).contacts, planInputFrom(index, index.network(TODAY), DEFAULT_SETTINGS));
}

/** Writes a plan into the files as the CLI does (creates, keys added). */
function applyPlan(files: Record<string, string>, entries: PlanEntry[]): Record<string, string> {
	const out = { ...files };
	for (const e of entries) {
		if (e.action === "create") out[e.path] = newNoteText(e, { key: "type", value: "person" });
		if (e.action === "update") {
			const r = updateContactNote(out[e.path] as string, Object.entries<KeyValue>(e.add));
			if (!r.ok) throw new Error(r.reason);
			out[e.path] = r.text;
		}
	}
	return out;
}

const card = (lines: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\n${lines.split("\n").join("\r\n")}\r\nEND:VCARD\r\n`;

describe("matching", () => {
	const vault = {
		"People/Ann Lee.md": "---\ntype: person\nuid: U-1\n---\n",
		"People/Bo Kim.md": "---\ntype: person\nemail: BO@x.example\n---\n",
		"People/Cy Park.md": "---\ntype: person\nphone: \"+1 (555) 010-2030\"\n---\n",
		"People/Robert Chen.md": "---\ntype: person\naliases: [Bob]\n---\n",
	};

	it("by uid, else email (any case), else phone digits, else name or alias (any case)", () => {
		const p = plan(vault, [
			card("FN:Someone Else\nUID:u-1"), card("FN:B. Kim\nEMAIL:bo@X.example"), card("FN:C\nTEL:15550102030"),
			card("FN:bob"), card("FN:ANN LEE"), card("FN:Nobody Known"),
		].join(""));
		// Card 5 matches Ann Lee, whom card 1 matched already: one entry for both.
		expect(p.map((e) => [e.cards, e.action, e.path])).toEqual([
			[[1, 5], "unchanged", "People/Ann Lee.md"], [[2], "unchanged", "People/Bo Kim.md"], [[3], "unchanged", "People/Cy Park.md"],
			[[4], "unchanged", "People/Robert Chen.md"], [[6], "create", "People/Nobody Known.md"],
		]);
	});

	it("a match gains only the keys it lacks; a differing value is a conflict and is not added", () => {
		const p = plan({ "People/Bo Kim.md": "---\ntype: person\nemail: bo@x.example\norg: Acme\n---\n" },
			card("FN:Bo Kim\nEMAIL:bo@x.example\nORG:Globex\nTITLE:CTO\nTEL:0171 555\nBDAY:1990-01-02"));
		expect(p).toHaveLength(1);
		expect(p[0]).toMatchObject({ action: "update", add: { role: "CTO", phone: "0171 555", birthday: "1990-01-02" }, conflicts: [{ key: "org", note: "Acme", card: "Globex" }] });
	});

	it("a related name already linked from met_through or related is not added again; linked by alias counts", () => {
		const files = {
			"People/Ann.md": "---\ntype: person\nmet_through: \"[[Bob]]\"\n---\n",
			"People/Robert Chen.md": "---\ntype: person\naliases: [Bob]\n---\n",
			"People/Cy.md": "---\ntype: person\nrelated: [\"[[Ann]]\"]\n---\n",
		};
		const p = plan(files, card("FN:Ann\nX-ABRELATEDNAMES:Robert Chen") + card("FN:Cy\nX-ABRELATEDNAMES:ann"));
		expect(p.map((e) => [e.action, e.add, e.conflicts])).toEqual([["unchanged", {}, []], ["unchanged", {}, []]]);
		const q = plan(files, card("FN:Ann\nX-ABRELATEDNAMES:Cy"));
		expect(q[0]?.add).toEqual({ related: ["[[Cy]]"] });
	});

	it("related names link to new notes of the same file and to people by uid", () => {
		const p = plan({}, APPLE + FASTMAIL + GOOGLE);
		const by = Object.fromEntries(p.map((e) => [e.name, e]));
		expect(by["Åsa Lindqvist"]?.add.related).toEqual(["[[Bo Lindqvist]]"]);
		expect(by["Noor Haddad"]?.add.related).toEqual(["[[Daniel O'Brien]]", "[[Åsa Lindqvist]]"]);
	});
});

describe("duplicates in one file", () => {
	it("the same UID, or the same name and an email, merge into one entry", () => {
		const p = plan({}, card("FN:Ann\nUID:A1\nEMAIL:a@x.example") + card("FN:Ann B.\nUID:a1\nTEL:123456") + card("FN:Ann\nEMAIL:A@x.example\nTITLE:Boss") + card("FN:Ann\nEMAIL:other@x.example"));
		expect(p.map((e) => [e.cards, e.action, e.path])).toEqual([[[1, 2, 3], "create", "People/Ann.md"], [[4], "create", "People/Ann 2.md"]]);
		expect(p[0]?.add).toMatchObject({ email: "a@x.example", phone: "123456", role: "Boss", uid: "A1" });
	});
});

describe("new notes", () => {
	it("go to the first people folder with the person mark; names made safe and unique case-insensitively", () => {
		const settings = { ...DEFAULT_SETTINGS, peopleFolders: ["Contacts", "Other"] };
		const index = new NetworkIndex(settings, { templateFolders: [] });
		index.upsert("Contacts/ann.md", "# not a person by its marks, but in the folder");
		const cards = ["Ann", "AT&T / Sales: #1 | [HQ] ^x *?\"<>", "..hidden", "CON", "nul.txt", "x".repeat(300), "Anna\\Bell"].map((n) => card(`FN:${n}\nEMAIL:${n.length}@${n.charCodeAt(1)}.x`)).join("");
		const input = planInputFrom(index, index.network(TODAY), settings);
		expect(input.folder).toBe("Contacts");
		const p = planImport(readVcards(cards).contacts, input).filter((e) => e.action === "create");
		expect(p.map((e) => e.path)).toEqual([
			"Contacts/AT&T Sales 1 HQ x.md", "Contacts/hidden.md", "Contacts/CON (contact).md", "Contacts/nul.txt (contact).md", `Contacts/${"x".repeat(200)}.md`, "Contacts/Anna Bell.md",
		]);
		expect(p[0]?.add.aliases).toEqual(["AT&T / Sales: #1 | [HQ] ^x *?\"<>"]);
		expect(safeFileName("Åsa ".repeat(100)).length).toBeLessThanOrEqual(200);
		expect(new TextEncoder().encode(safeFileName("田".repeat(100))).length).toBeLessThanOrEqual(200);
		expect(safeFileName("")).toBe("Unnamed contact");
	});

	it("the note text is safe YAML: phones with a leading zero or a plus stay strings, links quoted, the NOTE is the body", () => {
		const [e] = plan({}, card("FN:Zoe\nTEL:01715551234\nTEL:+4670123\nORG:Acme: #1\nNICKNAME:yes\nX-ABRELATEDNAMES:Bo\nNOTE:line one\\nline two"));
		const text = newNoteText(e as PlanEntry, { key: "type", value: "person" });
		expect(text).toBe("---\ntype: person\naliases:\n  - \"yes\"\nphone:\n  - \"01715551234\"\n  - \"+4670123\"\norg: \"Acme: #1\"\nrelated:\n  - \"[[Bo]]\"\n---\n\nline one\nline two\n");
		const fm = parseFrontmatterYaml(findFrontmatter(text) as NonNullable<ReturnType<typeof findFrontmatter>>);
		expect(fm).toEqual({ ok: true, data: { type: "person", aliases: ["yes"], phone: ["01715551234", "+4670123"], org: "Acme: #1", related: ["[[Bo]]"] } });
	});
});

describe("updateContactNote keeps every byte (through the shared frontmatter edit)", () => {
	it("inserts before the closing fence only (CRLF, comments, odd spacing kept)", () => {
		const note = "---\r\ntype:   person  # me\r\n# a comment\r\ntags: [a,  b]\r\n---\r\nBody ✓\r\n\r\n- 2026-01-01 x\r\n";
		const r = updateContactNote(note, [["email", "a@x.example"], ["phone", ["0171", "+46"]]]);
		expect(r.ok).toBe(true);
		const out = (r as { text: string }).text;
		const insert = "email: a@x.example\r\nphone: [\"0171\", \"+46\"]\r\n";
		const at = note.indexOf("---\r\nBody");
		expect(out).toBe(note.slice(0, at) + insert + note.slice(at));
		const fm = parseFrontmatterYaml(findFrontmatter(out) as NonNullable<ReturnType<typeof findFrontmatter>>);
		expect(fm).toMatchObject({ ok: true, data: { type: "person", tags: ["a", "b"], email: "a@x.example", phone: ["0171", "+46"] } });
	});

	it("replaces a chosen conflict on its own line only", () => {
		const note = "---\ntype: person # me\nemail: old@x.example\nrole: CTO\n---\nBody\n";
		expect(updateContactNote(note, [["org", "Acme"]], [["email", "new@x.example"]]))
			.toEqual({ ok: true, text: "---\ntype: person # me\nemail: new@x.example\nrole: CTO\norg: Acme\n---\nBody\n" });
	});

	it("refuses (all or nothing) with broken YAML, a key already there, or a form too complex to edit", () => {
		expect(updateContactNote("---\ntype: [person\n---\n", [["email", "a"]])).toMatchObject({ ok: false });
		expect(updateContactNote("---\nEmail: b\n---\n", [["email", "a"]])).toEqual({ ok: false, reason: "it already has \"email\" (the note changed since the plan)" });
		expect(updateContactNote("---\n{type: person}\n---\n", [["email", "a"]])).toMatchObject({ ok: false });
		const blockScalar = "---\ntype: person\nrole: |\n  a\n  b\n---\n";
		const r = updateContactNote(blockScalar, [["email", "a"]], [["role", "CTO"]]);
		expect(r).toMatchObject({ ok: false });
		expect((r as { reason: string }).reason).toContain("\"role\"");
		expect(updateContactNote("---\n---\nx", [["email", "a"]])).toEqual({ ok: true, text: "---\nemail: a\n---\nx" });
		expect(updateContactNote("# no frontmatter\n", [["email", "a"]])).toEqual({ ok: true, text: "---\nemail: a\n---\n# no frontmatter\n" });
	});
});

describe("round trips", () => {
	const vault = {
		"People/Maya Lopez.md": "---\ntype: person\naliases: [May]\ncircle: [friends, Design]\nemail: maya@x.example\nphone: 0171 5551234\norg: \"[[Lumen Works]]\"\nrole: Designer\nbirthday: 03-14\nmet_through: \"[[Bob]]\"\nuid: M-1\naddress: Storgatan 1, Malmö\nurl: https://maya.example\n---\nHer body stays hers.\n",
		"People/Robert Chen.md": "---\ntype: person\naliases: [Bob]\nbirthday: 1970-01-31\nphone: 01715550000\n---\n",
		"People/Nina.md": "#contact only a tag\n",
		"Orgs/Lumen Works.md": "---\ntype: organization\n---\n",
	};

	it.each([4, 3] as const)("export (vCard %s) then import on the same vault plans nothing but unchanged", (v) => {
		const index = indexOf(vault);
		const vcf = exportVcards(index, index.network(TODAY), v);
		expect(vcf).not.toContain("Her body");
		const p = plan(vault, vcf);
		expect(p.map((e) => [e.path, e.action, e.add, e.conflicts])).toEqual([
			["People/Maya Lopez.md", "unchanged", {}, []], ["People/Nina.md", "unchanged", {}, []], ["People/Robert Chen.md", "unchanged", {}, []],
		]);
		expect(readVcards(vcf).problems).toEqual([]);
	});

	it("import → export → import is stable, for every vendor's cards", () => {
		const first = plan({}, ALL_VENDORS);
		expect(first.every((e) => e.action === "create")).toBe(true);
		const files = applyPlan({}, first);
		const index = indexOf(files);
		const vcf = exportVcards(index, index.network(TODAY));
		const again = plan(files, vcf);
		expect(again.map((e) => [e.path, e.action, e.conflicts]).sort()).toEqual(Object.keys(files).sort().map((p) => [p, "unchanged", []]));
		const reimport = plan(files, ALL_VENDORS);
		expect(reimport.map((e) => [e.action, e.conflicts])).toEqual(first.map(() => ["unchanged", []]));
	});

	it("an update writes only new lines into the frontmatter", () => {
		const files = { "People/Bo Kim.md": "---\ntype: person   \nemail: bo@x.example\n---\n\n## Log\n- 2026-01-01 lunch\n" };
		const p = plan(files, card("FN:Bo Kim\nEMAIL:bo@x.example\nTITLE:CTO"));
		const out = applyPlan(files, p)["People/Bo Kim.md"] as string;
		expect(out).toBe("---\ntype: person   \nemail: bo@x.example\nrole: CTO\n---\n\n## Log\n- 2026-01-01 lunch\n");
	});
});
