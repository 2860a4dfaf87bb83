/**
 * Network metrics over the people graph, with graphology and its companions (no home-made algorithms):
 * degree, communities (Louvain), connectors between groups (betweenness) and the shortest chain of
 * people from one person to another.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { bidirectional } from "graphology-shortest-path/unweighted";
import { memoPerNetwork } from "./answer-cache";
import { type GraphData, graphData } from "./graph";
import type { EdgeKind, Network } from "./network";

export interface NodeAttributes {
	name: string;
	circles: string[];
}

export interface EdgeAttributes {
	kinds: EdgeKind[];
	weight: number;
}

export type PeopleGraph = Graph<NodeAttributes, EdgeAttributes>;

export interface GraphFilter {
	/** Keep only edges with at least one of these kinds. */
	kinds?: readonly EdgeKind[];
	/** Keep only people in at least one of these circles. */
	circles?: readonly string[];
}

/** The people network as an undirected graphology graph, optionally filtered. */
export function buildGraph(data: GraphData, filter: GraphFilter = {}): PeopleGraph {
	const graph: PeopleGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
	const circles = filter.circles && filter.circles.length > 0 ? new Set(filter.circles.map((c) => c.toLowerCase())) : null;
	for (const n of data.nodes) {
		if (circles && !n.circles.some((c) => circles.has(c))) continue;
		graph.addNode(n.id, { name: n.name, circles: n.circles });
	}
	const kinds = filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : null;
	for (const e of data.edges) {
		if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
		const kept = kinds ? e.kinds.filter((k) => kinds.has(k)) : e.kinds;
		if (kept.length === 0) continue;
		graph.addEdge(e.source, e.target, { kinds: kept, weight: e.weight });
	}
	return graph;
}

/** A small deterministic generator (mulberry32), so communities come out the same on every run. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface GraphMetrics {
	degree: Map<string, number>;
	/** Community number per person (Louvain); people with no edge each get their own. */
	community: Map<string, number>;
	communityCount: number;
	/** Normalised betweenness: how much a person connects otherwise separate groups. */
	betweenness: Map<string, number>;
}

/** The seed of every community detection, so that the graph view's groups and the metrics agree. */
export const COMMUNITY_SEED = 11;

export interface Communities {
	/** Community number per person; people with no edge each get their own. */
	community: Map<string, number>;
	count: number;
}

/** Louvain communities of a graph, seeded: the same on every run. */
export function communitiesOf(graph: PeopleGraph, seed = COMMUNITY_SEED): Communities {
	const community = new Map<string, number>();
	let count = 0;
	if (graph.size > 0) {
		const detailed = louvain.detailed(graph, { getEdgeWeight: "weight", rng: seededRandom(seed) });
		for (const [node, c] of Object.entries(detailed.communities)) community.set(node, c);
		count = detailed.count;
	} else {
		graph.forEachNode((n) => community.set(n, count++));
	}
	return { community, count };
}

function metricsWith(graph: PeopleGraph, { community, count }: Communities): GraphMetrics {
	const degree = new Map<string, number>();
	graph.forEachNode((n) => degree.set(n, graph.degree(n)));
	const betweenness = new Map<string, number>();
	if (graph.order > 2) {
		const scores = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
		for (const [node, v] of Object.entries(scores)) betweenness.set(node, v);
	} else graph.forEachNode((n) => betweenness.set(n, 0));
	return { degree, community, communityCount: count, betweenness };
}

export function graphMetrics(graph: PeopleGraph, seed = COMMUNITY_SEED): GraphMetrics {
	return metricsWith(graph, communitiesOf(graph, seed));
}

/** A filter as a cache key: the same key for the same filter, whatever the order of its lists. */
function filterKey(filter: GraphFilter): string {
	return JSON.stringify([[...(filter.kinds ?? [])].sort(), [...(filter.circles ?? [])].map((c) => c.toLowerCase()).sort()]);
}

function filterOf(key: string): GraphFilter {
	const [kinds, circles] = JSON.parse(key) as [EdgeKind[], string[]];
	return { kinds, circles };
}

/**
 * Louvain runs once per network and filter, however many views and queries ask (each asks with the
 * network it has; a new network after an update is a new question). The graph itself is not shared: the
 * graph view puts its own attributes on the one it builds.
 */
const communityMemo = memoPerNetwork((network: Network, key: string): Communities => communitiesOf(buildGraph(graphData(network), filterOf(key))));
const metricsMemo = memoPerNetwork((network: Network, key: string): GraphMetrics => metricsWith(buildGraph(graphData(network), filterOf(key)), communityMemo(network, key)));

/** The communities of a network's people graph (filtered), worked out once per network and filter. */
export function networkCommunities(network: Network, filter: GraphFilter = {}): Communities {
	return communityMemo(network, filterKey(filter));
}

/** The metrics of a network's people graph (filtered), worked out once per network and filter. */
export function networkMetrics(network: Network, filter: GraphFilter = {}): GraphMetrics {
	return metricsMemo(network, filterKey(filter));
}

/** The people who most connect separate groups, best first. */
export function connectors(metrics: GraphMetrics, limit = 10): { path: string; betweenness: number }[] {
	return [...metrics.betweenness.entries()]
		.filter(([, v]) => v > 0)
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.slice(0, limit)
		.map(([path, betweenness]) => ({ path, betweenness }));
}

/** The shortest chain of people from one to another (both ends included), or null when none. */
export function chainBetween(graph: PeopleGraph, from: string, to: string): string[] | null {
	if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
	if (from === to) return [from];
	return bidirectional(graph, from, to);
}
