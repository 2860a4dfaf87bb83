/** The people network as plain data (conventions.md, section 6; cli.md `graph`). */
import { insertionPoint, withChanges } from "./collections";
import { EDGE_KINDS, type Edge, edgeEnds, type EdgeKind, type Network, type NetworkChanges } from "./network";
import { compareEdges, nameCollator } from "./orders";
import { PersonOrder } from "./person-order";
import type { Person } from "./people";

export interface GraphNode {
	id: string;
	name: string;
	circles: string[];
	degree: number;
}

export interface GraphEdge {
	source: string;
	target: string;
	kinds: EdgeKind[];
	weight: number;
	counts: Partial<Record<EdgeKind, number>>;
}

export interface GraphData {
	nodes: GraphNode[];
	edges: GraphEdge[];
}

/** GraphEdge objects per edge, reused while the edge's counts stay the same. */
const edgeMemo = new WeakMap<Edge, GraphEdge>();

function graphEdge(e: Edge): GraphEdge {
	const hit = edgeMemo.get(e);
	if (hit && hit.weight === e.weight && EDGE_KINDS.every((k) => hit.counts[k] === e.counts[k])) return hit;
	const ge = { source: e.source, target: e.target, kinds: EDGE_KINDS.filter((k) => (e.counts[k] ?? 0) > 0), weight: e.weight, counts: { ...e.counts } };
	edgeMemo.set(e, ge);
	return ge;
}

/** Answers per network (with the nodes' order, to patch), so that the next network can patch the previous one's. */
const graphCache = new WeakMap<Network, { data: GraphData; nodes: PersonOrder<GraphNode> }>();

/**
 * The people network as plain data, worked out once per network; after an update, the previous
 * network's edges with the changed ones put in, replaced or taken out (no pass over every edge), and its
 * nodes with those of the people whose note or degree changed put in again (no visit of every person).
 */
export function graphData(network: Network): GraphData {
	const hit = graphCache.get(network);
	if (hit) return hit.data;
	const changes = network.changes;
	const before = changes && graphCache.get(changes.previous);
	const edges = before && changes ? patchedEdges(before.data.edges, changes.edges, network) : network.edgeOrder.map(graphEdge);
	const nodes = (before && changes && before.nodes.patched(nodeChanges(changes), (path) => nodeOf(network, path))) || allNodes(network);
	const data = Object.freeze({ nodes: nodes.rows, edges: Object.freeze(edges) }) as GraphData;
	graphCache.set(network, { data, nodes });
	return data;
}

function nodeOf(network: Network, path: string): GraphNode | null {
	const p = network.people.get(path);
	return p ? graphNode(p, network.degree.get(path) ?? 0) : null;
}

/** Nodes in `peopleOrder` (name, then path). */
function allNodes(network: Network): PersonOrder<GraphNode> {
	const nodes: GraphNode[] = [];
	for (const path of network.peopleOrder) {
		const node = nodeOf(network, path);
		if (node) nodes.push(node);
	}
	return PersonOrder.of(nodes, byName, (n) => n.id);
}

/** The order of `peopleOrder` (compareNames), for nodes. */
function byName(a: GraphNode, b: GraphNode): number {
	return nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The people whose node may have changed: their note, or their degree (an end of a changed edge). */
function nodeChanges(changes: NetworkChanges): Set<string> {
	const out = new Set(changes.people);
	for (const key of changes.edges) for (const end of edgeEnds(key)) out.add(end);
	return out;
}

/** The previous edges with the changed ones dropped and put back: one copy and a binary search per change. */
function patchedEdges(before: readonly GraphEdge[], keys: ReadonlySet<string>, network: Network): GraphEdge[] {
	const drops: number[] = [];
	const adds: GraphEdge[] = [];
	for (const key of keys) {
		const [source, target] = edgeEnds(key);
		const i = insertionPoint(before, { source, target }, compareEdges) - 1;
		if (i >= 0 && compareEdges(before[i] as GraphEdge, { source, target }) === 0) drops.push(i);
		const e = network.edges.get(key);
		if (e) adds.push(graphEdge(e));
	}
	return withChanges(before, drops, adds.sort(compareEdges), compareEdges);
}

/** Node objects per person, reused while the person and their degree stay the same. */
const nodeMemo = new WeakMap<Person, GraphNode>();

function graphNode(p: Person, degree: number): GraphNode {
	const hit = nodeMemo.get(p);
	if (hit?.degree === degree) return hit;
	const node = { id: p.path, name: p.name, circles: p.circles, degree };
	nodeMemo.set(p, node);
	return node;
}
