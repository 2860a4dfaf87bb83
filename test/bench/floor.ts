/**
 * The least a move of the most-linked person must do to the answer as `Network` has it, with none of the
 * index's bookkeeping: each of their edges under a new key of `Network.edges` (keyed by the two people's
 * paths) as a new object, and each promise naming them copied with the new path. The merges of the
 * edge and promise orders, and resolving the links to their name again, come on top. It says how much of
 * the < 2 ms target the shape of the answer takes by itself.
 */
import type { Network } from "../../src/core";
import { edgeKey } from "../../src/core/network";
import { median } from "./stats";

const ROUNDS = 21;

/** Median ms of re-keying `person`'s edges to `to` and back, in a copy of the network's edge map. */
export function answerFloorMs(network: Network, person: string, to: string): number {
	const edges = new Map(network.edges);
	let list = [...edges.values()].filter((e) => e.source === person || e.target === person);
	const promises = network.promises.filter((p) => p.people.includes(person));
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
