// @vitest-environment happy-dom
/**
 * The live index: nothing before the layout is ready; the first build in slices with progress; renames,
 * deletes and creates reach the views; bursts are coalesced; views re-render only when something changed
 * and they are shown; after the first network the index is prepared for updates in idle slices; Obsidian's
 * link resolver and its daily-note and templates settings are used.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, type Derivation, resolveSettings } from "../../src/core";
import { LiveIndex } from "../../src/obsidian/live-index";
import { COLD_VIEW, PROMISES_VIEW, REMINDERS_VIEW } from "../../src/obsidian/views/view-types";
import { Notice } from "../obsidian-stub";
import { countUiTurns, FakeVault } from "./fakes";
import { CONFIG, click, type Loaded, leafOf, loadPlugin, rowOf, rowsIn, runCommand, TODAY, unload, VAULT, viewOf } from "./harness";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
	vi.useRealTimers();
	vi.restoreAllMocks();
});

function file(l: Loaded, path: string): string {
	if (l.app.vault.text(path) === undefined) throw new Error(`missing ${path}`);
	return path;
}

describe("start-up", () => {
	it("reads nothing and listens to nothing until the layout is ready, then builds", async () => {
		loaded = await loadPlugin(VAULT, { noLayout: true });
		const { app, plugin } = loaded;
		expect(app.vault.reads.size).toBe(0);
		expect(plugin.feed.ready).toBe(false);
		expect(app.vault.listenerCount()).toBe(0);
		app.workspace.stubLayoutReady();
		await plugin.feed.settle();
		expect(plugin.feed.ready).toBe(true);
		expect([...app.vault.reads.keys()].sort()).toEqual(Object.keys(VAULT).filter((p) => !p.startsWith("Templates/")).sort());
		// One subscription carries changes, renames, deletes and creates.
		expect(app.vault.listenerCount()).toBe(1);
		plugin.unload();
		expect(app.vault.listenerCount()).toBe(0);
		expect(app.stubCommands.size).toBe(0);
	});

	it("builds in slices that give the UI back, with progress in the status bar and a notice on large vaults", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 300; i++) files[`People/P${String(i).padStart(3, "0")}.md`] = `---\ntype: person\n---\n## Log\n- 2026-0${1 + (i % 9)}-01 hello [[P${String((i + 1) % 300).padStart(3, "0")}]]\n`;
		const statusEl = createDiv();
		const host = { source: new FakeVault(files, CONFIG), settings: DEFAULT_SETTINGS, today: () => TODAY };
		const feed = new LiveIndex(host, statusEl, { largeVault: 100, sliceMs: 0 });
		feed.load();
		Notice.stubAll = [];
		const statuses: string[] = [];
		const observer = new MutationObserver(() => statuses.push(statusEl.textContent ?? ""));
		observer.observe(statusEl, { childList: true, characterData: true, subtree: true });
		const ui = countUiTurns();
		await feed.start();
		const uiTurns = ui.stop();
		observer.disconnect();
		expect(feed.network()?.people.size).toBe(300);
		expect(uiTurns).toBeGreaterThan(10);
		expect(statuses[0]).toBe("Active Network: indexing 0 of 300 notes");
		expect(statuses).toContain("Active Network: indexing 150 of 300 notes");
		expect(statusEl.textContent).toBe("");
		expect(Notice.stubAll).toHaveLength(1);
		expect(Notice.stubAll[0]?.stubText).toBe("Active Network: indexing 300 of 300 notes");
		expect(Notice.stubAll[0]?.stubHidden).toBe(true);
		feed.unload();
	});

	it("gives the UI back as soon as a slice has run its time", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 90; i++) files[`People/P${i}.md`] = "---\ntype: person\n---\n";
		const host = { source: new FakeVault(files, CONFIG), settings: DEFAULT_SETTINGS, today: () => TODAY };
		// Each note takes 10 ms on this clock: with 25 ms slices the build yields after every third note.
		let clock = 0;
		const feed = new LiveIndex(host, null, { now: () => (clock += 10) });
		feed.load();
		const ui = countUiTurns();
		await feed.start();
		const uiTurns = ui.stop();
		expect(feed.network()?.people.size).toBe(90);
		expect(uiTurns).toBeGreaterThanOrEqual(29);
		feed.unload();
	});
});

describe("after the first network", () => {
	it("prepares the index for its first update in slices that give the UI back, not while handing the network out", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 300; i++) files[`People/P${i}.md`] = `---\ntype: person\n---\n- 2026-10-01 call [[P${(i + 1) % 300}]]\n`;
		const host = { source: new FakeVault(files, CONFIG), settings: DEFAULT_SETTINGS, today: () => TODAY };
		// Each look at the clock takes 10 ms: with 25 ms slices, three steps of 20 notes a slice.
		let clock = 0;
		const feed = new LiveIndex(host, null, { now: () => (clock += 10), prepareStep: 20 });
		feed.load();
		await feed.start();
		const index = feed.currentIndex();
		if (!index) throw new Error("no index");
		const prepare = vi.spyOn(index, "prepareUpdates");
		const steps = () => prepare.mock.calls.filter(([budget]) => budget > 0).length;
		expect(feed.network()?.people.size).toBe(300);
		expect(steps()).toBe(0);
		const ui = countUiTurns();
		await feed.warmedUp();
		const uiTurns = ui.stop();
		// 300 notes, 20 a step: 15 steps, and one that finds nothing left.
		expect(steps()).toBe(16);
		expect(prepare.mock.results.at(-1)?.value).toBe(true);
		expect(uiTurns).toBeGreaterThanOrEqual(5);
		const derivation = (index as unknown as { derivation: Derivation }).derivation;
		expect(derivation.dependentsWork().read).toBe(300);
		feed.network();
		await feed.warmedUp();
		expect(steps()).toBe(16);
		index.upsert("People/P7.md", "---\ntype: person\n---\n- 2026-10-02 call [[P9]]\n");
		expect(derivation.dependentsWork().read).toBe(300);
		feed.unload();
	});
});

describe("keeping up with the vault", () => {
	it("follows a rename without reading the note again, and views show the new name and path", async () => {
		loaded = await loadPlugin();
		const { app, plugin } = loaded;
		await runCommand(loaded, "open-reminders");
		const reads = app.vault.reads.get("People/Maya Lopez.md");
		await app.vault.rename(file(loaded, "People/Maya Lopez.md"), "People/Maya Silva.md");
		await plugin.feed.settle();
		const el = viewOf(app, REMINDERS_VIEW).contentEl;
		expect(rowsIn(el).map((r) => r.who)).toEqual(["Maya Silva", "Sam Patel", "Maya Silva", "Jonas Weber", "Maya Silva"]);
		expect(app.vault.reads.get("People/Maya Silva.md")).toBeUndefined();
		expect(app.vault.reads.get("People/Maya Lopez.md")).toBe(reads);
		click(rowOf(el, "Maya Silva", "Birthday"));
		await Promise.resolve();
		expect(app.workspace.opened.at(-1)?.path).toBe("People/Maya Silva.md");
	});

	it("follows a folder rename, and a note moved out of the templates folder", async () => {
		loaded = await loadPlugin();
		const { app, plugin } = loaded;
		await runCommand(loaded, "open-cold-relationships");
		if (!app.vault.isFolder("People")) throw new Error("no folder");
		await app.vault.rename("People", "Contacts");
		await app.vault.rename(file(loaded, "Templates/Person.md"), "Contacts/Template copy.md");
		await plugin.feed.settle();
		expect([...(plugin.feed.network()?.people.keys() ?? [])].sort()).toEqual(
			["Contacts/Grace Kim.md", "Contacts/Jonas Weber.md", "Contacts/Maya Lopez.md", "Contacts/Robert Chen.md", "Contacts/Sam Patel.md", "Contacts/Template copy.md"],
		);
		expect(rowsIn(viewOf(app, COLD_VIEW).contentEl).map((r) => r.who)).toEqual(["Jonas Weber (colleagues)", "Maya Lopez (friends)", "Grace Kim (friends)", "Template copy"]);
	});

	it("drops deleted notes from every view", async () => {
		loaded = await loadPlugin();
		const { app, plugin } = loaded;
		await runCommand(loaded, "open-cold-relationships");
		await runCommand(loaded, "open-promises");
		await app.vault.trash(file(loaded, "People/Jonas Weber.md"));
		await app.vault.trash(file(loaded, "Notes/Plan.md"));
		await plugin.feed.settle();
		expect(rowsIn(viewOf(app, COLD_VIEW).contentEl).map((r) => r.who)).toEqual(["Maya Lopez (friends)", "Grace Kim (friends)"]);
		expect(rowsIn(viewOf(app, PROMISES_VIEW).contentEl).map((r) => r.who)).toEqual(["Robert Chen", "Maya Lopez", "Sam Patel"]);
		await app.vault.trash("People");
		await plugin.feed.settle();
		expect(plugin.feed.network()?.people.size).toBe(0);
		expect(viewOf(app, COLD_VIEW).contentEl.textContent).toContain("No people yet");
	});

	it("adds created notes, and re-resolves links to them", async () => {
		loaded = await loadPlugin({ "Daily/2026-11-24.md": "Lunch with [[Zoe]].\n" });
		const { app, plugin } = loaded;
		await app.vault.create("People/Zoe.md", "---\ntype: person\ncadence: 1d\n---\n");
		await plugin.feed.settle();
		expect(plugin.feed.network()?.touchpoints.get("People/Zoe.md")?.map((t) => t.date)).toEqual(["2026-11-24"]);
	});

	it("coalesces a burst of changes into one update, using the text the change event carries", async () => {
		loaded = await loadPlugin();
		const { app, plugin } = loaded;
		await runCommand(loaded, "open-reminders");
		const view = viewOf(app, REMINDERS_VIEW);
		const renders = view.renders;
		const reads = [...app.vault.reads.values()].reduce((a, b) => a + b, 0);
		const f = file(loaded, "People/Grace Kim.md");
		for (let i = 1; i <= 20; i++) await app.vault.modify(f, `---\ntype: person\ncircle: friends\n---\n## Log\n- 2026-11-${String(i).padStart(2, "0")} note ${i}\n`);
		expect(view.renders).toBe(renders);
		await plugin.feed.settle();
		expect(view.renders).toBe(renders + 1);
		expect([...app.vault.reads.values()].reduce((a, b) => a + b, 0)).toBe(reads);
		expect(plugin.feed.network()?.touchpoints.get("People/Grace Kim.md")?.map((t) => t.text)).toEqual(["note 20"]);
		expect(view.contentEl.querySelector(".active-network-link")).toBeNull();
	});

	it("debounces on its own, without anyone waiting", async () => {
		loaded = await loadPlugin();
		const { app, plugin } = loaded;
		const tea = () => plugin.feed.network()?.touchpoints.get("People/Grace Kim.md")?.map((t) => t.date);
		// Obsidian's debounce on the test's clock: 300 ms after the change, not one earlier, and no real wait.
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		await app.vault.modify(file(loaded, "People/Grace Kim.md"), "---\ntype: person\n---\n- 2026-11-24 tea\n");
		await vi.advanceTimersByTimeAsync(299);
		expect(tea()).toBeUndefined();
		await vi.advanceTimersByTimeAsync(1);
		expect(tea()).toEqual(["2026-11-24"]);
	});
});

describe("views re-render only when needed", () => {
	it("skips re-rendering when nothing changed, and while hidden; catches up when shown", async () => {
		loaded = await loadPlugin();
		const { app, plugin } = loaded;
		await runCommand(loaded, "open-cold-relationships");
		const view = viewOf(app, COLD_VIEW);
		const renders = view.renders;
		app.workspace.trigger("layout-change");
		view.onResize();
		expect(view.renders).toBe(renders);

		const leaf = leafOf(app, COLD_VIEW);
		leaf.containerEl.hide();
		await app.vault.trash(file(loaded, "People/Jonas Weber.md"));
		await plugin.feed.settle();
		expect(view.renders).toBe(renders);
		expect(rowsIn(view.contentEl).map((r) => r.who)).toContain("Jonas Weber (colleagues)");

		leaf.containerEl.show();
		leaf.onResize();
		expect(view.renders).toBe(renders + 1);
		expect(rowsIn(view.contentEl).map((r) => r.who)).toEqual(["Maya Lopez (friends)", "Grace Kim (friends)"]);
	});
});

describe("Obsidian's view of the vault", () => {
	it("resolves links with Obsidian's resolver (metadataCache.getFirstLinkpathDest behind the port)", async () => {
		const app0 = { files: { ...VAULT, "Daily/2026-11-24.md": "Coffee with [[The Boss]].\n" } };
		loaded = await loadPlugin(app0.files, { noLayout: true });
		const { app, plugin } = loaded;
		const real = app.vault.resolveLink.bind(app.vault);
		const spy = vi.spyOn(app.vault, "resolveLink").mockImplementation((link, source) => (link === "The Boss" ? "People/Jonas Weber.md" : real(link, source)));
		app.workspace.stubLayoutReady();
		await plugin.feed.settle();
		expect(plugin.feed.network()?.touchpoints.get("People/Jonas Weber.md")?.[0]?.date).toBe("2026-11-24");
		expect(spy).toHaveBeenCalled();
	});

	it("reads the daily note format and the templates folder from Obsidian's settings, preferring the running plugins", async () => {
		const files = { ...VAULT, "Journal/2026.11.24.md": "Saw [[Grace Kim]] at the market.\n", "Blueprints/Person.md": "---\ntype: person\n---\n" };
		const config = { ".obsidian/daily-notes.json": JSON.stringify({ format: "YYYY.MM.DD", folder: "Journal" }), ".obsidian/templates.json": "{ not json" };
		loaded = await loadPlugin(files, { config, noLayout: true });
		const { app, plugin } = loaded;
		(app as unknown as { internalPlugins: unknown }).internalPlugins = {
			getPluginById: (id: string) => (id === "templates" ? { enabled: true, instance: { options: { folder: "Blueprints/" } } } : null),
		};
		app.workspace.stubLayoutReady();
		await plugin.feed.settle();
		expect(plugin.feed.context).toEqual({ templateFolders: ["Blueprints"], dailyNoteFormat: "YYYY.MM.DD", dailyNoteFolder: "Journal" });
		const network = plugin.feed.network();
		expect(network?.touchpoints.get("People/Grace Kim.md")?.map((t) => t.date)).toEqual(["2026-11-24"]);
		expect(network?.people.has("Blueprints/Person.md")).toBe(false);
		// Templates/ is no longer the templates folder here: its note is a person.
		expect(network?.people.has("Templates/Person.md")).toBe(true);
	});

	it("re-indexes when a setting changes", async () => {
		loaded = await loadPlugin({ ...VAULT, "Archive/Old Friend.md": "---\ntype: person\n---\n" });
		const { app, plugin } = loaded;
		await runCommand(loaded, "open-cold-relationships");
		expect(rowsIn(viewOf(app, COLD_VIEW).contentEl).map((r) => r.who)).toContain("Old Friend");
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		await plugin.saveSettings({ ...plugin.settings, excludedFolders: ["Archive"] });
		expect(app.stubData.get("active-network")).toMatchObject({ excludedFolders: ["Archive"] });
		await vi.advanceTimersByTimeAsync(500);
		vi.useRealTimers();
		await plugin.feed.settle();
		expect(rowsIn(viewOf(app, COLD_VIEW).contentEl).map((r) => r.who)).not.toContain("Old Friend");
		expect(resolveSettings(app.stubData.get("active-network")).excludedFolders).toEqual(["Archive"]);
	});
});
