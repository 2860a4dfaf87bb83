// @vitest-environment happy-dom
/** The command palette: which commands exist, Next touchpoints, and each action's command flow. */
import { afterEach, describe, expect, it } from "vitest";
import { nextTouchpoints } from "../../src/core";
import { buildPersonNote } from "../../src/core/new-notes";
import { touchpointLine } from "../../src/obsidian/views/wording";
import { MANIFEST, click, type Loaded, loadPlugin, notices, press, runCommand, tick, topModal, type, unload, VAULT } from "./harness";
import { Modal, type SuggestModal } from "../obsidian-stub";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

function suggestions(): HTMLElement[] {
	return [...topModal().modalEl.querySelectorAll<HTMLElement>(".suggestion-item")];
}

function titles(): string[] {
	return suggestions().map((s) => s.querySelector(".active-network-suggestion-title")?.textContent ?? "");
}

async function typeQuery(q: string): Promise<void> {
	const modal = topModal() as SuggestModal<unknown>;
	type(modal.inputEl, q);
	await modal.stubUpdate();
}

function buttonIn(el: HTMLElement, text: string): HTMLElement {
	const b = [...el.querySelectorAll<HTMLElement>("button")].find((x) => x.textContent === text);
	if (!b) throw new Error(`no button ${text}`);
	return b;
}

describe("commands", () => {
	it("registers every command with a plain id, a sentence-case name and no hotkey", async () => {
		loaded = await loadPlugin();
		const commands = [...loaded.app.stubCommands.values()];
		expect(commands.map((c) => [c.id.slice(MANIFEST.id.length + 1), c.name])).toEqual([
			["open-reminders", "Show reminders"],
			["open-cold-relationships", "Show cold relationships"],
			["open-promises", "Show open promises"],
			["open-people-graph", "Show people graph"],
			["next-touchpoints", "Next touchpoints"],
			["review-cold", "Review cold relationships"],
			["log-touchpoint", "Log touchpoint with a person"],
			["new-person", "New person"],
			["snooze-person", "Snooze a person"],
			["mark-promise-kept", "Mark a promise kept"],
			["introduce", "Introduce…"],
			["suggest-introductions", "Suggested introductions"],
			["export-canvas", "Export network as canvas"],
			["undo-last-change", "Undo last change"],
			["insert-todays-touchpoints", "Insert today's touchpoints"],
			["import-vcard", "Import contacts from vCard…"],
			["export-vcard", "Export people as vCard"],
			["export-calendar", "Export reminders as calendar"],
		]);
		for (const c of commands) {
			expect(c.hotkeys).toBeUndefined();
			expect(c.id.slice(MANIFEST.id.length + 1)).not.toContain("active-network");
		}
	});

	it("says the index is not ready instead of showing an empty list", async () => {
		loaded = await loadPlugin(VAULT, { noLayout: true });
		await runCommand(loaded, "next-touchpoints");
		expect(Modal.stubOpen).toHaveLength(0);
		expect(notices()).toEqual(["Still indexing your vault. Try again in a moment."]);
	});
});

describe("Next touchpoints", () => {
	it("lists the ranked people with their reasons and what to bring up", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "next-touchpoints");
		expect(titles()).toEqual(["Maya Lopez", "Sam Patel", "Jonas Weber", "Grace Kim"]);
		const network = loaded.plugin.feed.network();
		if (!network) throw new Error("no network");
		const expected = nextTouchpoints(network, loaded.plugin.settings, "2026-11-25", 50);
		suggestions().forEach((el, i) => {
			const item = expected[i];
			expect([...el.querySelectorAll(".active-network-reason")].map((r) => r.textContent)).toEqual(item?.reasons.map((r) => touchpointLine(r.detail)));
			expect([...el.querySelectorAll(".active-network-bring-up")].map((r) => r.textContent)).toEqual(item?.bringUp.map(touchpointLine));
		});
		const maya = suggestions()[0]?.textContent ?? "";
		expect(maya).toContain("How can I help? They need: an accountant who knows Portuguese tax");
		expect(maya).toContain("Last time (2026-11-02): coffee, talked about her move");
		expect(maya).toContain("Birthday");
	});

	it("opens the note on Enter", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "next-touchpoints");
		press((topModal() as SuggestModal<unknown>).inputEl, "ArrowDown");
		press((topModal() as SuggestModal<unknown>).inputEl, "Enter");
		await tick();
		expect(Modal.stubOpen).toHaveLength(0);
		expect(loaded.app.workspace.opened.map((o) => o.path)).toEqual(["People/Sam Patel.md"]);
	});

	it("logs a touchpoint instead with Shift+Enter or a Mod-click", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "next-touchpoints");
		press((topModal() as SuggestModal<unknown>).inputEl, "Enter", { shiftKey: true });
		expect(topModal().titleEl.textContent).toBe("Log touchpoint with Maya Lopez");
		topModal().close();
		await runCommand(loaded, "next-touchpoints");
		click(suggestions()[2] as HTMLElement, { ctrlKey: true });
		expect(topModal().titleEl.textContent).toBe("Log touchpoint with Jonas Weber");
		type(topModal().contentEl.querySelector(".active-network-log-text") as HTMLInputElement, "coffee");
		press(topModal().contentEl.querySelector(".active-network-log-text") as HTMLInputElement, "Enter");
		await loaded.plugin.feed.settle();
		expect(loaded.app.vault.text("People/Jonas Weber.md")).toBe("---\ntype: person\ncircle: colleagues\n---\n## Log\n- 2026-08-01 team offsite\n- 2026-11-25 coffee\n");
		expect(loaded.app.workspace.opened).toEqual([]);
	});
});

describe("action commands", () => {
	it("logs a touchpoint with a person chosen by name or alias", async () => {
		loaded = await loadPlugin({ ...VAULT, "People/Robert Chen.md": (VAULT["People/Robert Chen.md"] as string).replace("type: person", "type: person\naliases: [Bob]") });
		await runCommand(loaded, "log-touchpoint");
		expect(titles()).toEqual(["Grace Kim", "Jonas Weber", "Maya Lopez", "Robert Chen", "Sam Patel"]);
		await typeQuery("bob");
		expect(titles()).toEqual(["Robert Chen"]);
		press((topModal() as SuggestModal<unknown>).inputEl, "Enter");
		expect(topModal().titleEl.textContent).toBe("Log touchpoint with Robert Chen");
		type(topModal().contentEl.querySelector(".active-network-log-text") as HTMLInputElement, "boat trip");
		click(buttonIn(topModal().contentEl, "Log touchpoint"));
		await loaded.plugin.feed.settle();
		expect(loaded.app.vault.text("People/Robert Chen.md")).toContain("- 2026-06-01 dinner\n- [ ] Call Robert about the boat 📅 2026-11-01\n- 2026-11-25 boat trip\n");
	});

	it("creates a new person from the template in the configured folder, and opens it", async () => {
		loaded = await loadPlugin(VAULT, { data: { newPersonFolder: "Contacts/Work/" } });
		await runCommand(loaded, "new-person");
		const modal = topModal();
		type(modal.contentEl.querySelector(".active-network-person-name") as HTMLInputElement, "Ada: Lovelace");
		type(modal.contentEl.querySelector(".active-network-person-circle") as HTMLInputElement, "colleagues");
		click(buttonIn(modal.contentEl, "Create"));
		await tick();
		await loaded.plugin.feed.settle();
		const path = "Contacts/Work/Ada Lovelace.md";
		expect(loaded.app.vault.text(path)).toBe(buildPersonNote({ circle: "colleagues", logHeading: "Log" }));
		expect(loaded.app.vault.text(path)).toBe(
			"---\ntype: person\naliases: []\ncircle: colleagues\ncadence:\nlast_contact:\nbirthday:\nmet_through:\nneeds:\noffers:\ninterests: []\norg:\nrole:\nemail:\nphone:\n---\n\n```active-network\nperson\n```\n\n## Log\n",
		);
		expect(loaded.app.workspace.opened.map((o) => o.path)).toEqual([path]);
		expect(loaded.plugin.feed.network()?.people.get(path)?.circles).toEqual(["colleagues"]);
		expect(Modal.stubOpen).toHaveLength(0);

		await runCommand(loaded, "new-person");
		type(topModal().contentEl.querySelector(".active-network-person-name") as HTMLInputElement, "Ada Lovelace");
		click(buttonIn(topModal().contentEl, "Create"));
		await tick();
		expect(topModal().contentEl.querySelector(".active-network-form-error")?.textContent).toBe(`"${path}" already exists.`);
	});

	it("creates the new person in the folder as the vault spells it (people/ for a setting of People)", async () => {
		loaded = await loadPlugin({ ...VAULT, "people/Ann.md": "---\ntype: person\n---\n" }, { data: { newPersonFolder: "People" } });
		const vault = loaded.app.vault;
		for (const p of Object.keys(VAULT)) if (p.startsWith("People/")) await vault.trash(p);
		await vault.trash("People");
		expect(await loaded.plugin.actions.createPerson("Bo", "")).toBeNull();
		expect(vault.created).toEqual(["people/Bo.md"]);
		expect(vault.isFolder("People")).toBe(false);
		expect(await loaded.plugin.actions.createPerson("ann", "")).toBe('"people/Ann.md" already exists.');
	});

	it("snoozes a person chosen by name", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "snooze-person");
		await typeQuery("jonas");
		press((topModal() as SuggestModal<unknown>).inputEl, "Enter");
		expect(topModal().titleEl.textContent).toBe("Snooze Jonas Weber");
		click(buttonIn(topModal().contentEl, "1 week"));
		await loaded.plugin.feed.settle();
		expect(loaded.app.vault.text("People/Jonas Weber.md")).toBe("---\ntype: person\ncircle: colleagues\nsnooze_until: 2026-12-02\n---\n## Log\n- 2026-08-01 team offsite\n");
	});

	it("marks a chosen promise kept", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "mark-promise-kept");
		expect(titles()).toEqual(["Robert Chen", "Maya Lopez", "Sam Patel", "Jonas Weber"]);
		await typeQuery("slides");
		press((topModal() as SuggestModal<unknown>).inputEl, "Enter");
		await loaded.plugin.feed.settle();
		expect(loaded.app.vault.text("Notes/Plan.md")).toBe("# Plan\n\n- [x] Send [[Jonas Weber]] the slides ✅ 2026-11-25\n");
	});
});
