/**
 * A second opinion on the export: Debian's python3-vobject parses what we write, and reads the same
 * names, emails, phones, birthdays and related people. Skipped, with a message, where it is absent.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, NetworkIndex } from "../../../src/core";
import { exportVcards, newNoteText, planImport, planInputFrom, readVcards } from "../../../src/core/vcard";
import { ALL_VENDORS } from "./cards";

const SCRIPT = `
import sys, json, vobject
out = []
for card in vobject.readComponents(sys.stdin.read()):
    d = {}
    for child in card.getChildren():
        v = child.value
        if child.name == "ADR":
            v = v.street
        elif child.name == "N":
            v = [v.family, v.given]
        elif isinstance(v, list):
            v = [str(x) for x in v]
        else:
            v = str(v)
        d.setdefault(child.name, []).append(v)
    out.append(d)
print(json.dumps(out))
`;

const python = ["/usr/bin/python3", "python3"].find((p) => {
	if (p.startsWith("/") && !existsSync(p)) return false;
	return spawnSync(p, ["-c", "import vobject"], { encoding: "utf8" }).status === 0;
});
if (!python) console.warn("python3-vobject is not installed (apt-get install python3-vobject): the second-opinion parse of the export is skipped");

function exported(version: 3 | 4): string {
	const index = new NetworkIndex(DEFAULT_SETTINGS, { templateFolders: [] });
	const p = planImport(readVcards(ALL_VENDORS).contacts, planInputFrom(index, index.network("2026-11-25"), DEFAULT_SETTINGS));
	for (const e of p) index.upsert(e.path, newNoteText(e, { key: "type", value: "person" }));
	return exportVcards(index, index.network("2026-11-25"), version);
}

describe.skipIf(!python)("python3-vobject reads our export", () => {
	it.each([4, 3] as const)("vCard %s", (version) => {
		const vcf = exported(version);
		const r = spawnSync(python as string, ["-c", SCRIPT], { input: vcf, encoding: "utf8" });
		expect(r.stderr).toBe("");
		const cards = JSON.parse(r.stdout) as Record<string, unknown[]>[];
		const ours = readVcards(vcf).contacts;
		expect(cards.map((c) => c.FN?.[0])).toEqual(ours.map((c) => c.name));
		expect(cards.map((c) => c.VERSION?.[0])).toEqual(ours.map(() => `${version}.0`));
		const asa = cards.find((c) => c.FN?.[0] === "Åsa Lindqvist") as Record<string, unknown[]>;
		expect(asa.EMAIL).toEqual(["asa@nordlys.example", "asa.l@post.example"]);
		expect(asa.TEL).toEqual(["+46 70 123 45 67"]);
		expect(asa.N).toEqual([["Lindqvist", "Åsa"]]);
		expect(asa.ADR).toEqual(["Storgatan 1, Malmö, 211 22, Sweden"]);
		expect(asa.UID).toEqual(["6B29FC40-CA47-1067-B31D-00DD010662DA"]);
		expect(asa.BDAY).toEqual([version === 4 ? "--0314" : "16040314"]);
		expect(asa[version === 4 ? "RELATED" : "X-ABRELATEDNAMES"]).toEqual(["Bo Lindqvist"]);
		const dan = cards.find((c) => c.FN?.[0] === "Daniel O'Brien") as Record<string, unknown[]>;
		expect(dan.TITLE).toEqual(["Ops, logistics"]);
		expect(dan.NICKNAME).toEqual(["Dan"]);
		const noor = cards.find((c) => c.FN?.[0] === "Noor Haddad") as Record<string, unknown[]>;
		expect(noor.CATEGORIES).toEqual([["clients", "design"]]);
	});
});
