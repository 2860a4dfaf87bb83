/**
 * The least a move or a removal of the most-linked person must do to the answer as `Network` has it,
 * with none of the index's bookkeeping. A move: each of their edges under a new key of `Network.edges`
 * (keyed by the two people's paths) as a new object, and each promise naming them copied with the new
 * path. A removal: each of their edges out of the map and off the other person's degree, each promise
 * naming them copied without them, and their touchpoints gone. The merges of the edge and promise orders,
 * and resolving the links to their name again, come on top. It says how much of the < 2 ms target the
 * shape of the answer takes by itself.
 */
import type { Network, PromiseTask } from "../../src/core";
import { type Edge, edgeKey } from "../../src/core/network";
import { median } from "./stats";

const ROUNDS = 21;

/** A copy of the network's edge map, the person's edges in it, and the promises naming them (untimed). */
function copyAround(network: Network, person: string): { edges: Map<string, Edge>; theirs: Edge[]; promises: PromiseTask[] } {
	const edges = new Map(network.edges);
	const theirs = [...edges.values()].filter((e) => e.source === person || e.target === person);
	return { edges, theirs, promises: network.promises.filter((p) => p.people.includes(person)) };
}

/** Median ms of re-keying `person`'s edges to `to` and back, in a copy of the network's edge map. */
export function answerFloorMs(network: Network, person: string, to: string): number {
	const { edges, theirs, promises } = copyAround(network, person);
	let list = theirs;
	const times: number[] = [];
	let from = person, into = to;
	let copies = 0;
	for (let r = 0; r < ROUNDS; r++) {
		const t0 = performance.now();
		const changed = new Set<string>();
		const next = list.map((e) => {
			const other = e.source === from ? e.target : e.source;
			const oldKey = edgeKey(from, other), key = edgeKey(into, other);
			const now = { source: into < other ? into : other, target: into < other ? other : into, counts: { ...e.counts }, weight: e.weight };
			edges.delete(oldKey);
			edges.set(key, now);
			changed.add(oldKey);
			changed.add(key);
			return now;
		});
		const moved = promises.map((p) => ({ ...p, people: p.people.map((x) => (x === from ? into : x)) }));
		times.push(performance.now() - t0);
		if (changed.size !== 2 * list.length) throw new Error(`the floor re-keyed ${changed.size / 2} of ${list.length} edges`);
		copies += moved.length;
		list = next;
		[from, into] = [into, from];
	}
	// The work was done, not optimised away: each edge is under its last key, each promise copied each round.
	for (const e of list) if (edges.get(edgeKey(e.source, e.target)) !== e) throw new Error(`the floor lost the edge ${e.source} – ${e.target}`);
	if (copies !== ROUNDS * promises.length) throw new Error(`the floor copied ${copies} promises, not ${ROUNDS * promises.length}`);
	return median(times);
}

/**
 * Median ms of taking `person` out of copies of the network's edges, degrees, touchpoints and promises (put
 * back untimed after each round). Their own note's touchpoints of others are left out, so it is a floor.
 */
export function removalFloorMs(network: Network, person: string): number {
	const { edges, theirs: list, promises } = copyAround(network, person);
	const degree = new Map(network.degree);
	const touchpoints = new Map(network.touchpoints);
	const times: number[] = [];
	let copies = 0;
	for (let r = 0; r < ROUNDS; r++) {
		const t0 = performance.now();
		const changed = new Set<string>();
		for (const e of list) {
			const key = edgeKey(e.source, e.target);
			edges.delete(key);
			changed.add(key);
			const other = e.source === person ? e.target : e.source;
			degree.set(other, (degree.get(other) ?? 0) - 1);
		}
		degree.delete(person);
		touchpoints.delete(person);
		const left = promises.map((p) => ({ ...p, people: p.people.filter((x) => x !== person) }));
		times.push(performance.now() - t0);
		if (changed.size !== list.length) throw new Error(`the removal floor took out ${changed.size} of ${list.length} edges`);
		copies += left.length;
		// Put back for the next round, untimed.
		for (const e of list) {
			edges.set(edgeKey(e.source, e.target), e);
			const other = e.source === person ? e.target : e.source;
			degree.set(other, (degree.get(other) ?? 0) + 1);
		}
		degree.set(person, network.degree.get(person) ?? 0);
		touchpoints.set(person, network.touchpoints.get(person) ?? []);
	}
	for (const [k, n] of network.degree) if (degree.get(k) !== n) throw new Error(`the removal floor left ${k}'s degree at ${degree.get(k)}, not ${n}`);
	if (copies !== ROUNDS * promises.length) throw new Error(`the removal floor copied ${copies} promises, not ${ROUNDS * promises.length}`);
	return median(times);
}
