// @vitest-environment happy-dom
/**
 * The network in Obsidian: export as canvas, Introduce… (with copy, a note, and the follow-up),
 * suggested introductions, the person panel of the reminders sidebar, and give and take in next
 * touchpoints.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { introduce, nextTouchpoints } from "../../src/core";
import type { IntroduceModal } from "../../src/obsidian/modals/introduce";
import { REMINDERS_VIEW } from "../../src/obsidian/views/view-types";
import { Modal, Notice, type SuggestModal } from "../obsidian-stub";
import { click, leafOf, type Loaded, loadPlugin, notices, press, rowsIn, runCommand, sectionsIn, tick, topModal, type, unload, viewOf } from "./harness";

const INTRO_VAULT: Record<string, string> = {
	"People/Maya Lopez.md": [
		"---",
		"type: person",
		"circle: friends",
		"cadence: 2w",
		"needs: an accountant who knows Portuguese tax",
		"offers: feedback on book covers",
		"interests: [printmaking, climbing]",
		"---",
		"## Log",
		"- 2026-11-02 coffee, talked about her move #got",
		"- 2026-10-20 she lent me a ladder #got",
		"- 2026-10-01 helped me move the press #got",
		"- 2026-09-15 dinner with [[Grace Kim]]",
		"",
		"## Promises",
		"- [ ] Send Maya the article 📅 2026-11-20",
		"",
	].join("\n"),
	"People/Jonas Weber.md": [
		"---",
		"type: person",
		"circle: colleagues",
		"offers: [accounting for freelancers, Portuguese tax returns]",
		"interests: [climbing]",
		"---",
		"## Log",
		"- 2025-06-01 conference dinner",
		"",
	].join("\n"),
	"People/Grace Kim.md": ["---", "type: person", "circle: friends", "---", "## Log", "- 2025-03-01 climbing with [[Jonas Weber]]", ""].join("\n"),
	"People/Sam Patel.md": ["---", "type: person", "circle: clients", "---", "## Log", "- 2026-11-20 lunch #gave", ""].join("\n"),
	"Notes/Plan.md": "# Plan\n",
};

const MAYA = "People/Maya Lopez.md";
const JONAS = "People/Jonas Weber.md";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
	vi.restoreAllMocks();
});

function fileAt(l: Loaded, path: string): string {
	if (l.app.vault.text(path) === undefined) throw new Error(`no file ${path}`);
	return path;
}

function suggester(): SuggestModal<unknown> {
	return topModal() as SuggestModal<unknown>;
}

function titles(): string[] {
	return [...suggester().modalEl.querySelectorAll(".suggestion-item .active-network-suggestion-title")].map((t) => t.textContent ?? "");
}

async function query(q: string): Promise<void> {
	type(suggester().inputEl, q);
	await suggester().stubUpdate();
}

function button(el: HTMLElement, text: string): HTMLButtonElement {
	const b = [...el.querySelectorAll<HTMLButtonElement>("button")].find((x) => x.textContent === text);
	if (!b) throw new Error(`no button ${text}`);
	return b;
}

/** Runs Introduce… and picks two people by name. */
async function introduceFromCommand(l: Loaded, a: string, b: string): Promise<IntroduceModal> {
	await runCommand(l, "introduce");
	await query(a);
	press(suggester().inputEl, "Enter");
	await query(b);
	press(suggester().inputEl, "Enter");
	return topModal() as unknown as IntroduceModal;
}

describe("Export network as canvas", () => {
	it("writes Active Network.canvas as JSON Canvas, opens it, and never overwrites: the next export takes a new name", async () => {
		loaded = await loadPlugin(INTRO_VAULT);
		await runCommand(loaded, "export-canvas");
		const { vault, workspace } = loaded.app;
		const text = vault.text("Active Network.canvas") as string;
		const canvas = JSON.parse(text) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
		expect(canvas.nodes.map((n) => n.file).sort()).toEqual(["People/Grace Kim.md", JONAS, MAYA, "People/Sam Patel.md"]);
		for (const n of canvas.nodes) {
			expect(n).toMatchObject({ type: "file" });
			for (const k of ["x", "y", "width", "height"]) expect(Number.isInteger(n[k])).toBe(true);
		}
		const ids = new Set(canvas.nodes.map((n) => n.id));
		expect(canvas.edges).toHaveLength(2);
		for (const e of canvas.edges) {
			expect(ids.has(e.fromNode)).toBe(true);
			expect(ids.has(e.toNode)).toBe(true);
			expect(typeof e.label).toBe("string");
		}
		expect(text.startsWith('{\n\t"nodes": [')).toBe(true);
		expect(workspace.opened.map((o) => o.path)).toEqual(["Active Network.canvas"]);
		// The new file's undo notice, then what was exported.
		expect(notices()).toEqual(["Create Active Network.canvas. Undo", "Exported 4 people and 2 connections to Active Network.canvas."]);

		await vault.modify(fileAt(loaded, "Active Network.canvas"), "{}");
		await runCommand(loaded, "export-canvas");
		await runCommand(loaded, "export-canvas");
		expect(vault.text("Active Network.canvas")).toBe("{}");
		expect(vault.text("Active Network 2026-11-25.canvas")).toBe(text);
		expect(vault.text("Active Network 2026-11-25 2.canvas")).toBe(text);
	});

	it("treats a name in other letter case as taken", async () => {
		loaded = await loadPlugin({ ...INTRO_VAULT, "active network.canvas": "{}" });
		await runCommand(loaded, "export-canvas");
		expect(loaded.app.vault.text("Active Network.canvas")).toBeUndefined();
		expect(loaded.app.vault.text("Active Network 2026-11-25.canvas")).toContain('"nodes"');
	});
});

describe("Introduce…", () => {
	it("picks two different people, then shows how well you know each, the connection, the threads and the draft", async () => {
		loaded = await loadPlugin(INTRO_VAULT);
		await runCommand(loaded, "introduce");
		expect(suggester().inputEl.getAttribute("placeholder")).toBe("Introduce...");
		await query("maya");
		press(suggester().inputEl, "Enter");
		expect(suggester().inputEl.getAttribute("placeholder")).toBe("Introduce Maya Lopez to...");
		await suggester().stubUpdate();
		expect(titles()).toEqual(["Grace Kim", "Jonas Weber", "Sam Patel"]);
		await query("jonas");
		press(suggester().inputEl, "Enter");
		const modal = topModal() as unknown as IntroduceModal;
		expect(modal.titleEl.textContent).toBe("Introduce Maya Lopez and Jonas Weber");
		const el = modal.contentEl;
		const people = [...el.querySelectorAll(".active-network-intro-person")];
		expect(people.map((p) => p.querySelector(".active-network-intro-name")?.textContent)).toEqual(["Maya Lopez", "Jonas Weber"]);
		expect(people[0]?.querySelector(".active-network-intro-summary")?.textContent).toBe("Last in touch with Maya Lopez 2026-11-02 (23 days ago), 4 touchpoints in all.");
		expect(people[0]?.querySelector(".active-network-intro-detail")?.textContent).toBe("4 touchpoints, in touch directly.");
		// Over a year: said plainly, and marked.
		expect(people[1]?.classList.contains("mod-stale")).toBe(true);
		expect(people[1]?.querySelector(".active-network-intro-summary")?.textContent).toContain("That is over a year ago: say so when you introduce them.");
		expect(el.querySelector(".active-network-intro-connected")?.textContent).toBe("Not in your notes: they may not know each other yet.");
		const threads = [...el.querySelectorAll(".active-network-intro-threads li")].map((li) => li.textContent);
		expect(threads).toEqual([
			"Maya Lopez needs an accountant who knows Portuguese tax; Jonas Weber offers Portuguese tax returns",
			"Both interested in climbing",
			"Both know Grace Kim",
		]);
		const network = loaded.plugin.feed.network();
		if (!network) throw new Error("no network");
		const expected = introduce(network, network.people.get(MAYA) as never, network.people.get(JONAS) as never, "2026-11-25", loaded.plugin.settings.personTags);
		expect(modal.draft).toBe(expected.draft);
		expect((el.querySelector(".active-network-intro-draft") as HTMLTextAreaElement).value).toBe(expected.draft);
		expect(modal.draft).toContain("it has been a while since we last spoke (2025-06-01)");
	});

	it("says when two people are already connected, and refuses the same person twice", async () => {
		loaded = await loadPlugin(INTRO_VAULT);
		const modal = await introduceFromCommand(loaded, "grace", "jonas");
		expect(modal.contentEl.querySelector(".active-network-intro-connected")?.textContent).toBe("Yes: their notes link each other; you have seen them together.");
	});

	it("copies the draft as edited", async () => {
		loaded = await loadPlugin(INTRO_VAULT);
		const writeText = vi.fn(() => Promise.resolve());
		vi.spyOn(navigator.clipboard, "writeText").mockImplementation(writeText);
		const modal = await introduceFromCommand(loaded, "maya", "jonas");
		type(modal.contentEl.querySelector(".active-network-intro-draft") as HTMLTextAreaElement, "Hi both, meet each other.");
		click(button(modal.contentEl, "Copy"));
		await tick();
		expect(writeText).toHaveBeenCalledWith("Hi both, meet each other.");
		expect(notices()).toEqual(["Copied the introduction."]);
		expect(Modal.stubOpen).toContain(modal);
	});

	it("says so when the clipboard refuses", async () => {
		loaded = await loadPlugin(INTRO_VAULT);
		vi.spyOn(navigator.clipboard, "writeText").mockImplementation(() => Promise.reject(new Error("denied")));
		vi.spyOn(console, "error").mockImplementation(() => {});
		const modal = await introduceFromCommand(loaded, "maya", "jonas");
		click(button(modal.contentEl, "Copy"));
		await tick();
		expect(modal.contentEl.querySelector(".active-network-form-error")?.textContent).toBe("Could not copy: select the draft and copy it by hand.");
	});

	it("records the follow-up in the first person's log: an #intro promise linking both, due in two weeks", async () => {
		loaded = await loadPlugin(INTRO_VAULT);
		const modal = await introduceFromCommand(loaded, "maya", "jonas");
		const record = button(modal.contentEl, "Record follow-up");
		expect(record.getAttribute("aria-label")).toBe("Adds a task to follow up on this introduction to Maya Lopez's log, due 2026-12-09");
		click(record);
		await loaded.plugin.feed.settle();
		expect(loaded.app.vault.text(MAYA)).toBe(
			(INTRO_VAULT[MAYA] as string).replace(
				"- 2026-09-15 dinner with [[Grace Kim]]\n",
				"- 2026-09-15 dinner with [[Grace Kim]]\n- [ ] Follow up on introducing [[Maya Lopez]] and [[Jonas Weber]] #intro 📅 2026-12-09\n",
			),
		);
		expect(record.textContent).toBe("Follow-up recorded");
		expect(notices()).toEqual(["Recorded the follow-up in Maya Lopez, due 2026-12-09.", "Recorded the introduction follow-up with Maya Lopez. Undo"]);
		const network = loaded.plugin.feed.network();
		const promise = network?.promises.find((p) => p.intro);
		expect(promise).toMatchObject({ file: MAYA, due: "2026-12-09", people: [MAYA, JONAS], direction: "mine" });
		expect(network?.edges.get(`${JONAS}\u0000${MAYA}`)?.counts.intro).toBe(1);
	});

	it("creates a note with the draft, under a free name, and opens it", async () => {
		loaded = await loadPlugin(INTRO_VAULT);
		let modal = await introduceFromCommand(loaded, "maya", "jonas");
		const draft = modal.draft;
		click(button(modal.contentEl, "Create note"));
		await tick();
		const name = "Introduction Maya Lopez and Jonas Weber.md";
		expect(loaded.app.vault.text(name)).toBe(`${draft}\n`);
		expect(loaded.app.workspace.opened.at(-1)?.path).toBe(name);
		expect(Modal.stubOpen).toHaveLength(0);
		modal = await introduceFromCommand(loaded, "maya", "jonas");
		click(button(modal.contentEl, "Create note"));
		await tick();
		expect(loaded.app.vault.text("Introduction Maya Lopez and Jonas Weber 2.md")).toBe(`${draft}\n`);
		expect(notices().at(-1)).toBe("Created Introduction Maya Lopez and Jonas Weber 2.md.");
	});
});

describe("Suggested introductions", () => {
	it("lists pairs not yet connected, best first, with the reasons; choosing one opens Introduce for the pair", async () => {
		loaded = await loadPlugin(INTRO_VAULT);
		await runCommand(loaded, "suggest-introductions");
		expect(titles()).toEqual(["Jonas Weber and Maya Lopez"]);
		const item = suggester().modalEl.querySelector(".suggestion-item") as HTMLElement;
		expect([...item.querySelectorAll(".active-network-reason")].map((r) => r.textContent)).toEqual([
			"Maya Lopez needs an accountant who knows Portuguese tax; Jonas Weber offers Portuguese tax returns",
			"Both interested in climbing",
			"Both know Grace Kim",
		]);
		click(item);
		expect(topModal().titleEl.textContent).toBe("Introduce Jonas Weber and Maya Lopez");
	});

	it("says how to get suggestions when there are none", async () => {
		loaded = await loadPlugin({ "People/Ann.md": "---\ntype: person\n---\n" });
		await runCommand(loaded, "suggest-introductions");
		expect(suggester().modalEl.querySelector(".suggestion-empty")?.textContent).toBe(
			"No introductions to suggest yet: write what people need and offer, and their interests, in their notes.",
		);
	});
});

describe("Person panel in the reminders sidebar", () => {
	async function openNote(l: Loaded, path: string): Promise<void> {
		await l.app.workspace.getLeaf(false).openFile({ path: fileAt(l, path) });
	}

	it("follows the open note: last touchpoints, open promises, needs and offers, and give and take", async () => {
		loaded = await loadPlugin(INTRO_VAULT);
		await runCommand(loaded, "open-reminders");
		const view = viewOf(loaded.app, REMINDERS_VIEW);
		expect(view.contentEl.querySelector(".active-network-person-panel")).toBeNull();
		await openNote(loaded, MAYA);
		const panel = view.contentEl.querySelector(".active-network-person-panel") as HTMLElement;
		expect(panel.querySelector(".active-network-section-title")?.textContent).toBe("Maya Lopez");
		const lines = [...panel.querySelectorAll(".active-network-panel-heading, .active-network-panel-line")].map((l) => l.textContent);
		expect(lines).toEqual([
			"Last touchpoints",
			"2026-11-02: coffee, talked about her move (they helped)",
			"2026-10-20: she lent me a ladder (they helped)",
			"2026-10-01: helped me move the press (they helped)",
			"and 1 before",
			// Gaps of 16, 19 and 13 days: the median is 16, two weeks; she has a cadence, so no button.
			"Usually every 2 weeks",
			"Touchpoints, last 12 months",
			"Open promises",
			"How you can help each other",
			"Needs: an accountant who knows Portuguese tax",
			"Offers: feedback on book covers",
			"Give and take",
			"You helped: not yet",
			"They helped: 3 times, last on 2026-11-02",
			"You have asked 3 times and not helped back yet.",
		]);
		expect(panel.querySelector(".mod-one-sided")?.textContent).toBe("You have asked 3 times and not helped back yet.");
		expect(rowsIn(panel)).toEqual([
			{ who: "Maya Lopez", why: "You promised: Send Maya the article", when: "5 days overdue (due 2026-11-20)", actions: ["Mark kept", "Log touchpoint", "Snooze"] },
		]);
		// The rest of the sidebar is still there below it.
		expect(sectionsIn(view.contentEl).map((s) => s.title)).toContain("Overdue promises 1");

		click(panel.querySelector(".mod-touchpoint") as HTMLElement);
		await tick();
		expect(loaded.app.workspace.opened.at(-1)).toEqual({ path: MAYA, state: { eState: { line: 9 } } });

		await openNote(loaded, "People/Sam Patel.md");
		const sam = view.contentEl.querySelector(".active-network-person-panel") as HTMLElement;
		expect([...sam.querySelectorAll(".mod-ledger")].map((l) => l.textContent)).toEqual(["You helped: once, last on 2026-11-20", "They helped: not yet"]);
		await openNote(loaded, "Notes/Plan.md");
		expect(view.contentEl.querySelector(".active-network-person-panel")).toBeNull();
	});

	it("offers the rhythm as the cadence of a person without one: one click writes it, and Undo takes it back", async () => {
		const ann = "---\ntype: person\n---\n## Log\n- 2026-11-01 call\n- 2026-10-18 call\n- 2026-10-04 lunch\n- 2026-09-20 call\n";
		loaded = await loadPlugin({ "People/Ann.md": ann });
		await runCommand(loaded, "open-reminders");
		const view = viewOf(loaded.app, REMINDERS_VIEW);
		await openNote(loaded, "People/Ann.md");
		const line = view.contentEl.querySelector(".active-network-person-panel .mod-rhythm") as HTMLElement;
		expect(line.textContent).toBe("Usually every 2 weeksUse as cadence");
		click(line.querySelector("button") as HTMLElement);
		await tick();
		expect(loaded.app.vault.text("People/Ann.md")).toBe(ann.replace("type: person\n", "type: person\ncadence: 2w\n"));
		expect(notices().at(-1)).toBe("Set the cadence of Ann to 2w. Undo");
		click(Notice.stubAll.at(-1)?.messageEl.querySelector("button") as HTMLElement);
		await tick();
		expect(loaded.app.vault.text("People/Ann.md")).toBe(ann);
		expect(notices().at(-1)).toBe("Undone: Set the cadence of Ann to 2w");
		await tick();
		// The one step was undone: nothing is left to undo.
		await runCommand(loaded, "undo-last-change");
		expect(notices().at(-1)).toMatch(/^Active Network: nothing to undo/);
	});

	it("catches up on the open note when the sidebar is shown again", async () => {
		loaded = await loadPlugin(INTRO_VAULT);
		await runCommand(loaded, "open-reminders");
		const view = viewOf(loaded.app, REMINDERS_VIEW);
		leafOf(loaded.app, REMINDERS_VIEW).containerEl.hide();
		await openNote(loaded, JONAS);
		expect(view.contentEl.querySelector(".active-network-person-panel")).toBeNull();
		leafOf(loaded.app, REMINDERS_VIEW).containerEl.show();
		view.onResize();
		expect(view.contentEl.querySelector(".active-network-person-panel .active-network-section-title")?.textContent).toBe("Jonas Weber");
	});
});

describe("Next touchpoints", () => {
	it("gives the give-and-take reason when a relationship has gone one-sided", async () => {
		loaded = await loadPlugin(INTRO_VAULT);
		await runCommand(loaded, "next-touchpoints");
		const maya = [...topModal().modalEl.querySelectorAll(".suggestion-item")].find((s) => s.querySelector(".active-network-suggestion-title")?.textContent === "Maya Lopez");
		const balance = maya?.querySelector(".active-network-reason.mod-balance");
		expect(balance?.textContent).toMatch(/^you have asked 3 times and not helped back yet$/i);
		const network = loaded.plugin.feed.network();
		if (!network) throw new Error("no network");
		const item = nextTouchpoints(network, loaded.plugin.settings, "2026-11-25", 50).find((i) => i.path === MAYA);
		expect(item?.reasons.map((r) => r.kind)).toContain("balance");
	});
});
