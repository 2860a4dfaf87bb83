/**
 * The network's sums: the touchpoints, promises, edges and problems of every note part added up, and
 * kept in the orders the queries read them as parts come and go (never re-sorted whole). Which parts to
 * add or take away is the derivation's business (derivation.ts); this only keeps the sums.
 */
import type { IsoDate } from "./dates";
import { type Edge, edgeKey, type NetworkChanges, type Part } from "./network";
import type { Problem } from "./problems";
import { BatchedSortedList } from "./collections";
import { compareEdges, comparePromises, compareTouchpoints, compareUpcoming } from "./orders";
import type { PromiseTask, Touchpoint } from "./touchpoints";

/** What the sums hand to a network snapshot (copies where a later update would change them in place). */
export interface SumsSnapshot {
	touchpoints: Map<string, Touchpoint[]>;
	upcoming: Map<string, Touchpoint[]>;
	promises: PromiseTask[];
	edges: Map<string, Edge>;
	edgeOrder: Edge[];
	degree: Map<string, number>;
	promisesByPerson: Map<string, PromiseTask[]>;
	/** Every note's own problems, unsorted. */
	problems: Problem[];
	/** What changed since the last snapshot (nothing is recorded while rebuilding). */
	delta: SumsDelta;
}

export type SumsDelta = Omit<NetworkChanges, "previous">;

function noDelta(): SumsDelta {
	return { promisesAdded: [], promisesRemoved: [], edges: new Set(), people: new Set() };
}

export class NetworkSums {
	private readonly touchpoints = new Map<string, Touchpoint[]>();
	private readonly upcoming = new Map<string, Touchpoint[]>();
	/**
	 * Touchpoint lists changed since the last snapshot: additions are pushed, removals remembered, and
	 * each list is filtered and sorted once when the network is next read. (Splicing into sorted lists one
	 * touch at a time was quadratic for a popular person's thousand touchpoints.)
	 */
	private readonly dirtyTouches = new Map<Map<string, Touchpoint[]>, Map<string, Set<Touchpoint> | null>>();
	private readonly edges = new Map<string, Edge>();
	/**
	 * Every promise in `comparePromises` order, and the edges by source then target: what comes and goes
	 * is merged in once when the network is next read (a splice per item was the p99 of renames).
	 */
	private readonly promises = new BatchedSortedList<PromiseTask>(comparePromises);
	private readonly edgeOrder = new BatchedSortedList<Edge>(compareEdges);
	/**
	 * Each person's promises in `comparePromises` order (a promise naming a person twice is there twice).
	 * Like the touchpoint lists, a changed list is filtered and sorted once when the network is next read,
	 * and is then a new array: the ranked list (next.ts) redoes only the people whose list changed.
	 */
	private readonly promisesByPerson = new Map<string, PromiseTask[]>();
	/** People whose promise list changed since the last snapshot, with how often each promise left it. */
	private readonly dirtyPromises = new Map<string, Map<PromiseTask, number>>();
	/** How many edges each person has; copied before a change once a network holds it. */
	private degree = new Map<string, number>();
	private degreeShared = false;
	private readonly problemsByFile = new Map<string, Problem[]>();
	private delta = noDelta();
	/** While rebuilding, ordered lists are appended to and sorted once at the end. */
	private bulk = false;

	/** Touchpoints after `today` are upcoming, never counted. */
	constructor(private readonly today: IsoDate) {}

	/** Adds many parts at once: appended now, sorted once by `endBulk`. */
	beginBulk(): void {
		this.bulk = true;
	}

	endBulk(): void {
		this.bulk = false;
		// Every list is new: sorted once here, with no changes recorded (a rebuild has no previous network).
		for (const list of this.touchpoints.values()) list.sort(compareTouchpoints);
		for (const list of this.upcoming.values()) list.sort(compareUpcoming);
		for (const list of this.promisesByPerson.values()) list.sort(comparePromises);
		this.promises.sortAppended();
		// Edge keys sort as compareEdges does (source, then target: NUL sorts first), and a sort of strings
		// without a comparator is several times faster than one that calls back into JavaScript.
		const keys = [...this.edges.keys()].sort();
		this.edgeOrder.reset(keys.map((k) => this.edges.get(k) as Edge));
	}

	/** The problems a file has now (none: forgets it). */
	setProblems(path: string, problems: Problem[]): void {
		if (problems.length > 0) this.problemsByFile.set(path, problems);
		else this.problemsByFile.delete(path);
	}

	snapshot(): SumsSnapshot {
		this.flushTouches();
		this.flushPromises();
		const problems: Problem[] = [];
		for (const list of this.problemsByFile.values()) problems.push(...list);
		const delta = this.delta;
		this.delta = noDelta();
		return {
			delta,
			touchpoints: this.touchpoints, upcoming: this.upcoming, promises: this.promises.share(), edges: this.edges,
			edgeOrder: this.edgeOrder.share(), degree: this.shareDegree(), promisesByPerson: this.promisesByPerson, problems,
		};
	}

	private shareDegree(): Map<string, number> {
		this.degreeShared = true;
		return this.degree;
	}

	private setDegree(person: string, by: number): void {
		if (this.degreeShared) this.degree = new Map(this.degree);
		this.degreeShared = false;
		const d = (this.degree.get(person) ?? 0) + by;
		if (d > 0) this.degree.set(person, d);
		else this.degree.delete(person);
	}

	/** A person's note was read again (or they came or went): their state may have changed. */
	markPerson(path: string): void {
		if (!this.bulk) this.delta.people.add(path);
	}

	private markTouch(map: Map<string, Touchpoint[]>, person: string, removed: Touchpoint | null): void {
		this.markPerson(person);
		let dirty = this.dirtyTouches.get(map);
		if (!dirty) this.dirtyTouches.set(map, (dirty = new Map<string, Set<Touchpoint> | null>()));
		let gone = dirty.get(person) ?? null;
		if (removed) {
			if (!gone) gone = new Set();
			gone.add(removed);
		}
		dirty.set(person, gone);
	}

	private flushTouches(): void {
		for (const [map, dirty] of this.dirtyTouches) {
			const compare = map === this.upcoming ? compareUpcoming : compareTouchpoints;
			for (const [person, gone] of dirty) {
				const list = map.get(person);
				if (!list) continue;
				// Always a new array: a changed list is a new object, which per-person caches (next.ts) rely on.
				const kept = gone ? list.filter((t) => !gone.has(t)) : list.slice();
				if (kept.length === 0) map.delete(person);
				else map.set(person, kept.sort(compare));
			}
		}
		this.dirtyTouches.clear();
	}

	private dirtyPromisesOf(person: string): Map<PromiseTask, number> {
		this.markPerson(person);
		let gone = this.dirtyPromises.get(person);
		if (!gone) this.dirtyPromises.set(person, (gone = new Map<PromiseTask, number>()));
		return gone;
	}

	private flushPromises(): void {
		for (const [person, gone] of this.dirtyPromises) {
			const list = this.promisesByPerson.get(person);
			if (!list) continue;
			// Take each promise out as often as it left (it may have left and come back since).
			const left = new Map(gone);
			const kept = left.size === 0 ? list.slice() : list.filter((p) => {
				const n = left.get(p) ?? 0;
				if (n === 0) return true;
				left.set(p, n - 1);
				return false;
			});
			if (kept.length === 0) this.promisesByPerson.delete(person);
			else this.promisesByPerson.set(person, kept.sort(comparePromises));
		}
		this.dirtyPromises.clear();
	}

	addPart(part: Part): void {
		for (const { person, touch } of part.touches) {
			const map = touch.date > this.today ? this.upcoming : this.touchpoints;
			const list = map.get(person);
			if (list) list.push(touch);
			else map.set(person, [touch]);
			if (!this.bulk) this.markTouch(map, person, null);
		}
		for (const { a, b, kind } of part.edges) {
			const key = edgeKey(a, b);
			let e = this.edges.get(key);
			if (!e) {
				// The people's own path strings, not slices of the key: flat strings compare faster, and the
				// same person's path is then one string, equal at a glance.
				const [source, target] = a < b ? [a, b] : [b, a];
				this.edges.set(key, (e = { source, target, counts: {}, weight: 0 }));
				if (!this.bulk) this.edgeOrder.add(e);
				this.setDegree(a, 1);
				this.setDegree(b, 1);
			}
			e.counts[kind] = (e.counts[kind] ?? 0) + 1;
			e.weight++;
			if (!this.bulk) this.delta.edges.add(key);
		}
		for (const p of part.promises) {
			if (this.bulk) this.promises.append(p);
			else {
				this.promises.add(p);
				this.delta.promisesAdded.push(p);
			}
			for (const person of p.people) {
				const list = this.promisesByPerson.get(person);
				if (list) list.push(p);
				else this.promisesByPerson.set(person, [p]);
				if (!this.bulk) this.dirtyPromisesOf(person);
			}
		}
	}

	subtractPart(part: Part): void {
		for (const { person, touch } of part.touches) {
			this.markTouch(touch.date > this.today ? this.upcoming : this.touchpoints, person, touch);
		}
		for (const { a, b, kind } of part.edges) {
			const key = edgeKey(a, b);
			const e = this.edges.get(key);
			if (!e) continue;
			this.delta.edges.add(key);
			const n = (e.counts[kind] ?? 0) - 1;
			if (n > 0) e.counts[kind] = n;
			else delete e.counts[kind];
			if (--e.weight <= 0) {
				this.edges.delete(key);
				this.edgeOrder.remove(e);
				this.setDegree(a, -1);
				this.setDegree(b, -1);
			}
		}
		for (const p of part.promises) {
			this.promises.remove(p);
			this.delta.promisesRemoved.push(p);
			for (const person of p.people) {
				const gone = this.dirtyPromisesOf(person);
				gone.set(p, (gone.get(p) ?? 0) + 1);
			}
		}
	}
}
