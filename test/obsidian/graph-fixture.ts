/**
 * A generated people network for the graph view's tests and measurements: deterministic (seeded), with
 * circles of uneven sizes, groups of friends and colleagues that mostly know each other, and every kind of
 * connection. `peopleNetwork(2000, 10000)` is the size the view must stay smooth with.
 */
import { EDGE_KINDS, type EdgeKind, type GraphData, type GraphEdge, type GraphNode, seededRandom } from "../../src/core";

const CIRCLES = ["friends", "colleagues", "family", "clients", "neighbors", "classmates", "climbing", "book club", "board", "alumni"];

export interface GeneratedNetwork {
	data: GraphData;
	/** Every seventh person is cold. */
	cold: Set<string>;
}

export function peopleNetwork(people: number, edges: number, seed = 42): GeneratedNetwork {
	const rnd = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
	const groupSize = 50;
	const nodes: GraphNode[] = [];
	for (let i = 0; i < people; i++) {
		const id = `People/Person ${String(i).padStart(5, "0")}.md`;
		// Uneven circles: the first ones are the busiest; one person in twenty has none, some have two.
		const r = rnd();
		const first = CIRCLES[Math.min(CIRCLES.length - 1, Math.floor(r * r * CIRCLES.length))] as string;
		const circles = rnd() < 0.05 ? [] : rnd() < 0.2 ? [first, pick(CIRCLES)].filter((c, j, a) => a.indexOf(c) === j) : [first];
		nodes.push({ id, name: `Person ${i}`, circles, degree: 0 });
	}
	const pairs = new Map<string, GraphEdge>();
	const degree = new Map<string, number>();
	const target = Math.min(edges, (people * (people - 1)) / 2);
	while (pairs.size < target) {
		const a = Math.floor(rnd() * people);
		// Four in five connections stay inside a group of about fifty people.
		const b = rnd() < 0.8 ? Math.min(people - 1, Math.floor(a / groupSize) * groupSize + Math.floor(rnd() * groupSize)) : Math.floor(rnd() * people);
		if (a === b) continue;
		const s = nodes[Math.min(a, b)] as GraphNode;
		const t = nodes[Math.max(a, b)] as GraphNode;
		const key = `${s.id}\u0000${t.id}`;
		const kind: EdgeKind = rnd() < 0.55 ? "together" : pick(EDGE_KINDS);
		const existing = pairs.get(key);
		if (existing) {
			existing.weight++;
			existing.counts[kind] = (existing.counts[kind] ?? 0) + 1;
			if (!existing.kinds.includes(kind)) existing.kinds = EDGE_KINDS.filter((k) => (existing.counts[k] ?? 0) > 0);
			continue;
		}
		pairs.set(key, { source: s.id, target: t.id, kinds: [kind], weight: 1, counts: { [kind]: 1 } });
		degree.set(s.id, (degree.get(s.id) ?? 0) + 1);
		degree.set(t.id, (degree.get(t.id) ?? 0) + 1);
	}
	for (const n of nodes) n.degree = degree.get(n.id) ?? 0;
	const cold = new Set(nodes.filter((_, i) => i % 7 === 3).map((n) => n.id));
	return { data: { nodes, edges: [...pairs.values()] }, cold };
}
