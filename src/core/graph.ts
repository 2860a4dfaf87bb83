/** The people network as plain data (conventions.md, section 6; cli.md `graph`). */
import { compareNames } from "./cold";
import { EDGE_KINDS, type EdgeKind, type Network } from "./network";

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

export function graphData(network: Network): GraphData {
	const degree = new Map<string, number>();
	const edges: GraphEdge[] = [];
	for (const e of network.edges.values()) {
		degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
		degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
		edges.push({ source: e.source, target: e.target, kinds: EDGE_KINDS.filter((k) => (e.counts[k] ?? 0) > 0), weight: e.weight, counts: { ...e.counts } });
	}
	edges.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
	const nodes = [...network.people.values()]
		.map((p) => ({ id: p.path, name: p.name, circles: p.circles, degree: degree.get(p.path) ?? 0 }))
		.sort((a, b) => compareNames({ name: a.name, path: a.id }, { name: b.name, path: b.id }));
	return { nodes, edges };
}
