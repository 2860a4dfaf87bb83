// @vitest-environment happy-dom
/**
 * The people graph view, with a stand-in surface (happy-dom has no WebGL; the drawing itself is checked
 * in Chromium): what it shows (only people, colours by circle, sizes by degree, cold faded), hover and
 * click, filters, the layout, updates from the vault, and the message where WebGL is missing.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { networkCommunities } from "../../src/core";
import type { PeopleGraphModel } from "../../src/obsidian/graph/model";
import { COLD_FADE, nodeSize } from "../../src/obsidian/graph/model";
import { hasWebGL, pointerOf } from "../../src/obsidian/graph/surface";
import { FALLBACK_THEME, mix } from "../../src/obsidian/graph/theme";
import type { PeopleGraphView } from "../../src/obsidian/views/graph-view";
import { GRAPH_VIEW } from "../../src/obsidian/views/view-types";
import { type FakeSurface, fakeSurfaces } from "./graph-harness";
import { choose, leafOf, type Loaded, loadPlugin, runCommand, tick, unload } from "./harness";

/** People joined every way the conventions know: links, together, met through, an introduction. */
const GRAPH_VAULT: Record<string, string> = {
	"People/Maya Lopez.md": ["---", "type: person", "circle: friends", "cadence: 2w", "---", "## Log", "- 2026-11-02 coffee with [[Grace Kim]]", ""].join("\n"),
	"People/Grace Kim.md": ["---", "type: person", "circle: friends", "---", "## Log", "- 2026-11-10 print fair", ""].join("\n"),
	"People/Sam Patel.md": ["---", "type: person", "circle: clients", "---", "## Log", "- 2026-11-18 call", ""].join("\n"),
	"People/Jonas Weber.md": ["---", "type: person", "circle: colleagues", 'met_through: "[[Sam Patel]]"', "---", "## Log", "- 2026-08-01 team offsite", ""].join("\n"),
	"People/Ada.md": ["---", "type: person", "---", ""].join("\n"),
	"Daily/2026-11-20.md": "Lunch with [[Sam Patel]] and [[Maya Lopez]].\n",
	"Notes/Intros.md": "- [ ] Introduce [[Grace Kim]] to [[Jonas Weber]] #intro\n",
};

const MAYA = "People/Maya Lopez.md";
const GRACE = "People/Grace Kim.md";
const SAM = "People/Sam Patel.md";
const JONAS = "People/Jonas Weber.md";
const ADA = "People/Ada.md";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

async function openGraph(l: Loaded): Promise<PeopleGraphView> {
	await runCommand(l, "open-people-graph");
	return leafOf(l.app, GRAPH_VIEW).view as unknown as PeopleGraphView;
}

function model(view: PeopleGraphView): PeopleGraphModel {
	if (!view.model) throw new Error("no model");
	return view.model;
}

function edges(m: PeopleGraphModel): string[] {
	return m.graph.mapEdges((_e, a, s, t) => `${s.replace(/^People\/|\.md$/g, "")} - ${t.replace(/^People\/|\.md$/g, "")}: ${a.kinds.join(",")}`).sort();
}

describe("People graph view", () => {
	it("opens in a tab of the main area from its command, and reuses it", async () => {
		loaded = await loadPlugin(GRAPH_VAULT);
		fakeSurfaces(loaded);
		await openGraph(loaded);
		await openGraph(loaded);
		const leaves = loaded.app.workspace.getLeavesOfType(GRAPH_VIEW);
		expect(leaves).toHaveLength(1);
		expect(leaves[0]?.side).toBe("main");
		expect(leaves[0]?.view?.getDisplayText()).toBe("People graph");
	});

	it("shows only people and their connections, coloured by circle, sized by degree, the cold faded", async () => {
		loaded = await loadPlugin(GRAPH_VAULT);
		const surfaces = fakeSurfaces(loaded);
		const view = await openGraph(loaded);
		await tick();
		const m = model(view);
		expect(m.graph.nodes().sort()).toEqual([ADA, GRACE, JONAS, MAYA, SAM]);
		expect(edges(m)).toEqual(["Grace Kim - Jonas Weber: intro", "Grace Kim - Maya Lopez: link,together", "Jonas Weber - Sam Patel: met_through", "Maya Lopez - Sam Patel: together"]);
		// Busiest circle first in the palette (friends: 2 people), then by name; no circle is grey.
		const swatch = (p: string) => m.graph.getNodeAttribute(p, "color");
		expect(swatch(MAYA)).toBe(FALLBACK_THEME.palette[0]);
		expect(swatch(GRACE)).toBe(FALLBACK_THEME.palette[0]);
		expect(swatch(SAM)).toBe(FALLBACK_THEME.palette[1]);
		expect(swatch(ADA)).toBe(FALLBACK_THEME.none);
		// Jonas is past his colleagues' cadence (60 days since 2026-08-01): faded towards the background.
		expect(m.graph.getNodeAttribute(JONAS, "cold")).toBe(true);
		expect(swatch(JONAS)).toBe(mix(FALLBACK_THEME.palette[2] as string, FALLBACK_THEME.background, COLD_FADE));
		expect(m.graph.getNodeAttribute(MAYA, "size")).toBe(nodeSize(2));
		expect(m.graph.getNodeAttribute(ADA, "size")).toBe(nodeSize(0));
		expect(m.graph.getNodeAttribute(MAYA, "size")).toBeGreaterThan(m.graph.getNodeAttribute(ADA, "size"));
		expect(m.nodeLook(JONAS).zIndex).toBeLessThan(m.nodeLook(MAYA).zIndex);
		// The surface draws that very graph; the legend and the status line say what is shown.
		expect(surfaces).toHaveLength(1);
		expect(surfaces[0]?.graphs.at(-1)).toBe(m.graph);
		expect(surfaces[0]?.container.hasClass("active-network-graph-stage")).toBe(true);
		const legend = [...view.contentEl.querySelectorAll(".active-network-graph-legend-item")].map((e) => e.textContent);
		expect(legend).toEqual(["friends2", "clients1", "colleagues1", "No circle1"]);
		expect(view.contentEl.querySelector(".active-network-graph-swatch")?.className).toBe("active-network-graph-swatch active-network-graph-ink mod-palette-0");
		await view.settleLayout();
		expect(view.contentEl.querySelector(".active-network-graph-status")?.textContent).toBe("5 people, 4 connections, 1 cold person faded");
	});

	it("highlights a person's neighbours on hover, and opens the note on click (a tap highlights first)", async () => {
		loaded = await loadPlugin(GRAPH_VAULT);
		const surfaces = fakeSurfaces(loaded);
		const view = await openGraph(loaded);
		await tick();
		const surface = surfaces[0] as FakeSurface;
		const m = model(view);
		const before = surface.refreshes;
		surface.events.hover(MAYA);
		expect(m.highlighted()).toEqual([GRACE, MAYA, SAM]);
		expect(surface.refreshes).toBe(before + 1);
		expect(m.nodeLook(GRACE)).toMatchObject({ forceLabel: true, highlighted: false, label: "Grace Kim" });
		expect(m.nodeLook(MAYA)).toMatchObject({ highlighted: true });
		expect(m.nodeLook(JONAS)).toMatchObject({ label: null, zIndex: 0 });
		expect(m.nodeLook(JONAS).color).not.toBe(m.graph.getNodeAttribute(JONAS, "color"));
		const edge = (s: string, t: string) => m.graph.edge(s, t) as string;
		expect(m.edgeLook(edge(MAYA, GRACE))).toMatchObject({ color: FALLBACK_THEME.accent, hidden: false });
		expect(m.edgeLook(edge(SAM, JONAS))).toMatchObject({ hidden: true });
		surface.events.hover(null);
		expect(m.highlighted()).toEqual([]);
		expect(m.nodeLook(JONAS).label).toBe("Jonas Weber");
		expect(m.edgeLook(edge(SAM, JONAS)).hidden).toBe(false);

		surface.events.click(GRACE, new MouseEvent("click"), false);
		await tick();
		expect(loaded.app.workspace.opened.map((o) => o.path)).toEqual([GRACE]);
		surface.events.click(SAM, null, true);
		await tick();
		expect(m.highlighted()).toEqual([JONAS, MAYA, SAM]);
		expect(loaded.app.workspace.opened.map((o) => o.path)).toEqual([GRACE]);
		surface.events.click(SAM, null, true);
		await tick();
		expect(loaded.app.workspace.opened.map((o) => o.path)).toEqual([GRACE, SAM]);
		surface.events.clickStage();
		expect(m.hovered).toBeNull();
	});

	it("on touch, a tap selects even when sigma reported the finger over the person first; a second tap or the button opens", async () => {
		loaded = await loadPlugin(GRAPH_VAULT);
		const surfaces = fakeSurfaces(loaded);
		const view = await openGraph(loaded);
		await tick();
		const surface = surfaces[0] as FakeSurface;
		const bar = () => view.contentEl.querySelector(".active-network-graph-selected") as HTMLElement;
		// sigma fires enterNode just before the tap on a touch screen.
		surface.events.hover(MAYA);
		surface.events.click(MAYA, null, true);
		await tick();
		expect(loaded.app.workspace.opened).toEqual([]);
		expect(model(view).highlighted()).toEqual([GRACE, MAYA, SAM]);
		expect(bar().textContent).toBe("Maya LopezOpen note");
		surface.events.click(MAYA, null, true);
		await tick();
		expect(loaded.app.workspace.opened.map((o) => o.path)).toEqual([MAYA]);
		surface.events.click(GRACE, null, true);
		(bar().querySelector("button") as HTMLButtonElement).click();
		await tick();
		expect(loaded.app.workspace.opened.map((o) => o.path)).toEqual([MAYA, GRACE]);
		surface.events.clickStage();
		expect(view.taps.selected).toBeNull();
		expect(bar().textContent).toBe("");
	});

	it("takes a mouse event from a popout window (another window's MouseEvent) for Mod-click, without instanceof", () => {
		const fromPopout = { button: 0, ctrlKey: true, metaKey: false, clientX: 3 };
		expect(fromPopout instanceof MouseEvent).toBe(false);
		expect(pointerOf(fromPopout)).toEqual({ evt: fromPopout, touch: false });
		expect(pointerOf({ touches: [] })).toEqual({ evt: null, touch: true });
		expect(pointerOf(null)).toEqual({ evt: null, touch: false });
	});

	it("frees the WebGL context its probe made (iOS allows only a few)", () => {
		const lose = vi.fn();
		const gl = { getExtension: (name: string) => (name === "WEBGL_lose_context" ? { loseContext: lose } : null) };
		const spy = vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(((kind: string) => (kind === "webgl2" ? gl : null)) as never);
		expect(hasWebGL()).toBe(true);
		expect(lose).toHaveBeenCalledTimes(1);
		spy.mockImplementation((() => null) as never);
		expect(hasWebGL()).toBe(false);
		spy.mockRestore();
	});

	it("groups the starting positions by the core's communities of the filtered network (no Louvain of its own)", async () => {
		loaded = await loadPlugin(GRAPH_VAULT);
		fakeSurfaces(loaded);
		const view = await openGraph(loaded);
		await tick();
		const network = loaded.plugin.feed.network();
		if (!network) throw new Error("no network");
		const core = networkCommunities(network, { circles: [], kinds: [] }).community;
		const m = model(view);
		m.graph.forEachNode((id, a) => expect(a.community).toBe(core.get(id)));
		expect(m.graph.order).toBeGreaterThan(0);
	});

	it("filters by circle and by kind of connection", async () => {
		loaded = await loadPlugin(GRAPH_VAULT);
		const surfaces = fakeSurfaces(loaded);
		const view = await openGraph(loaded);
		await tick();
		const el = view.contentEl;
		const circle = el.querySelector<HTMLSelectElement>(".active-network-filter-circle") as HTMLSelectElement;
		const kind = el.querySelector<HTMLSelectElement>(".active-network-filter-kind") as HTMLSelectElement;
		expect([...circle.options].map((o) => o.value)).toEqual(["", "clients", "colleagues", "friends"]);
		expect([...kind.options].map((o) => o.text)).toEqual(["All connections", "Links between their notes", "Met together", "Met through", "Introductions"]);
		choose(circle, "friends");
		expect(model(view).graph.nodes().sort()).toEqual([GRACE, MAYA]);
		expect(edges(model(view))).toEqual(["Grace Kim - Maya Lopez: link,together"]);
		// Colours stay with the circle whatever the filter.
		expect(model(view).graph.getNodeAttribute(MAYA, "color")).toBe(FALLBACK_THEME.palette[0]);
		choose(circle, "");
		choose(kind, "together");
		expect(model(view).graph.order).toBe(5);
		expect(edges(model(view))).toEqual(["Grace Kim - Maya Lopez: together", "Maya Lopez - Sam Patel: together"]);
		choose(kind, "intro");
		expect(edges(model(view))).toEqual(["Grace Kim - Jonas Weber: intro"]);
		expect(surfaces[0]?.graphs.at(-1)).toBe(model(view).graph);
		expect(el.querySelector(".active-network-graph-status")?.textContent).toMatch(/^5 people, 1 connection, 1 cold person faded/);
	});

	it("lays people out in slices, the same way on every run", async () => {
		const positions = async () => {
			const l = await loadPlugin(GRAPH_VAULT);
			fakeSurfaces(l);
			const view = await openGraph(l);
			await tick();
			await view.settleLayout();
			const out = Object.fromEntries(model(view).positions());
			const stats = view.lastLayout;
			unload(l);
			return { out, stats };
		};
		const first = await positions();
		const second = await positions();
		expect(first.stats?.iterations).toBe(300);
		expect(first.out).toEqual(second.out);
		const xs = Object.values(first.out).map((p) => p.x);
		expect(new Set(xs).size).toBe(5);
		for (const p of Object.values(first.out)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
	});

	it("follows the vault: new colours when only cold people change, a new graph keeping places when connections change", async () => {
		loaded = await loadPlugin(GRAPH_VAULT);
		const surfaces = fakeSurfaces(loaded);
		const view = await openGraph(loaded);
		await tick();
		await view.settleLayout();
		const surface = surfaces[0] as FakeSurface;
		const graph = model(view).graph;
		const placed = model(view).positions();
		const { vault } = loaded.app;
		await vault.modify(JONAS, (vault.text(JONAS) as string).replace("- 2026-08-01 team offsite", "- 2026-11-24 lunch\n- 2026-08-01 team offsite"));
		await loaded.plugin.feed.settle();
		expect(model(view).graph).toBe(graph);
		expect(graph.getNodeAttribute(JONAS, "cold")).toBe(false);
		expect(graph.getNodeAttribute(JONAS, "color")).toBe(FALLBACK_THEME.palette[2]);
		expect(surface.graphs).toHaveLength(1);

		await vault.modify(ADA, "---\ntype: person\n---\nKnows [[Maya Lopez]].\n");
		await loaded.plugin.feed.settle();
		const next = model(view).graph;
		expect(next).not.toBe(graph);
		expect(surface.graphs.at(-1)).toBe(next);
		expect(next.hasEdge(ADA, MAYA)).toBe(true);
		// Everyone kept their place, so a short layout settles the new connection.
		expect(model(view).knownFraction).toBe(1);
		await view.settleLayout();
		expect(view.lastLayout?.iterations).toBe(40);
		const span = Math.max(...[...placed.values()].map((p) => Math.hypot(p.x, p.y)));
		for (const p of [MAYA, GRACE, SAM, JONAS]) {
			const was = placed.get(p) as { x: number; y: number };
			const now = next.getNodeAttributes(p);
			expect(Math.hypot(now.x - was.x, now.y - was.y)).toBeLessThan(span);
		}
	});

	it("does no work while hidden, and catches up when shown", async () => {
		loaded = await loadPlugin(GRAPH_VAULT);
		fakeSurfaces(loaded);
		const view = await openGraph(loaded);
		await tick();
		const renders = view.renders;
		leafOf(loaded.app, GRAPH_VIEW).containerEl.hide();
		const { vault } = loaded.app;
		await vault.modify(ADA, "---\ntype: person\n---\nKnows [[Maya Lopez]].\n");
		await loaded.plugin.feed.settle();
		expect(view.renders).toBe(renders);
		expect(model(view).graph.hasNode(ADA) && model(view).graph.degree(ADA)).toBe(0);
		leafOf(loaded.app, GRAPH_VIEW).containerEl.show();
		leafOf(loaded.app, GRAPH_VIEW).onResize();
		expect(view.renders).toBe(renders + 1);
		expect(model(view).graph.degree(ADA)).toBe(1);
	});

	it("mounts without WebGL and says so, keeping the legend", async () => {
		loaded = await loadPlugin(GRAPH_VAULT);
		const view = await openGraph(loaded);
		await tick();
		expect(view.surface).toBeNull();
		expect(view.contentEl.querySelector(".active-network-graph-message")?.textContent).toContain("The people graph needs WebGL, which is not available here.");
		expect(view.contentEl.querySelectorAll(".active-network-graph-legend-item")).toHaveLength(4);
		expect((view.contentEl.querySelector(".active-network-graph-stage") as HTMLElement).isShown()).toBe(false);
		// Later changes render without trying again or throwing.
		const { vault } = loaded.app;
		await vault.modify(ADA, "---\ntype: person\n---\nKnows [[Maya Lopez]].\n");
		await loaded.plugin.feed.settle();
		expect(view.contentEl.querySelector(".active-network-graph-message")?.textContent).toContain("needs WebGL");
	});

	it("says what to do when there are no people yet", async () => {
		loaded = await loadPlugin({ "Notes/a.md": "just a note\n" });
		fakeSurfaces(loaded);
		const view = await openGraph(loaded);
		expect(view.contentEl.querySelector(".active-network-graph-message")?.textContent).toBe("No people yet: add type: person to a note's frontmatter, or tag it #person.");
	});

	it("lets the surface go when the view closes", async () => {
		loaded = await loadPlugin(GRAPH_VAULT);
		const surfaces = fakeSurfaces(loaded);
		await openGraph(loaded);
		await tick();
		await leafOf(loaded.app, GRAPH_VIEW).detach();
		expect(surfaces[0]?.killed).toBe(true);
	});
});
