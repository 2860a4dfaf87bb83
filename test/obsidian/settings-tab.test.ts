// @vitest-environment happy-dom
/** The settings tab: every setting is there, edits are saved, checked, and re-index the vault. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from "../../src/core";
import { COLD_VIEW } from "../../src/obsidian/views/view-types";
import { type PluginSettingTab, Setting } from "../obsidian-stub";
import { CONFIG, type Loaded, loadPlugin, rowsIn, runCommand, type, unload, VAULT, viewOf } from "./harness";

let loaded: Loaded | null = null;
afterEach(() => {
	vi.useRealTimers();
	unload(loaded);
	loaded = null;
});

function tab(l: Loaded): PluginSettingTab {
	const t = l.app.stubSettingTabs[0];
	if (!t) throw new Error("no settings tab");
	t.display();
	return t;
}

function field(t: PluginSettingTab, key: keyof Settings): HTMLInputElement | HTMLTextAreaElement {
	const el = t.containerEl.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-setting="${key}"]`);
	if (!el) throw new Error(`no field for ${key}`);
	return el;
}

function stored(l: Loaded): Record<string, unknown> {
	return l.app.stubData.get("active-network") as Record<string, unknown>;
}

describe("settings tab", () => {
	it("has a field for every setting, under headings, showing the current values", async () => {
		loaded = await loadPlugin();
		const t = tab(loaded);
		const items = [...t.containerEl.querySelectorAll(".setting-item")].map((s) => (s.classList.contains("setting-item-heading") ? `# ${s.querySelector(".setting-item-name")?.textContent}` : s.querySelector(".setting-item-name")?.textContent));
		expect(items).toEqual([
			"# Who is a person",
			"Frontmatter keys",
			"Values",
			"Tags",
			"People folders",
			"Excluded folders",
			"# Cadence",
			"Default cadence",
			"Cadence per circle",
			"# Daily notes",
			"Daily note format",
			"Daily note folder",
			"Insert today's touchpoints as",
			"# Reminders",
			"Promise horizon",
			"Birthday horizon",
			"# Writing",
			"Log heading",
			"New person folder",
			"Person template",
			"# Calendar",
			"Calendar file",
			"Keep the calendar current",
			"Alarm",
			"# Give and take",
			"One-sided after",
		]);
		const keys = [...t.containerEl.querySelectorAll<HTMLElement>("[data-setting]")].map((e) => e.dataset.setting).sort();
		expect(keys).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
		expect(field(t, "personKeys").value).toBe("type, category, categories");
		expect(field(t, "circleCadences").value).toBe("family: 14d\nfriends: 30d\nclients: 30d\ncolleagues: 60d\npeers: 90d\nneighbors: 90d\nclassmates: 180d");
		expect(field(t, "promiseHorizonDays").value).toBe("3");
		// Empty daily-note settings show what the Daily notes plugin says.
		expect(field(t, "dailyNoteFormat").getAttribute("placeholder")).toBe("YYYY-MM-DD");
		expect(field(t, "dailyNoteFolder").getAttribute("placeholder")).toBe("Daily");
		expect(field(t, "personTemplate").value).toBe("");
	});

	it("saves lists, folders and numbers, and ignores a number that is not one", async () => {
		loaded = await loadPlugin();
		const t = tab(loaded);
		type(field(t, "personTags"), "person, #friend ,  ");
		type(field(t, "peopleFolders"), "Contacts/\n\n/Clients//Active\n");
		type(field(t, "birthdayHorizonDays"), "14");
		type(field(t, "promiseHorizonDays"), "soon");
		type(field(t, "logHeading"), "  Contact log ");
		expect(field(t, "promiseHorizonDays").classList.contains("active-network-invalid")).toBe(true);
		expect(loaded.plugin.settings).toMatchObject({ personTags: ["person", "friend"], peopleFolders: ["Contacts", "Clients/Active"], birthdayHorizonDays: 14, promiseHorizonDays: 3, logHeading: "Contact log" });
		expect(resolveSettings(stored(loaded))).toEqual(loaded.plugin.settings);
	});

	it("saves the calendar's file, auto-update and alarm, and keeps the last good value of an invalid one", async () => {
		loaded = await loadPlugin();
		const t = tab(loaded);
		expect(field(t, "calendarPath").value).toBe("Active Network/reminders.ics");
		expect(field(t, "calendarAlarm").value).toBe("none");
		type(field(t, "calendarAlarm"), "25:00");
		expect(field(t, "calendarAlarm").classList.contains("active-network-invalid")).toBe(true);
		expect(t.containerEl.textContent).toContain('"25:00" is not a time');
		expect(loaded.plugin.settings.calendarAlarm).toBe("none");
		type(field(t, "calendarAlarm"), " 08:30 ");
		type(field(t, "calendarPath"), "Phone/reminders.txt");
		expect(field(t, "calendarPath").classList.contains("active-network-invalid")).toBe(true);
		type(field(t, "calendarPath"), "Phone/people.ics");
		const auto = t.containerEl.querySelector<HTMLSelectElement>('[data-setting="calendarAutoUpdate"]') as HTMLSelectElement;
		expect(auto.value).toBe("off");
		auto.value = "on";
		auto.dispatchEvent(new Event("change"));
		expect(loaded.plugin.settings).toMatchObject({ calendarAlarm: "08:30", calendarPath: "Phone/people.ics", calendarAutoUpdate: true });
		expect(resolveSettings(stored(loaded))).toEqual(loaded.plugin.settings);
	});

	it("edits cadences per circle, remembers removed defaults, and reports lines it cannot read", async () => {
		loaded = await loadPlugin();
		const t = tab(loaded);
		type(field(t, "circleCadences"), "Friends: 7d\nclients: monthly\nbook club: every 2 weeks\nfamily: sometimes\nno colon here");
		expect(loaded.plugin.settings.circleCadences).toEqual({ friends: "7d", clients: "monthly", "book club": "every 2 weeks" });
		expect(stored(loaded).circleCadences).toMatchObject({ family: null, colleagues: null, friends: "7d" });
		expect(resolveSettings(stored(loaded)).circleCadences).toEqual({ friends: "7d", clients: "monthly", "book club": "every 2 weeks" });
		expect(t.containerEl.querySelector(".active-network-form-error")?.textContent).toBe("Not understood, left out: family: sometimes; no colon here");
	});

	it("re-indexes after a change: a new excluded folder empties the cold list of its people", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-cold-relationships");
		const t = tab(loaded);
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		type(field(t, "excludedFolders"), "People");
		await vi.advanceTimersByTimeAsync(500);
		vi.useRealTimers();
		await loaded.plugin.feed.settle();
		expect(rowsIn(viewOf(loaded.app, COLD_VIEW).contentEl)).toEqual([]);
		expect(viewOf(loaded.app, COLD_VIEW).contentEl.textContent).toContain("No people yet");
	});

	it("gives settings search the daily-note format the index read, not the one known before it", async () => {
		const config = { ...CONFIG, ".obsidian/daily-notes.json": JSON.stringify({ format: "DD.MM.YYYY", folder: "Daily" }) };
		loaded = await loadPlugin(VAULT, { config, noLayout: true });
		const t = loaded.app.stubSettingTabs[0] as unknown as { settingItems: { heading: string; items: { name: string; desc: string }[] }[] };
		const formatDesc = () => t.settingItems.find((g) => g.heading === "Daily notes")?.items[0]?.desc;
		expect(formatDesc()).toContain("now YYYY-MM-DD.");
		loaded.app.workspace.stubLayoutReady();
		await loaded.plugin.feed.settle();
		expect(formatDesc()).toContain("now DD.MM.YYYY.");
	});

	it("declares the same settings for Obsidian 1.13's settings search, rendered by the same code", async () => {
		loaded = await loadPlugin();
		const t = loaded.app.stubSettingTabs[0] as unknown as {
			getSettingDefinitions(): { type: string; heading: string; items: { name: string; desc: string; render: (s: Setting) => void }[] }[];
		};
		const defs = t.getSettingDefinitions();
		expect(defs.map((g) => [g.type, g.heading, g.items.length])).toEqual([
			["group", "Who is a person", 5],
			["group", "Cadence", 2],
			["group", "Daily notes", 3],
			["group", "Reminders", 2],
			["group", "Writing", 3],
			["group", "Calendar", 3],
			["group", "Give and take", 1],
		]);
		const host = createDiv();
		const setting = new Setting(host);
		defs[4]?.items[0]?.render(setting);
		const input = host.querySelector<HTMLInputElement>('[data-setting="logHeading"]') as HTMLInputElement;
		expect(input.value).toBe("Log");
		type(input, "Touchpoints");
		expect(loaded.plugin.settings.logHeading).toBe("Touchpoints");
	});

	it("starts from stored data that is old, partial or hand-edited", async () => {
		loaded = await loadPlugin(VAULT, { data: { promiseHorizonDays: "three", personTags: ["#person"], circleCadences: { family: null, pals: "2w" } } });
		expect(loaded.plugin.settings.promiseHorizonDays).toBe(3);
		expect(loaded.plugin.settings.personTags).toEqual(["person"]);
		expect(loaded.plugin.settings.circleCadences.family).toBeUndefined();
		expect(loaded.plugin.settings.circleCadences.pals).toBe("2w");
	});
});
