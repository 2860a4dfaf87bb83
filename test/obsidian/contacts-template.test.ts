// @vitest-environment happy-dom
/**
 * The "Person template" setting in the plugin: the vCard import's new notes and New person start from
 * the template (placeholders filled with the Templates plugin's formats, keys set, the rest byte for
 * byte), and a template that is missing or broken gives clean notes and one notice naming it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { buildPersonNote, newNoteText } from "../../src/core";
import type { ImportContactsModal } from "../../src/obsidian/contacts/import-modal";
import { personTemplatePath } from "../../src/obsidian/contacts/person-template";
import { click, CONFIG, type Loaded, loadPlugin, notices, tick, topModal, unload, VAULT } from "./harness";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

const VCF = ["BEGIN:VCARD", "VERSION:3.0", "FN:Ana Silva", "EMAIL:ana@mail.example", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Bo Berg", "ORG:Acme", "END:VCARD", ""].join("\r\n");
const TEMPLATE = "---\n# people start here\ntype: person\nemail:\ntags: [people]\n---\n# {{title}}\n\nMet {{date}}, <% tp.date.now() %>\n\n## Log\n";
const config = { ...CONFIG, ".obsidian/templates.json": JSON.stringify({ folder: "Templates", dateFormat: "DD.MM.YYYY" }) };

async function importAll(l: Loaded): Promise<void> {
	l.app.workspace.stubFileMenu("Contacts/cards.vcf")[0]?.onClick();
	await tick();
	const m = topModal() as unknown as ImportContactsModal;
	const b = [...m.contentEl.querySelectorAll("button")].find((x) => x.textContent === "Import");
	if (!b) throw new Error("no Import button");
	click(b);
	await tick();
	await tick();
}

describe("the person template", () => {
	it("is where the vCard import's new notes start: filled, keys set, the rest kept; Templater left alone", async () => {
		loaded = await loadPlugin({ ...VAULT, "Templates/Person.md": TEMPLATE, "Contacts/cards.vcf": VCF }, { config, data: { personTemplate: "Templates/Person" } });
		await importAll(loaded);
		const v = loaded.app.vault;
		expect(v.created).toEqual(["People/Ana Silva.md", "People/Bo Berg.md"]);
		expect(v.text("People/Ana Silva.md")).toBe("---\n# people start here\ntype: person\nemail: ana@mail.example\ntags: [people]\n---\n# Ana Silva\n\nMet 25.11.2026, <% tp.date.now() %>\n\n## Log\n");
		expect(v.text("People/Bo Berg.md")).toBe("---\n# people start here\ntype: person\nemail:\ntags: [people]\norg: Acme\n---\n# Bo Berg\n\nMet 25.11.2026, <% tp.date.now() %>\n\n## Log\n");
		expect(v.text("Templates/Person.md")).toBe(TEMPLATE);
		expect(notices().join("\n")).not.toContain("template");
	});

	it("that does not exist: the import writes clean notes and says so once, naming the path", async () => {
		loaded = await loadPlugin({ ...VAULT, "Contacts/cards.vcf": VCF }, { data: { personTemplate: "Templates/Gone.md" } });
		await importAll(loaded);
		const v = loaded.app.vault;
		expect(v.text("People/Ana Silva.md")).toBe(newNoteText({ add: { email: "ana@mail.example" }, contact: {} }, { key: "type", value: "person" }));
		const said = notices().filter((n) => n.includes('"Templates/Gone.md"'));
		expect(said).toHaveLength(1);
		expect(said[0]).toContain("Imported 2 new people, updated 0. The person template \"Templates/Gone.md\" does not exist");
	});

	it("with broken frontmatter: clean notes and one notice with the reason", async () => {
		loaded = await loadPlugin({ ...VAULT, "Templates/Person.md": "---\ntype: [person\n---\n", "Contacts/cards.vcf": VCF }, { data: { personTemplate: "Templates/Person.md" } });
		await importAll(loaded);
		expect(loaded.app.vault.text("People/Bo Berg.md")).toBe(newNoteText({ add: { org: "Acme" }, contact: {} }, { key: "type", value: "person" }));
		const said = notices().filter((n) => n.includes("was not used (invalid YAML"));
		expect(said).toHaveLength(1);
	});

	it("is where New person starts, with the circle set; without the setting it is the clean note", async () => {
		loaded = await loadPlugin({ ...VAULT, "Templates/Person.md": TEMPLATE }, { config, data: { personTemplate: "Templates/Person.md" } });
		expect(await loaded.plugin.actions.createPerson("Cleo Park", "friends")).toBeNull();
		expect(loaded.app.vault.text("People/Cleo Park.md")).toBe("---\n# people start here\ntype: person\nemail:\ntags: [people]\ncircle: friends\n---\n# Cleo Park\n\nMet 25.11.2026, <% tp.date.now() %>\n\n## Log\n");
		unload(loaded);
		loaded = await loadPlugin(VAULT);
		expect(await loaded.plugin.actions.createPerson("Cleo Park", "friends")).toBeNull();
		expect(loaded.app.vault.text("People/Cleo Park.md")).toBe(buildPersonNote({ circle: "friends", logHeading: "Log" }));
	});

	it("that is missing for New person: the clean note, and a notice naming it", async () => {
		loaded = await loadPlugin(VAULT, { data: { personTemplate: "Templates/Gone" } });
		expect(await loaded.plugin.actions.createPerson("Cleo Park", "")).toBeNull();
		expect(loaded.app.vault.text("People/Cleo Park.md")).toBe(buildPersonNote({ circle: "", logHeading: "Log" }));
		expect(notices().filter((n) => n.includes('"Templates/Gone.md" does not exist'))).toHaveLength(1);
	});
});

describe("the person template's path", () => {
	it("adds .md unless the setting ends in it, so a name with a dot is still a note", () => {
		expect(personTemplatePath({ personTemplate: "Templates/Person" })).toBe("Templates/Person.md");
		expect(personTemplatePath({ personTemplate: "Templates/Person v1.2" })).toBe("Templates/Person v1.2.md");
		expect(personTemplatePath({ personTemplate: " Templates//Person.MD " })).toBe("Templates/Person.MD");
		expect(personTemplatePath({ personTemplate: "  " })).toBeNull();
	});
});
