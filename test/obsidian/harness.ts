/**
 * Loads the plugin into a FakeApp with a fixture vault, as Obsidian would: onload, then layout ready,
 * then the first build. The plugin gets the fakes of its narrow doors (FakeApp.ports). Helpers read what
 * the views show and act like a user (click, keys).
 */
import type { App as ObsidianApp, PluginManifest as ObsidianManifest } from "obsidian";
import ActiveNetworkPlugin from "../../src/main";
import type { NetworkView } from "../../src/obsidian/views/network-view";
import type { LiveIndexOptions } from "../../src/obsidian/live-index";
import { Modal, Notice } from "../obsidian-stub";
import { FakeApp, type FakeLeaf, runCommandById } from "./fakes";

export const TODAY = "2026-11-25";

export const MANIFEST = { id: "active-network", name: "Active Network", version: "0.1.0", minAppVersion: "1.4.10" };

/** Obsidian's own settings in the fixture: a templates folder and ISO daily notes in Daily/. */
export const CONFIG: Record<string, string> = {
	".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
	".obsidian/daily-notes.json": JSON.stringify({ format: "YYYY-MM-DD", folder: "Daily" }),
};

/** A small vault on 2026-11-25: cold friends, promises both ways, a birthday, a snoozed person. */
export const VAULT: Record<string, string> = {
	"People/Maya Lopez.md": [
		"---",
		"type: person",
		"circle: friends",
		"cadence: 2w",
		"birthday: 1990-11-29",
		"needs: an accountant who knows Portuguese tax",
		"---",
		"# Maya Lopez",
		"",
		"## Log",
		"- 2026-11-02 coffee, talked about her move",
		"- 2026-10-15 call about the print fair #got",
		"",
		"## Promises",
		"- [ ] Find Maya an accountant 📅 2026-11-20",
		"",
	].join("\n"),
	"People/Sam Patel.md": [
		"---",
		"type: person",
		"circle: clients",
		"cadence: biweekly",
		"---",
		"## Log",
		"- 2026-11-20 lunch at the roastery",
		"",
		"## Promises",
		"- [ ] Sam sends the signed statement of work #waiting 📅 2026-11-27",
		"",
	].join("\n"),
	"People/Grace Kim.md": ["---", "type: person", "circle: friends", "---", "Met at the print fair.", ""].join("\n"),
	"People/Jonas Weber.md": ["---", "type: person", "circle: colleagues", "---", "## Log", "- 2026-08-01 team offsite", ""].join("\n"),
	"People/Robert Chen.md": [
		"---",
		"type: person",
		"circle: family",
		"snooze_until: 2026-12-31",
		"---",
		"## Log",
		"- 2026-06-01 dinner",
		"- [ ] Call Robert about the boat 📅 2026-11-01",
		"",
	].join("\n"),
	"Daily/2026-11-19.md": "Quick call with [[Sam Patel]] about the quote.\n",
	"Notes/Plan.md": "# Plan\n\n- [ ] Send [[Jonas Weber]] the slides\n",
	"Templates/Person.md": "---\ntype: person\ncircle:\n---\n## Log\n- \n",
};

export interface Loaded {
	app: FakeApp;
	plugin: ActiveNetworkPlugin;
}

export interface LoadOptions {
	today?: string;
	data?: unknown;
	config?: Record<string, string>;
	/** Leave the layout not ready (to check nothing is read before it is). */
	noLayout?: boolean;
	/** The live index's pacing (an injected clock, slices). */
	indexOptions?: LiveIndexOptions;
	/** Obsidian's startup flood: `changed` for every note after layout-ready (FakeVault.startupFlood). */
	startupFlood?: boolean;
}

/** Starts the plugin on a fixture vault, as Obsidian does, and waits for the first build. */
export async function loadPlugin(files: Record<string, string> = VAULT, options: LoadOptions = {}): Promise<Loaded> {
	Notice.stubAll = [];
	Modal.stubOpen = [];
	const app = new FakeApp(files, options.config ?? CONFIG);
	if (options.data !== undefined) app.stubData.set(MANIFEST.id, options.data);
	const plugin = new ActiveNetworkPlugin(app as unknown as ObsidianApp, MANIFEST as ObsidianManifest);
	plugin.portsFor = () => app.ports();
	// A clock that never moves unless a test brings its own: no slice of the index ends early because this
	// machine is slow, so no test depends on its speed (the slicing tests inject a counting clock).
	plugin.indexOptions = { now: () => 0, ...options.indexOptions };
	app.vault.startupFlood = options.startupFlood ?? false;
	const today = options.today ?? TODAY;
	plugin.today = () => today;
	plugin.load();
	await (plugin as unknown as { stubOnload: Promise<void> }).stubOnload;
	// The vault's events arrive after the write that caused them (as in Obsidian): a test that settles
	// the feed right after a click waits for them first.
	const settle = plugin.feed.settle.bind(plugin.feed);
	plugin.feed.settle = async () => {
		await app.vault.delivered();
		await settle();
	};
	if (!options.noLayout) {
		app.workspace.stubLayoutReady();
		await plugin.feed.settle();
	}
	return { app, plugin };
}

export function unload(loaded: Loaded | null): void {
	loaded?.plugin.unload();
	for (const m of [...Modal.stubOpen]) m.close();
	document.body.empty();
}

/** Runs a command by its id (without the plugin id) and waits for what it started. */
export async function runCommand(loaded: Loaded, id: string): Promise<void> {
	runCommandById(loaded.app, `${MANIFEST.id}:${id}`);
	await tick();
}

/** Lets pending promises and zero-delay timers run. */
export async function tick(): Promise<void> {
	for (let i = 0; i < 3; i++) await new Promise((r) => window.setTimeout(r, 0));
}

export function leafOf(app: FakeApp, type: string): FakeLeaf {
	const leaf = app.workspace.getLeavesOfType(type)[0];
	if (!leaf) throw new Error(`no leaf of type ${type}`);
	return leaf;
}

export function viewOf(app: FakeApp, type: string): NetworkView {
	return leafOf(app, type).view as unknown as NetworkView;
}

export interface ShownRow {
	who: string;
	why: string;
	when: string;
	actions: string[];
}

export function rowsIn(el: Element): ShownRow[] {
	return [...el.querySelectorAll(".active-network-row")].map((r) => ({
		who: r.querySelector(".active-network-row-who")?.textContent ?? "",
		why: r.querySelector(".active-network-row-why")?.textContent ?? "",
		when: r.querySelector(".active-network-row-when")?.textContent ?? "",
		actions: [...r.querySelectorAll(".active-network-action")].map((a) => a.getAttribute("aria-label") ?? ""),
	}));
}

/** Each section's title (with its count) and its rows. */
export function sectionsIn(el: Element): { title: string; rows: ShownRow[] }[] {
	return [...el.querySelectorAll(".active-network-section")].map((s) => ({
		title: [...(s.querySelector(".active-network-section-title")?.children ?? [])].map((c) => c.textContent).join(" "),
		rows: rowsIn(s),
	}));
}

export function rowOf(el: Element, who: string, why?: string): HTMLElement {
	const row = [...el.querySelectorAll<HTMLElement>(".active-network-row")].find(
		(r) => r.querySelector(".active-network-row-who")?.textContent === who && (why === undefined || (r.querySelector(".active-network-row-why")?.textContent ?? "").includes(why)),
	);
	if (!row) throw new Error(`no row for ${who}`);
	return row;
}

export function click(el: Element, init: MouseEventInit = {}): void {
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}

export function press(el: Element, key: string, init: KeyboardEventInit = {}): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
}

export function action(row: Element, label: string): HTMLElement {
	const a = [...row.querySelectorAll<HTMLElement>(".active-network-action")].find((x) => x.getAttribute("aria-label") === label);
	if (!a) throw new Error(`no action ${label}`);
	return a;
}

export function topModal(): Modal {
	const m = Modal.stubOpen[Modal.stubOpen.length - 1];
	if (!m) throw new Error("no modal open");
	return m;
}

/** Types into an input and fires `input`, as a user would. */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

export function choose(select: HTMLSelectElement, value: string): void {
	select.value = value;
	select.dispatchEvent(new Event("change", { bubbles: true }));
}

export function notices(): string[] {
	return Notice.stubAll.map((n) => n.stubText);
}
