/**
 * The people graph at the size it must stay smooth with: 2,000 people and 10,000 connections, checked by
 * what does not depend on the machine's speed: the layout runs in slices on a counting clock (one tick per
 * reading, so a 10-tick slice is ten iterations), to the end, leaving every person a place; hover, restyle
 * and filter give the kind of update they should. No clock is read: `npm run bench -- --graph` times the
 * same steps and prints them (test/bench/graph.ts).
 */
import { describe, expect, it } from "vitest";
import { layoutIterations, SlicedLayout } from "../../src/obsidian/graph/layout";
import { PeopleGraphModel } from "../../src/obsidian/graph/model";
import { FALLBACK_THEME } from "../../src/obsidian/graph/theme";
import { peopleNetwork } from "./graph-fixture";

const PEOPLE = 2000;
const EDGES = 10000;

describe(`people graph with ${PEOPLE} people and ${EDGES} connections`, () => {
	it("builds, lays out in slices that give the UI back, and reacts to hover and filters", async () => {
		const { data, cold } = peopleNetwork(PEOPLE, EDGES);
		expect(data.nodes).toHaveLength(PEOPLE);
		expect(data.edges).toHaveLength(EDGES);

		const model = new PeopleGraphModel(FALLBACK_THEME);
		expect(model.update({ data, cold, circle: null, kind: null })).toBe("graph");
		expect(model.graph.order).toBe(PEOPLE);
		expect(model.graph.size).toBe(EDGES);

		const total = layoutIterations(model.graph.order, model.knownFraction);
		let tick = 0;
		let pauses = 0;
		const layout = new SlicedLayout(model.graph, total, {
			sliceMs: 10,
			now: () => tick++,
			pause: () => {
				pauses++;
				return Promise.resolve();
			},
		});
		let redraws = 0;
		const stats = await layout.run(() => redraws++);
		expect(stats?.iterations).toBe(total);
		expect(stats?.slices).toBe(Math.ceil(total / 10));
		expect(redraws).toBe(stats?.slices);
		expect(pauses).toBe(stats?.slices);
		const places = model.graph.mapNodes((_n, a) => [a.x, a.y]);
		expect(places.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
		expect(new Set(places.map(([x, y]) => `${x},${y}`)).size).toBe(PEOPLE);

		const someone = data.nodes[0]?.id as string;
		model.hover(someone);
		// What the renderer asks for on a refresh: every person's and every connection's look.
		model.graph.forEachNode((n) => model.nodeLook(n));
		model.graph.forEachEdge((e) => model.edgeLook(e));
		model.hover(null);
		const fewerCold = new Set([...cold].slice(0, cold.size / 2));
		expect(model.update({ data, cold: fewerCold, circle: null, kind: null })).toBe("style");
		expect(model.update({ data, cold, circle: "friends", kind: null })).toBe("graph");
		expect(model.graph.order).toBeGreaterThan(0);
		expect(model.graph.order).toBeLessThan(PEOPLE);
		expect(model.update({ data, cold, circle: null, kind: null })).toBe("graph");
		expect(model.graph.order).toBe(PEOPLE);
	});
});
