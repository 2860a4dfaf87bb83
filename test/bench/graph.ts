/**
 * `npm run bench -- --graph`: the people graph at the size it must stay smooth with (2,000 people,
 * 10,000 connections), timed on this machine's clock and printed, never asserted: model build (first
 * render), the layout's slices, hover, restyle, filter. test/obsidian/graph-perf.test.ts checks the same
 * steps by their counts and results, without a clock.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { layoutIterations, SlicedLayout } from "../../src/obsidian/graph/layout";
import { PeopleGraphModel } from "../../src/obsidian/graph/model";
import { FALLBACK_THEME } from "../../src/obsidian/graph/theme";
import { peopleNetwork } from "../obsidian/graph-fixture";

const PEOPLE = 2000;
const EDGES = 10000;

const ms = (n: number): string => `${n.toFixed(1)} ms`;

function time<T>(fn: () => T): { value: T; ms: number } {
	const start = performance.now();
	const value = fn();
	return { value, ms: performance.now() - start };
}

/** Runs the graph's steps once and returns the lines to print. */
export async function graphBench(): Promise<string> {
	const { data, cold } = peopleNetwork(PEOPLE, EDGES);
	const model = new PeopleGraphModel(FALLBACK_THEME);
	const build = time(() => model.update({ data, cold, circle: null, kind: null }));

	const layout = new SlicedLayout(model.graph, layoutIterations(model.graph.order, model.knownFraction), { pause: () => sleep(0) });
	const slices: number[] = [];
	let busy = 0;
	const stats = await layout.run(() => {
		slices.push(layout.stats.busyMs - busy);
		busy = layout.stats.busyMs;
	});
	const sorted = [...slices].sort((a, b) => a - b);
	const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

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
	const filter = time(() => model.update({ data, cold, circle: "friends", kind: null }));
	const friends = model.graph.order;
	const refilter = time(() => model.update({ data, cold, circle: null, kind: null }));
	const relayout = layoutIterations(model.graph.order, model.knownFraction);

	return [
		`people graph, ${PEOPLE} people, ${EDGES} connections (Node ${process.versions.node})`,
		`  model build (first render):  ${ms(build.ms)}`,
		`  layout: ${stats?.iterations} iterations in ${stats?.slices} slices, busy ${ms(stats?.busyMs ?? 0)}, elapsed ${ms(stats?.elapsedMs ?? 0)}`,
		`  slices: median ${ms(pct(0.5))}, 95th percentile ${ms(pct(0.95))}, longest ${ms(stats?.maxSliceMs ?? 0)}, over 50 ms: ${slices.filter((x) => x > 50).length}`,
		`  hover (all looks):           ${ms(hover.ms)}`,
		`  cold people changed:         ${ms(restyle.ms)} (${restyle.value})`,
		`  filter to one circle:        ${ms(filter.ms)} (${friends} people)`,
		`  back to everyone:            ${ms(refilter.ms)}, then ${relayout} iterations from kept places`,
	].join("\n");
}
