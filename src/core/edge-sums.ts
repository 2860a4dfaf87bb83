/**
 * The network's edges as note parts come and go (network-sums.ts adds the rest up): the edges by key,
 * in order by source then target, how many each person has, and which they are. That last is what a
 * person's move (person-move.ts) re-keys: without it the move was a pass over every edge, the most of a
 * typical person's move at 50,000 notes.
 */
import type { EdgeMark } from "./contribution";
import { type Edge, edgeKey } from "./network";
import { BatchedSortedList } from "./collections";
import { compareEdges } from "./orders";

export class EdgeSums {
	readonly edges = new Map<string, Edge>();
	/** By source, then target: what comes and goes is merged in once when the network is next read. */
	private readonly order = new BatchedSortedList<Edge>(compareEdges);
	/** How many edges each person has; copied before a change once a network holds it. */
	private degree = new Map<string, number>();
	private degreeShared = false;
	/**
	 * Each person's edges, in no order, and maybe some that are gone (weight 0): an edge that goes is not
	 * looked for in its two lists (the most-linked person's removal took one out of 1,363 each time), the
	 * lists drop such edges when they reach twice the person's degree. Arrays: sets were megabytes more.
	 */
	private readonly byPerson = new Map<string, Edge[]>();
	/** Keys of the edges added, removed or counted again since the last `takeChanged`. */
	private changed = new Set<string>();
	/**
	 * While rebuilding: the edges by source, then target. A mark finds its edge with no key string made
	 * for it, and the edge order is read off in the end with only each person's own edges sorted, not a
	 * sort of every edge key (a tenth of the first network's time at 50,000 notes).
	 */
	private bulk: Map<string, Map<string, Edge>> | null = null;

	beginBulk(): void {
		this.bulk = new Map<string, Map<string, Edge>>();
	}

	endBulk(): void {
		// Sources in order, then each one's targets (compareEdges); a sort of strings without a comparator is
		// several times faster than one that calls back into JavaScript.
		const bySource = this.bulk ?? new Map<string, Map<string, Edge>>();
		this.bulk = null;
		const order: Edge[] = [];
		for (const source of [...bySource.keys()].sort()) {
			const targets = bySource.get(source) as Map<string, Edge>;
			if (targets.size === 1) order.push(targets.values().next().value as Edge);
			else for (const target of [...targets.keys()].sort()) order.push(targets.get(target) as Edge);
		}
		this.order.reset(order);
		this.changed.clear(); // a rebuild has no previous network
	}

	/** The edge order (frozen) and the degrees, for a network; later changes go to copies. */
	share(): { edgeOrder: Edge[]; degree: Map<string, number> } {
		this.degreeShared = true;
		return { edgeOrder: this.order.share(), degree: this.degree };
	}

	takeChanged(): Set<string> {
		const changed = this.changed;
		this.changed = new Set();
		return changed;
	}

	/** One more mark of `kind` between the people at paths `a` and `b`. */
	add(a: string, b: string, kind: EdgeMark["kind"]): void {
		if (this.bulk) return this.addBulk(a, b, kind, this.bulk);
		// Not rebuilding: the edge's key is made, and the change recorded.
		const key = edgeKey(a, b);
		let e = this.edges.get(key);
		// The people's own path strings, not slices of the key: flat strings compare faster, and the same
		// person's path is then one string, equal at a glance.
		if (!e) this.order.add((e = this.created(key, a < b ? a : b, a < b ? b : a)));
		e.counts[kind] = (e.counts[kind] ?? 0) + 1;
		e.weight++;
		this.changed.add(key);
	}

	/** `add` while rebuilding: found by its two ends; the network's map gets each new edge once. */
	private addBulk(a: string, b: string, kind: EdgeMark["kind"], bySource: Map<string, Map<string, Edge>>): void {
		const source = a < b ? a : b, target = a < b ? b : a;
		let targets = bySource.get(source);
		if (!targets) bySource.set(source, (targets = new Map<string, Edge>()));
		let e = targets.get(target);
		if (!e) targets.set(target, (e = this.created(edgeKey(a, b), source, target)));
		e.counts[kind] = (e.counts[kind] ?? 0) + 1;
		e.weight++;
	}

	subtract(a: string, b: string, kind: EdgeMark["kind"]): void {
		const key = edgeKey(a, b);
		const e = this.edges.get(key);
		if (!e) return;
		this.changed.add(key);
		const n = (e.counts[kind] ?? 0) - 1;
		if (n > 0) e.counts[kind] = n;
		else delete e.counts[kind];
		if (--e.weight > 0) return;
		this.edges.delete(key);
		this.order.remove(e);
		this.setDegree(e.source, -1);
		this.setDegree(e.target, -1);
	}

	/**
	 * The person at `from` is now at `to`, which no edge names yet (person-move.ts): each of their edges is
	 * put under its new key, as a new object (the old one is in the orders a network was handed; it is
	 * gone now, weight 0, as an edge that `subtract` takes out).
	 */
	move(from: string, to: string): void {
		if (this.degree.has(to)) throw new Error(`edges are already kept for ${to}`);
		const degree = this.degree.get(from) ?? 0;
		// Counted first: `list` compares the new list with the degree.
		this.setDegree(to, degree);
		for (const e of this.byPerson.get(from) ?? []) {
			if (e.weight === 0) continue;
			const other = e.source === from ? e.target : e.source;
			const oldKey = edgeKey(from, other), key = edgeKey(to, other);
			if (this.edges.has(key)) throw new Error(`an edge is already kept between ${to} and ${other}`);
			const now: Edge = { source: to < other ? to : other, target: to < other ? other : to, counts: { ...e.counts }, weight: e.weight };
			e.weight = 0;
			this.edges.delete(oldKey);
			this.edges.set(key, now);
			this.order.remove(e);
			this.order.add(now);
			this.list(to, now);
			this.list(other, now);
			this.changed.add(oldKey);
			this.changed.add(key);
		}
		this.byPerson.delete(from);
		this.setDegree(from, -degree);
	}

	/** A new, empty edge under `key`: in the map, each end's list, and their degrees (not yet in the order). */
	private created(key: string, source: string, target: string): Edge {
		const e: Edge = { source, target, counts: {}, weight: 0 };
		this.edges.set(key, e);
		this.setDegree(source, 1);
		this.setDegree(target, 1);
		this.list(source, e);
		this.list(target, e);
		return e;
	}

	/** Adds `e` to the person's edges; a list that has grown to twice their degree drops the gone ones. */
	private list(person: string, e: Edge): void {
		const list = this.byPerson.get(person);
		if (!list) return void this.byPerson.set(person, [e]);
		list.push(e);
		// `e` itself may not be counted yet (a new edge's weight is 0 until its first mark).
		if (list.length > 2 * (this.degree.get(person) ?? 0) + 8) this.byPerson.set(person, list.filter((x) => x.weight > 0 || x === e));
	}

	private setDegree(person: string, by: number): void {
		if (this.degreeShared) this.degree = new Map(this.degree);
		this.degreeShared = false;
		const d = (this.degree.get(person) ?? 0) + by;
		if (d > 0) this.degree.set(person, d);
		else this.degree.delete(person);
	}
}
