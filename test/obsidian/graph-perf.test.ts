/**
 * The people graph at the size it must stay smooth with: 2,000 people and 10,000 connections. Prints
 * what the README reports (model build, layout, longest slice, hover, restyle, filter); it asserts only
 * what does not depend on the machine's speed (the layout runs in many slices, to the end, and the same
 * way every time), never a time.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { layoutIterations, SlicedLayout } from "../../src/obsidian/graph/layout";
import { PeopleGraphModel } from "../../src/obsidian/graph/model";
import { FALLBACK_THEME } from "../../src/obsidian/graph/theme";
import { peopleNetwork } from "./graph-fixture";

const PEOPLE = 2000;
const EDGES = 10000;

function ms(n: number): string {
	return `${n.toFixed(1)} ms`;
}

function time<T>(fn: () => T): { value: T; ms: number } {
	const start = performance.now();
	const value = fn();
	return { value, ms: performance.now() - start };
}

describe(`people graph with ${PEOPLE} people and ${EDGES} connections`, () => {
	it("builds, lays out in slices that give the UI back, and reacts to hover and filters", async () => {
		const { data, cold } = peopleNetwork(PEOPLE, EDGES);
		expect(data.nodes).toHaveLength(PEOPLE);
		expect(data.edges).toHaveLength(EDGES);

		const model = new PeopleGraphModel(FALLBACK_THEME);
		const build = time(() => model.update({ data, cold, circle: null, kind: null }));
		expect(build.value).toBe("graph");
		expect(model.graph.order).toBe(PEOPLE);
		expect(model.graph.size).toBe(EDGES);

		const total = layoutIterations(model.graph.order, model.knownFraction);
		const layout = new SlicedLayout(model.graph, total, { pause: () => sleep(0) });
		const slices: number[] = [];
		let busy = 0;
		const stats = await layout.run(() => {
			slices.push(layout.stats.busyMs - busy);
			busy = layout.stats.busyMs;
		});
		const sorted = [...slices].sort((a, b) => a - b);
		const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
		expect(stats?.iterations).toBe(total);
		expect(stats?.slices).toBeGreaterThan(1);

		const someone = data.nodes[0]?.id as string;
		const hover = time(() => {
			model.hover(someone);
			// What the renderer asks for on a refresh: every person's and every connection's look.
			model.graph.forEachNode((n) => model.nodeLook(n));
			model.graph.forEachEdge((e) => model.edgeLook(e));
			model.hover(null);
		});
		const fewerCold = new Set([...cold].slice(0, cold.size / 2));
		const restyle = time(() => model.update({ data, cold: fewerCold, circle: null, kind: null }));
		expect(restyle.value).toBe("style");
		const filter = time(() => model.update({ data, cold, circle: "friends", kind: null }));
		expect(filter.value).toBe("graph");
		const friends = model.graph.order;
		expect(friends).toBeLessThan(PEOPLE);
		const refilter = time(() => model.update({ data, cold, circle: null, kind: null }));
		const relayout = layoutIterations(model.graph.order, model.knownFraction);

		const lines = [
			`people graph, ${PEOPLE} people, ${EDGES} connections (Node ${process.versions.node})`,
			`  model build (first render):  ${ms(build.ms)}`,
			`  layout: ${stats?.iterations} iterations in ${stats?.slices} slices, busy ${ms(stats?.busyMs ?? 0)}, elapsed ${ms(stats?.elapsedMs ?? 0)}`,
			`  slices: median ${ms(pct(0.5))}, 95th percentile ${ms(pct(0.95))}, longest ${ms(stats?.maxSliceMs ?? 0)}, over 50 ms: ${slices.filter((x) => x > 50).length}`,
			`  hover (all looks):           ${ms(hover.ms)}`,
			`  cold people changed:         ${ms(restyle.ms)}`,
			`  filter to one circle:        ${ms(filter.ms)} (${friends} people)`,
			`  back to everyone:            ${ms(refilter.ms)}, then ${relayout} iterations from kept places`,
		];
		process.stdout.write(`${lines.join("\n")}\n`);
	});
});
