/**
 * The derived network: the people, their touchpoints and promises, the edges between them, and what
 * changed since the network before. What each note adds to it is contribution.ts; how the contributions
 * are added up and kept current, derivation.ts.
 */
import type { Person } from "./people";
import type { Problem } from "./problems";
import type { PromiseTask, Touchpoint } from "./touchpoints";

export type EdgeKind = "link" | "together" | "met_through" | "intro";
export const EDGE_KINDS: readonly EdgeKind[] = ["link", "together", "met_through", "intro"];

export interface Edge {
	/** The smaller path. */
	source: string;
	target: string;
	/** How many times each kind was seen. */
	counts: Partial<Record<EdgeKind, number>>;
	weight: number;
}

/**
 * The derived network. Its maps are kept current by later updates of the index: read them, don't keep
 * them across updates (compare `NetworkIndex.revision` instead).
 */
export interface Network {
	people: Map<string, Person>;
	/** Touchpoints on or before the derivation's `today`, per person, latest first. */
	touchpoints: Map<string, Touchpoint[]>;
	/** Dated contact after `today`: shown as upcoming, never counted. */
	upcoming: Map<string, Touchpoint[]>;
	/** Every task that is a promise, any status, by due date (none last), then file and line (frozen: copy to sort). */
	promises: PromiseTask[];
	edges: Map<string, Edge>;
	/** The edges in order (by source, then target; frozen). */
	edgeOrder: Edge[];
	/** How many edges each person has (people with none are absent); later updates change a copy, not this. */
	degree: ReadonlyMap<string, number>;
	/** Person paths in name order. */
	peopleOrder: string[];
	/**
	 * Each person's promises (any status, in `promises` order), by person path; a list that changes is
	 * replaced by a new array. Absent on networks made by hand: readers then filter `promises`.
	 */
	promisesByPerson?: Map<string, PromiseTask[]>;
	/**
	 * What changed since the network the index handed out before this one (absent on the first and on
	 * networks made by hand): answers patch that network's answers instead of passing over everything.
	 * Only the newest network keeps its link, so old networks are not held in a chain.
	 */
	changes?: NetworkChanges;
	problems: Problem[];
}

/**
 * What the people, cold and rhythm answers read of a network: the people and their contact. Every
 * `Network` is one; the index can also derive just this, without promises and edges, for a command that
 * prints nothing else (`NetworkIndex.peopleNetwork`).
 */
export type PeopleNetwork = Pick<Network, "people" | "touchpoints" | "upcoming" | "peopleOrder" | "changes">;

export interface NetworkChanges {
	previous: Network;
	/** Promises that came and went, each once per time (a promise may go and come back). */
	promisesAdded: PromiseTask[];
	promisesRemoved: PromiseTask[];
	/** Keys (`edgeKey`) of the edges added, removed or counted again. */
	edges: Set<string>;
	/**
	 * People whose state inputs may have changed: their note (a new Person, or none), their touchpoints
	 * or their promises. Everyone else's state and entries are as in `previous` (cold.ts, next.ts patch).
	 */
	people: Set<string>;
}

/** How many times each promise came (+) and went (-) in `changes`: one that went and came back nets 0. */
export function netPromiseChanges(changes: Pick<NetworkChanges, "promisesAdded" | "promisesRemoved">): Map<PromiseTask, number> {
	const net = new Map<PromiseTask, number>();
	for (const p of changes.promisesAdded) net.set(p, (net.get(p) ?? 0) + 1);
	for (const p of changes.promisesRemoved) net.set(p, (net.get(p) ?? 0) - 1);
	return net;
}

/** The key of the edge between two people in `Network.edges`: the same whichever way round they come. */
export function edgeKey(a: string, b: string): string {
	return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The two people of an edge key, the smaller path first. */
export function edgeEnds(key: string): [string, string] {
	const cut = key.indexOf("\u0000");
	return [key.slice(0, cut), key.slice(cut + 1)];
}
