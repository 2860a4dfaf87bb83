// @vitest-environment happy-dom
/** The Bases view, Obsidian's command line and plugin.api, and that older apps do without the newer hooks. */
import { afterEach, describe, expect, it } from "vitest";
import type { ActiveNetworkApi } from "../../src/obsidian/api/types";
import { BASES_VIEW } from "../../src/obsidian/bases/relationships-view";
import { cli, tempVault } from "../cli/helpers";
import { BasesViewConfig, QueryController, stubApp, TFile } from "../obsidian-stub";
import { CONFIG, click, type Loaded, loadPlugin, rowsIn, sectionsIn, unload, VAULT } from "./harness";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
	stubApp.apiVersion = "1.12.2";
});

function entry(path: string) {
	const file = Object.assign(new TFile(), { path, extension: "md" });
	return { file, getValue: () => null };
}

/** Makes the Relationships view as Bases does, hands it entries and asks it to draw. */
function basesView(l: Loaded, paths: string[], options: Record<string, unknown> = {}) {
	const reg = l.app.stubBasesViews.get(BASES_VIEW);
	if (!reg) throw new Error("no Bases view");
	const el = document.body.createDiv();
	const view = reg.factory(new QueryController(), el) as ReturnType<typeof reg.factory> & { renders: number };
	view.config = new BasesViewConfig(options);
	view.data = { data: paths.map(entry) };
	(l.plugin as unknown as { addChild(c: unknown): void }).addChild(view);
	view.onDataUpdated();
	return { el, view };
}

describe("the Relationships Bases view", () => {
	it("lists the base's people by urgency with status, last contact, due and promises; the rest plainly", async () => {
		loaded = await loadPlugin();
		const { el } = basesView(loaded, ["People/Sam Patel.md", "Notes/Plan.md", "People/Grace Kim.md", "People/Maya Lopez.md", "People/Robert Chen.md"]);
		expect(sectionsIn(el).map((s) => s.title)).toEqual(["Relationships 4", "Not people 1"]);
		const rows = rowsIn(el);
		expect(rows.map((r) => r.who)).toEqual(["Maya Lopez (friends)", "Grace Kim (friends)", "Sam Patel (clients)", "Robert Chen (family)"]);
		expect(rows[0]?.why).toBe("Cold · Every 2 weeks · 1 open promise, 1 overdue");
		expect(rows[0]?.when).toBe("Last contact 23 days ago, 9 days overdue · due 2026-11-16");
		expect(rows[0]?.actions).toEqual(["Log touchpoint", "Snooze"]);
		expect(rows[3]?.why.startsWith("Snoozed")).toBe(true);
		expect(el.querySelector(".active-network-bases-other")?.textContent).toBe("Notes/Plan");
	});

	it("honours its options: without never-contacted people, one circle", async () => {
		loaded = await loadPlugin();
		const all = ["People/Sam Patel.md", "People/Grace Kim.md", "People/Maya Lopez.md"];
		expect(rowsIn(basesView(loaded, all, { includeNever: false }).el).map((r) => r.who)).toEqual(["Maya Lopez (friends)", "Sam Patel (clients)"]);
		expect(rowsIn(basesView(loaded, all, { circle: "Clients" }).el).map((r) => r.who)).toEqual(["Sam Patel (clients)"]);
	});

	it("redraws when the index changes and opens a note on click", async () => {
		loaded = await loadPlugin();
		const { el, view } = basesView(loaded, ["People/Grace Kim.md"]);
		const before = view.renders;
		await loaded.app.vault.modify("People/Grace Kim.md", "---\ntype: person\ncircle: friends\nlast_contact: 2026-11-24\n---\n");
		await loaded.plugin.feed.settle();
		expect(view.renders).toBeGreaterThan(before);
		expect(rowsIn(el)[0]?.why.startsWith("On track")).toBe(true);
		click(el.querySelector(".active-network-row") as HTMLElement);
		await loaded.plugin.feed.settle();
		expect(loaded.app.workspace.opened.map((o) => o.path)).toEqual(["People/Grace Kim.md"]);
	});
});

describe("the Relationships Bases view's rhythm", () => {
	it("says each person's rhythm, and the drift once it is more than twice that", async () => {
		loaded = await loadPlugin();
		// Robert Chen: four days two weeks apart, the last 14 days before today (2026-11-25): on rhythm.
		for (const d of ["2026-10-14", "2026-10-28", "2026-11-11"]) await loaded.app.vault.create(`Daily/${d}.md`, "Lunch with [[Robert Chen]].\n");
		await loaded.app.vault.create("Daily/2026-09-30.md", "Lunch with [[Robert Chen]].\n");
		// Grace Kim: weekly in September, nothing since: drifted.
		for (const d of ["2026-09-01", "2026-09-08", "2026-09-15", "2026-09-22"]) await loaded.app.vault.create(`Meetings/${d} Walk.md`, "---\ndate: " + d + "\n---\nWalk with [[Grace Kim]].\n");
		await loaded.plugin.feed.settle();
		const rows = rowsIn(basesView(loaded, ["People/Robert Chen.md", "People/Grace Kim.md", "People/Sam Patel.md"]).el);
		const why = (who: string) => rows.find((r) => r.who.startsWith(who))?.why ?? "";
		expect(why("Robert Chen")).toContain("usually every 2 weeks");
		expect(why("Grace Kim")).toContain("usually every 7 days, now 64 days");
		expect(why("Sam Patel")).not.toContain("usually");
	});
});

describe("Obsidian's command line", () => {
	it("prints the same text and JSON as the terminal command", async () => {
		loaded = await loadPlugin();
		const dir = tempVault({ ...VAULT, ...CONFIG });
		for (const name of ["people", "cold", "promises", "touchpoints", "check"]) {
			const handler = loaded.app.stubCli.get(`active-network:${name}`)?.handler;
			if (!handler) throw new Error(`no handler ${name}`);
			const terminal = cli([name, dir, "--today", "2026-11-25"]);
			expect(`${await handler({})}\n`, name).toBe(terminal.out);
			expect(JSON.parse(await handler({ json: "true" })), name).toEqual(cli([name, dir, "--today", "2026-11-25", "--json"]).json());
			expect(`${await handler({ limit: "1" })}\n`, name).toBe(cli([name, dir, "--today", "2026-11-25", "--limit", "1"]).out);
		}
		expect(await loaded.app.stubCli.get("active-network:cold")?.handler({ limit: "zero" })).toBe('error: --limit must be a whole number of 1 or more, not "zero"');
		expect(await loaded.app.stubCli.get("active-network")?.handler({})).toContain("5 people, 2 cold, 1 never contacted");
		expect(loaded.app.stubCli.get("active-network:people")?.flags).toHaveProperty("json");
	});
});

describe("plugin.api", () => {
	it("answers with plain copies, and changing one changes nothing", async () => {
		loaded = await loadPlugin();
		const api: ActiveNetworkApi = loaded.plugin.api;
		expect(api.version).toBe("1.0.0");
		expect(Object.isFrozen(api)).toBe(true);
		expect(api.ready()).toBe(true);
		const people = api.people();
		expect(people.map((p) => p.name)).toContain("Maya Lopez");
		people[0]!.name = "changed";
		expect(api.people()[0]?.name).not.toBe("changed");
		const maya = api.person("People/Maya Lopez.md");
		expect(maya).toMatchObject({ name: "Maya Lopez", status: "cold", needs: ["an accountant who knows Portuguese tax"], balance: { gave: 0, got: 1 } });
		expect(maya?.touchpoints[0]).toMatchObject({ date: "2026-11-02", kind: "log" });
		maya!.touchpoints.length = 0;
		expect(api.person("Maya Lopez")?.touchpoints.length).toBe(2);
		expect(api.person("Notes/Plan.md")).toBeNull();
		expect(api.cold().never.map((n) => n.name)).toEqual(["Grace Kim"]);
		expect(api.promises({ direction: "theirs" }).map((p) => p.text)).toEqual(["Sam sends the signed statement of work #waiting 📅 2026-11-27"]);
		expect(api.promises({ overdue: true }).every((p) => p.overdue)).toBe(true);
		expect(api.promises({ dueWithinDays: 2, direction: "theirs" }).map((p) => p.file)).toEqual(["People/Sam Patel.md"]);
		expect(api.promises({ dueWithinDays: 1, direction: "theirs" })).toEqual([]);
		expect(api.touchpoints(2)).toHaveLength(2);
		expect(api.graph().nodes.length).toBe(5);
		expect(() => JSON.stringify(api.graph())).not.toThrow();
	});

	it("calls onChange after each change until unsubscribed", async () => {
		loaded = await loadPlugin();
		let calls = 0;
		const off = loaded.plugin.api.onChange(() => calls++);
		await loaded.app.vault.modify("People/Grace Kim.md", "---\ntype: person\nlast_contact: 2026-11-24\n---\n");
		await loaded.plugin.feed.settle();
		expect(calls).toBeGreaterThan(0);
		const seen = calls;
		off();
		await loaded.app.vault.modify("People/Grace Kim.md", "---\ntype: person\n---\n");
		await loaded.plugin.feed.settle();
		expect(calls).toBe(seen);
	});
});

describe("older apps", () => {
	it("get the block, the command and the api, but no Bases view (before 1.10) and no command line (before 1.12.2)", async () => {
		stubApp.apiVersion = "1.9.0";
		loaded = await loadPlugin();
		expect(loaded.app.stubCodeBlocks.has("active-network")).toBe(true);
		expect(loaded.app.stubCommands.has("active-network:insert-todays-touchpoints")).toBe(true);
		expect(loaded.app.stubBasesViews.size).toBe(0);
		expect(loaded.app.stubCli.size).toBe(0);
		expect(loaded.plugin.api.people().length).toBe(5);
		unload(loaded);
		stubApp.apiVersion = "1.11.0";
		loaded = await loadPlugin();
		expect(loaded.app.stubBasesViews.has(BASES_VIEW)).toBe(true);
		expect(loaded.app.stubCli.size).toBe(0);
	});
});
