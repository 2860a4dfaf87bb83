/**
 * Where people start before the layout runs: grouped by community, so the layout is the same on every
 * run, and people shown before keep their places (newcomers go beside their neighbours).
 */
import { seededRandom } from "../../core";
import type { DisplayGraph } from "./display-graph";

type Point = { x: number; y: number };

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The k-th point of a sunflower spiral of unit density: evenly spread, and the same every time. */
function sunflower(k: number, spacing: number): { x: number; y: number } {
	const r = spacing * Math.sqrt(k + 0.5);
	return { x: r * Math.cos(k * GOLDEN_ANGLE), y: r * Math.sin(k * GOLDEN_ANGLE) };
}

/**
 * Starting positions: people grouped by community (the core's seeded Louvain), each community a small sunflower
 * (its best-connected people in the middle), the communities on a larger sunflower, the largest in the
 * middle, and everyone without a connection around them last. No randomness but Louvain's seeded one.
 */
export function seedPositions(graph: DisplayGraph, community: ReadonlyMap<string, number>): Map<string, Point> {
	const groups = new Map<number, string[]>();
	const loners: string[] = [];
	graph.forEachNode((id) => {
		const c = community.get(id);
		if (graph.degree(id) === 0 || c === undefined) loners.push(id);
		else {
			const g = groups.get(c);
			if (g) g.push(id);
			else groups.set(c, [id]);
		}
	});
	const byDegree = (a: string, b: string) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0);
	const ordered = [...groups.values()].map((g) => g.sort(byDegree)).sort((a, b) => b.length - a.length || byDegree(a[0] as string, b[0] as string));
	if (loners.length > 0) ordered.push(loners.sort(byDegree));
	const out = new Map<string, { x: number; y: number }>();
	// Each group gets room for its size: its centre sits where the big sunflower has passed that many people.
	let passed = 0;
	ordered.forEach((group, gi) => {
		const centre = gi === 0 ? { x: 0, y: 0 } : sunflower(passed + group.length / 2, 2.2);
		const angle = gi * GOLDEN_ANGLE;
		group.forEach((id, j) => {
			const p = sunflower(j, 1);
			// Turn each group a little so their spirals do not line up.
			const x = p.x * Math.cos(angle) - p.y * Math.sin(angle);
			const y = p.x * Math.sin(angle) + p.y * Math.cos(angle);
			out.set(id, { x: centre.x + x, y: centre.y + y });
		});
		passed += group.length;
	});
	graph.forEachNode((id) => graph.setNodeAttribute(id, "community", community.get(id) ?? -1));
	return out;
}

/** A small offset, the same for the same id, so people placed at one spot do not sit on each other. */
function jitter(id: string, scale: number): { x: number; y: number } {
	let h = 0;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
	const rnd = seededRandom(h >>> 0);
	const a = rnd() * 2 * Math.PI;
	return { x: Math.cos(a) * scale, y: Math.sin(a) * scale };
}

/**
 * Sets every person's starting position: the seeds when no one was shown before, else the previous places
 * (seeds brought to their scale for the rest). Returns the share of people who had a place.
 */
export function placeNodes(graph: DisplayGraph, previous: ReadonlyMap<string, Point>, community: ReadonlyMap<string, number>): number {
	const seeds = seedPositions(graph, community);
	let known = 0;
	graph.forEachNode((id) => {
		if (previous.has(id)) known++;
	});
	const knownFraction = graph.order === 0 ? 1 : known / graph.order;
	if (known === 0) {
		graph.updateEachNodeAttributes((id, a) => ({ ...a, ...(seeds.get(id) ?? { x: 0, y: 0 }) }));
		return knownFraction;
	}
	// Seeds are on a unit grid; the layout spreads people further. Bring seeds to the known scale.
	const span = (points: Iterable<{ x: number; y: number }>) => {
		let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
		for (const p of points) {
			minX = Math.min(minX, p.x);
			maxX = Math.max(maxX, p.x);
			minY = Math.min(minY, p.y);
			maxY = Math.max(maxY, p.y);
		}
		return Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY, 1) : 1;
	};
	const scale = span(previous.values()) / span(seeds.values());
	graph.updateEachNodeAttributes((id, a) => {
		const p = previous.get(id);
		if (p) return { ...a, x: p.x, y: p.y };
		const near = graph.neighbors(id).flatMap((n) => {
			const q = previous.get(n);
			return q ? [q] : [];
		});
		if (near.length > 0) {
			const j = jitter(id, scale);
			return { ...a, x: near.reduce((s, q) => s + q.x, 0) / near.length + j.x, y: near.reduce((s, q) => s + q.y, 0) / near.length + j.y };
		}
		const s = seeds.get(id) ?? { x: 0, y: 0 };
		return { ...a, x: s.x * scale, y: s.y * scale };
	});
	return knownFraction;
}
