// @vitest-environment happy-dom
/**
 * The people graph's model, layout and theme, without a view: palette slots, sizes, starting positions
 * grouped by community, places kept across rebuilds, a layout whose slicing never changes the result,
 * and colours read from the theme.
 */
import { describe, expect, it } from "vitest";
import type { GraphData } from "../../src/core";
import { layoutIterations, SlicedLayout } from "../../src/obsidian/graph/layout";
import { circleSwatches, edgeSize, NONE, nodeSize, OTHER, PeopleGraphModel } from "../../src/obsidian/graph/model";
import { FALLBACK_THEME, mix, PALETTE_SIZE, parseColor, readTheme } from "../../src/obsidian/graph/theme";
import "../obsidian-stub";
import { peopleNetwork } from "./graph-fixture";

function data(nodes: [string, string[]][], edges: [string, string][]): GraphData {
	return {
		nodes: nodes.map(([id, circles]) => ({ id, name: id, circles, degree: 0 })),
		edges: edges.map(([source, target]) => ({ source, target, kinds: ["link"], weight: 1, counts: { link: 1 } })),
	};
}

describe("palette, sizes", () => {
	it("gives the busiest circles the palette's colours, in order, and the rest one colour", () => {
		const circles = Array.from({ length: PALETTE_SIZE + 2 }, (_, i) => `c${String(i).padStart(2, "0")}`);
		// c00 has the most people, then c01...; ties by name.
		const nodes: [string, string[]][] = circles.flatMap((c, i) => Array.from({ length: circles.length - i }, (_, j): [string, string[]] => [`${c}-${j}`, [c]]));
		const swatches = circleSwatches(data([...nodes, ["lonely", []]], []));
		expect(circles.map((c) => swatches.get(c))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, OTHER, OTHER]);
		const m = new PeopleGraphModel(FALLBACK_THEME);
		m.update({ data: data([...nodes, ["lonely", []], ["two", ["c09", "c00"]]], []), cold: new Set(), circle: null, kind: null });
		expect(m.graph.getNodeAttributes("lonely")).toMatchObject({ swatch: NONE, color: FALLBACK_THEME.none });
		expect(m.graph.getNodeAttributes("c09-0")).toMatchObject({ swatch: OTHER, color: FALLBACK_THEME.other });
		// The first circle gives the colour.
		expect(m.graph.getNodeAttributes("two")).toMatchObject({ circle: "c09", swatch: OTHER });
		expect(m.legend.at(-1)).toEqual({ circle: null, count: 1, swatch: NONE });
	});

	it("sizes people by their connections, and draws busier connections thicker", () => {
		const sizes = [0, 1, 4, 9, 16].map((d) => nodeSize(d));
		expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
		expect(new Set(sizes).size).toBe(sizes.length);
		expect(nodeSize(1000)).toBe(16);
		expect(nodeSize(4, 2000)).toBeLessThan(nodeSize(4, 50));
		expect(edgeSize(1)).toBe(1);
		expect(edgeSize(5)).toBeGreaterThan(edgeSize(2));
		expect(edgeSize(10_000)).toBe(3);
	});
});

describe("starting positions and rebuilds", () => {
	it("starts each community in its own place, the same every time", () => {
		const { data: d, cold } = peopleNetwork(300, 900, 7);
		const a = new PeopleGraphModel(FALLBACK_THEME);
		const b = new PeopleGraphModel(FALLBACK_THEME);
		a.update({ data: d, cold, circle: null, kind: null });
		b.update({ data: d, cold, circle: null, kind: null });
		expect(Object.fromEntries(a.positions())).toEqual(Object.fromEntries(b.positions()));
		const points = [...a.positions().values()].map((p) => `${p.x.toFixed(6)},${p.y.toFixed(6)}`);
		expect(new Set(points).size).toBe(300);
		// People of one community start nearer each other than to everyone else.
		const byCommunity = new Map<number, { x: number; y: number }[]>();
		a.graph.forEachNode((_, at) => {
			const list = byCommunity.get(at.community) ?? [];
			list.push({ x: at.x, y: at.y });
			byCommunity.set(at.community, list);
		});
		const all = [...a.positions().values()];
		const meanDistance = (ps: { x: number; y: number }[], qs: { x: number; y: number }[]) => {
			let sum = 0, n = 0;
			for (const p of ps) {
				for (const q of qs) {
					if (p === q) continue;
					sum += Math.hypot(p.x - q.x, p.y - q.y);
					n++;
				}
			}
			return sum / n;
		};
		const big = [...byCommunity.values()].filter((g) => g.length >= 10);
		expect(big.length).toBeGreaterThan(2);
		for (const g of big) expect(meanDistance(g, g)).toBeLessThan(meanDistance(g, all) / 2);
	});

	it("keeps everyone's place when the graph is rebuilt, and puts a newcomer beside their neighbours", () => {
		const m = new PeopleGraphModel(FALLBACK_THEME);
		const before = data([["a", ["x"]], ["b", ["x"]], ["c", ["y"]]], [["a", "b"], ["b", "c"]]);
		m.update({ data: before, cold: new Set(), circle: null, kind: null });
		m.graph.updateEachNodeAttributes((id, at) => ({ ...at, x: at.x * 100 + 7, y: at.y * 100 - 3 }));
		const placed = m.positions();
		const after = data([["a", ["x"]], ["b", ["x"]], ["c", ["y"]], ["d", []]], [["a", "b"], ["b", "c"], ["d", "a"]]);
		expect(m.update({ data: after, cold: new Set(), circle: null, kind: null })).toBe("graph");
		for (const id of ["a", "b", "c"]) expect(m.graph.getNodeAttributes(id)).toMatchObject(placed.get(id) as object);
		expect(m.knownFraction).toBe(0.75);
		const d = m.graph.getNodeAttributes("d");
		const a = placed.get("a") as { x: number; y: number };
		const spread = Math.max(...[...placed.values()].map((p) => Math.hypot(p.x - a.x, p.y - a.y)));
		expect(Math.hypot(d.x - a.x, d.y - a.y)).toBeLessThanOrEqual(spread);
	});

	it("only restyles when the same people and connections are shown", () => {
		const m = new PeopleGraphModel(FALLBACK_THEME);
		const d = data([["a", ["x"]], ["b", ["x"]]], [["a", "b"]]);
		expect(m.update({ data: d, cold: new Set(), circle: null, kind: null })).toBe("graph");
		const graph = m.graph;
		expect(m.update({ data: d, cold: new Set(["a"]), circle: null, kind: null })).toBe("style");
		expect(m.graph).toBe(graph);
		expect(graph.getNodeAttribute("a", "color")).toBe(mix(FALLBACK_THEME.palette[0] as string, FALLBACK_THEME.background, 0.6));
		expect(m.coldShown).toBe(1);
		expect(m.update({ data: d, cold: new Set(["a"]), circle: "x", kind: null })).toBe("graph");
		expect(m.update({ data: d, cold: new Set(["a"]), circle: "x", kind: "together" })).toBe("graph");
		expect(m.graph.size).toBe(0);
		expect(m.graph.order).toBe(2);
	});

	it("ignores a hover on someone not shown", () => {
		const m = new PeopleGraphModel(FALLBACK_THEME);
		m.update({ data: data([["a", []]], []), cold: new Set(), circle: null, kind: null });
		expect(m.hover("nobody")).toBe(false);
		expect(m.hovered).toBeNull();
		expect(m.hover("a")).toBe(true);
		expect(m.hover("a")).toBe(false);
		expect(m.highlighted()).toEqual(["a"]);
	});
});

describe("layout", () => {
	it("runs as many iterations as the graph needs: more for small graphs, a few when places are kept", () => {
		expect(layoutIterations(1, 0)).toBe(0);
		expect(layoutIterations(50, 0)).toBe(300);
		expect(layoutIterations(800, 0)).toBe(200);
		expect(layoutIterations(2000, 0)).toBe(150);
		expect(layoutIterations(2000, 0.95)).toBe(40);
	});

	it("gives the same positions whatever the slices, and gives the UI back between them", async () => {
		const { data: d, cold } = peopleNetwork(200, 600, 3);
		const run = async (sliceMs: number) => {
			const m = new PeopleGraphModel(FALLBACK_THEME);
			m.update({ data: d, cold, circle: null, kind: null });
			let pauses = 0;
			const layout = new SlicedLayout(m.graph, 60, {
				sliceMs,
				pause: () => {
					pauses++;
					return Promise.resolve();
				},
			});
			const stats = await layout.run();
			return { positions: Object.fromEntries(m.positions()), stats, pauses };
		};
		const oneByOne = await run(0);
		const allAtOnce = await run(Number.POSITIVE_INFINITY);
		expect(oneByOne.stats).toMatchObject({ iterations: 60, slices: 60 });
		expect(oneByOne.pauses).toBe(60);
		expect(allAtOnce.stats).toMatchObject({ iterations: 60, slices: 1 });
		expect(oneByOne.positions).toEqual(allAtOnce.positions);
	});

	it("stops when told, goes on from there, and cancels for good", async () => {
		const { data: d, cold } = peopleNetwork(50, 100, 5);
		const m = new PeopleGraphModel(FALLBACK_THEME);
		m.update({ data: d, cold, circle: null, kind: null });
		const layout = new SlicedLayout(m.graph, 10, { sliceMs: 0, pause: () => Promise.resolve() });
		let allowed = 3;
		expect(await layout.run(() => {}, () => allowed-- > 0)).toBeNull();
		expect(layout.iterationsDone).toBe(3);
		expect((await layout.run())?.iterations).toBe(10);
		const other = new SlicedLayout(m.graph, 10, { sliceMs: 0, pause: () => Promise.resolve() });
		other.cancel();
		expect(await other.run()).toBeNull();
		expect(other.iterationsDone).toBe(0);
	});
});

describe("theme", () => {
	it("reads hex and rgb colours, and mixes towards another", () => {
		expect(parseColor("#abc")).toEqual({ r: 170, g: 187, b: 204, a: 1 });
		expect(parseColor("#08b94e80")).toEqual({ r: 8, g: 185, b: 78, a: 128 / 255 });
		expect(parseColor("rgb(1, 2, 3)")).toEqual({ r: 1, g: 2, b: 3, a: 1 });
		expect(parseColor("rgba(1, 2, 3, 0.5)")).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
		expect(parseColor("rgb(1 2 3 / 50%)")).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
		expect(parseColor("oklch(0.7 0.1 200)")).toBeNull();
		expect(mix("#000000", "#ffffff", 0.5)).toBe("#808080");
		expect(mix("#102030", "#102030", 0.9)).toBe("#102030");
		expect(mix("oklch(0.7 0.1 200)", "#fff", 0.5)).toBe("oklch(0.7 0.1 200)");
	});

	it("falls back to a fixed palette when the stylesheet is not applied, and leaves no probe behind", () => {
		const el = document.body.createDiv();
		const theme = readTheme(el);
		expect(theme.palette).toEqual(FALLBACK_THEME.palette);
		expect(el.childElementCount).toBe(0);
		el.detach();
	});

	it("reads each colour from its CSS class, over the background", () => {
		// Stands in for styles.css, which Obsidian loads for the plugin.
		const sheet = new CSSStyleSheet();
		sheet.replaceSync([
			".active-network-graph-ink.mod-background { color: rgb(30, 30, 30); }",
			".active-network-graph-ink.mod-text { color: rgb(218, 218, 218); }",
			".active-network-graph-ink.mod-edge { color: rgba(255, 255, 255, 0.5); }",
			...Array.from({ length: PALETTE_SIZE }, (_, i) => `.active-network-graph-ink.mod-palette-${i} { color: rgb(${i}, 100, 200); }`),
		].join("\n"));
		document.adoptedStyleSheets = [sheet];
		const el = document.body.createDiv();
		const theme = readTheme(el);
		document.adoptedStyleSheets = [];
		el.detach();
		expect(theme.background).toBe("#1e1e1e");
		expect(theme.text).toBe("#dadada");
		expect(theme.palette[3]).toBe("#0364c8");
		// A translucent colour is drawn as it looks over the background.
		expect(theme.edge).toBe("#8f8f8f");
		expect(theme.accent).toBe(FALLBACK_THEME.accent);
	});
});
