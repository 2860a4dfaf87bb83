/** The people network as plain data (conventions.md, section 6; cli.md `graph`). */
import { memoPerNetwork } from "./answer-cache";
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
	const edges = network.edgeOrder.map(graphEdge);
	const nodes: GraphNode[] = [];
	for (const path of network.peopleOrder) {
		const p = network.people.get(path);
		if (p) nodes.push({ id: p.path, name: p.name, circles: p.circles, degree: network.degree.get(p.path) ?? 0 });
	}
	return Object.freeze({ nodes, edges });
});
