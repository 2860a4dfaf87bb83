/** The people network as plain data (conventions.md, section 6; cli.md `graph`). */
import { compareNames } from "./cold";
import { memoPerNetwork } from "./memo";
import { EDGE_KINDS, type Edge, type EdgeKind, type Network } from "./network";

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

/** The people network as plain data, worked out once per network. */
export function graphData(network: Network): GraphData {
	return graphMemo(network, null);
}

const graphMemo = memoPerNetwork((network, _: null): GraphData => {
	const degree = new Map<string, number>();
	const edges: GraphEdge[] = [];
	for (const key of network.edgeOrder) {
		const e = network.edges.get(key) as Edge;
		degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
		degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
		edges.push(graphEdge(e));
	}
	const nodes = [...network.people.values()]
		.map((p) => ({ id: p.path, name: p.name, circles: p.circles, degree: degree.get(p.path) ?? 0 }))
		.sort((a, b) => compareNames({ name: a.name, path: a.id }, { name: b.name, path: b.id }));
	return Object.freeze({ nodes, edges });
});
