// @vitest-environment happy-dom
/**
 * Where real Obsidian is harsher than a kind stub (issue 18): the startup flood of `changed` with no saved
 * metadata cache, a moved folder as one rename per file, settings changed on disk by sync, mobile with no
 * status bar, Unicode paths normalised to NFC.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { NetworkIndex, resolveSettings } from "../../src/core";
import { LiveIndex } from "../../src/obsidian/live-index";
import { REMINDERS_VIEW } from "../../src/obsidian/views/view-types";
import { normalizePath, Platform } from "../obsidian-stub";
import { countUiTurns } from "./fakes";
import { type Loaded, loadPlugin, runCommand, unload, viewOf } from "./harness";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
	vi.useRealTimers();
	Platform.isMobile = false;
	Platform.isDesktop = true;
	vi.restoreAllMocks();
});

/** 300 people in a ring, each with a touchpoint linking the next. */
function ring(n: number): Record<string, string> {
	const files: Record<string, string> = {};
	const name = (i: number) => `P${String(i).padStart(3, "0")}`;
	for (let i = 0; i < n; i++) files[`People/${name(i)}.md`] = `---\ntype: person\ncircle: friends\n---\n## Log\n- 2026-0${1 + (i % 9)}-01 hello [[${name((i + 1) % n)}]]\n`;
	return files;
}

describe("the startup flood (no saved metadata cache)", () => {
	it("survives `changed` for every note after layout-ready: same answers, no note parsed twice, the UI given turns", async () => {
		const files = ring(300);
		const upserts = vi.spyOn(NetworkIndex.prototype, "upsert");
		const heard = vi.spyOn(LiveIndex.prototype as unknown as { queue: (p: string, t: string | null) => void }, "queue");
		// A clock that moves 1 ms per reading with 5 ms slices: the UI must get a turn every few notes.
		let t = 0;
		const ui = countUiTurns();
		loaded = await loadPlugin(files, { startupFlood: true, indexOptions: { sliceMs: 5, now: () => t++, debounceMs: 0 } });
		const turns = ui.stop();
		const { plugin } = loaded;
		await plugin.feed.settle();
		// Each note parsed once by the first build; the flood of the same texts parsed none again.
		expect(heard).toHaveBeenCalledTimes(300);
		expect(upserts).toHaveBeenCalledTimes(300);
		const network = plugin.feed.network();
		expect(network?.people.size).toBe(300);
		expect(network?.touchpoints.get("People/P001.md")?.map((tp) => tp.date).sort()).toEqual(["2026-01-01", "2026-02-01"]);
		expect(turns).toBeGreaterThan(50);
	});

	it("applies a flood of new texts in slices, yielding to the UI, and ends with the new answers", async () => {
		let t = 0;
		loaded = await loadPlugin(ring(300), { indexOptions: { sliceMs: 5, now: () => t++, debounceMs: 0 } });
		const { app, plugin } = loaded;
		for (let i = 0; i < 300; i++) {
			const p = `People/P${String(i).padStart(3, "0")}.md`;
			await app.vault.modify(p, (app.vault.text(p) as string).replace("circle: friends", "circle: work"));
		}
		await app.vault.delivered();
		const ui = countUiTurns();
		await plugin.feed.settle();
		expect(ui.stop()).toBeGreaterThan(50);
		expect([...(plugin.feed.network()?.people.values() ?? [])].every((p) => p.circles.includes("work"))).toBe(true);
	});
});

describe("a moved folder", () => {
	it("arrives as one rename per file and re-renders the shown view once", async () => {
		loaded = await loadPlugin(ring(40));
		const { app, plugin } = loaded;
		await runCommand(loaded, "open-reminders");
		const view = viewOf(app, REMINDERS_VIEW);
		const renames: string[] = [];
		app.vault.watch({ changed: () => {}, created: () => {}, deleted: () => {}, renamed: (p) => renames.push(p) });
		const renders = view.renders;
		await app.vault.rename("People", "Contacts");
		await plugin.feed.settle();
		expect(renames).toHaveLength(41);
		expect(view.renders).toBe(renders + 1);
		expect([...(plugin.feed.network()?.people.keys() ?? [])].every((p) => p.startsWith("Contacts/"))).toBe(true);
	});
});

describe("settings changed on disk (Sync, iCloud, git)", () => {
	it("reloads, re-indexes once, and writes nothing back", async () => {
		loaded = await loadPlugin(ring(5), { data: { logHeading: "Log" } });
		const { app, plugin } = loaded;
		const saves = vi.spyOn(plugin, "saveData");
		const rebuilds = vi.spyOn(plugin.feed, "rebuild");
		const synced = { logHeading: "Journal", peopleFolders: ["People"] };
		app.stubData.set("active-network", synced);
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		await plugin.onExternalSettingsChange();
		await plugin.onExternalSettingsChange();
		await vi.advanceTimersByTimeAsync(500);
		vi.useRealTimers();
		await plugin.feed.settle();
		expect(plugin.settings).toEqual(resolveSettings(synced));
		expect(rebuilds).toHaveBeenCalledTimes(1);
		expect(saves).not.toHaveBeenCalled();
		expect(app.stubData.get("active-network")).toEqual(synced);
	});

	it("does nothing when the file on disk says what the plugin already has", async () => {
		loaded = await loadPlugin(ring(5), { data: { logHeading: "Log" } });
		const rebuilds = vi.spyOn(loaded.plugin.feed, "rebuild");
		const saves = vi.spyOn(loaded.plugin, "saveData");
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		await loaded.plugin.onExternalSettingsChange();
		await vi.advanceTimersByTimeAsync(500);
		vi.useRealTimers();
		expect(rebuilds).not.toHaveBeenCalled();
		expect(saves).not.toHaveBeenCalled();
	});
});

describe("mobile", () => {
	it("adds no status bar item (there is none) and shows indexing progress in the open view", async () => {
		Platform.isMobile = true;
		Platform.isDesktop = false;
		let t = 0;
		loaded = await loadPlugin(ring(300), { noLayout: true, indexOptions: { sliceMs: 5, now: () => t++ } });
		const { app, plugin } = loaded;
		await runCommand(loaded, "open-reminders");
		const el = viewOf(app, REMINDERS_VIEW).contentEl;
		const seen: string[] = [];
		const observer = new MutationObserver(() => seen.push(el.textContent ?? ""));
		observer.observe(el, { childList: true, characterData: true, subtree: true });
		app.workspace.stubLayoutReady();
		await plugin.feed.settle();
		observer.disconnect();
		expect(app.statusBarEl.childElementCount).toBe(0);
		expect(seen.some((s) => /^Indexing \d+ of 300 notes…$/.test(s) && s !== "Indexing 0 of 300 notes…")).toBe(true);
		expect(plugin.feed.progress).toBeNull();
		expect(el.textContent).not.toContain("Indexing");
	});
});

describe("the stub's normalizePath", () => {
	it("does Unicode NFC like Obsidian's", () => {
		expect(normalizePath("People/Jose\u0301.md")).toBe("People/Jos\u00e9.md");
		expect(normalizePath("//People\\\\Ann.md/")).toBe("People/Ann.md");
	});
});
