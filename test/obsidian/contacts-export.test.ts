// @vitest-environment happy-dom
/** "Export people as vCard": a .vcf in the vault, never written over an existing file without a second yes. */
import { afterEach, describe, expect, it } from "vitest";
import { readVcards } from "../../src/core";
import { DEFAULT_VCF_PATH } from "../../src/obsidian/contacts/export-modal";
import { click, type Loaded, loadPlugin, runCommand, tick, topModal, type, unload, VAULT } from "./harness";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

function button(text: string): HTMLButtonElement {
	const b = [...topModal().contentEl.querySelectorAll("button")].find((x) => x.textContent === text);
	if (!b) throw new Error(`no button ${text}`);
	return b;
}

describe("export people as vCard", () => {
	it("writes every person to the default path when nothing is there", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "export-vcard");
		click(button("Export"));
		await tick();
		const text = loaded.app.vault.text(DEFAULT_VCF_PATH) as string;
		expect(loaded.app.vault.created).toEqual([DEFAULT_VCF_PATH]);
		expect(readVcards(text).contacts.map((c) => c.name).sort()).toEqual(["Grace Kim", "Jonas Weber", "Maya Lopez", "Robert Chen", "Sam Patel"]);
	});

	it("asks before replacing a file; Back writes nothing, Replace writes", async () => {
		loaded = await loadPlugin({ ...VAULT, "Phone/people.vcf": "mine\n" });
		await runCommand(loaded, "export-vcard");
		type(topModal().contentEl.querySelector('[data-field="vcf-path"]') as HTMLInputElement, "Phone/people.vcf");
		click(button("Export"));
		await tick();
		expect(topModal().contentEl.dataset.step).toBe("confirm");
		expect(topModal().contentEl.textContent).toContain('"Phone/people.vcf" already exists');
		expect(loaded.app.vault.writes).toEqual([]);
		click(button("Back"));
		await tick();
		expect(loaded.app.vault.text("Phone/people.vcf")).toBe("mine\n");
		click(button("Export"));
		await tick();
		click(button("Replace"));
		await tick();
		expect(loaded.app.vault.writes.map((w) => w.path)).toEqual(["Phone/people.vcf"]);
		expect(loaded.app.vault.text("Phone/people.vcf")).toContain("BEGIN:VCARD");
	});

	it("refuses a path that is not a .vcf", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "export-vcard");
		type(topModal().contentEl.querySelector('[data-field="vcf-path"]') as HTMLInputElement, "People/Maya Lopez.md");
		click(button("Export"));
		await tick();
		expect(topModal().contentEl.textContent).toContain("ending in .vcf");
		expect(loaded.app.vault.writes).toEqual([]);
		expect(loaded.app.vault.created).toEqual([]);
	});
});
