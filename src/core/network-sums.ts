/**
 * The network's sums: the touchpoints, promises, edges and problems of every note part added up, and
 * kept in the orders the queries read them as parts come and go (never re-sorted whole). Which parts to
 * add or take away is the derivation's business (derivation.ts); this only keeps the sums.
 */
import type { IsoDate } from "./dates";
import type { EdgeMark, Part } from "./contribution";
import { type Edge, edgeKey, type NetworkChanges } from "./network";
import type { Problem } from "./problems";
import { BatchedSortedList } from "./collections";
import { ListChanges } from "./list-changes";
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
	/** Changes to the touchpoint lists, applied when the network is next read (list-changes.ts). */
	private readonly touchChanges = new ListChanges(this.touchpoints, compareTouchpoints);
	private readonly upcomingChanges = new ListChanges(this.upcoming, compareUpcoming);
	private readonly edges = new Map<string, Edge>();
	/**
	 * Every promise in `comparePromises` order, and the edges by source then target: what comes and goes
	 * is merged in once when the network is next read (a splice per item was the p99 of renames).
	 */
	private readonly promises = new BatchedSortedList<PromiseTask>(comparePromises);
	private readonly edgeOrder = new BatchedSortedList<Edge>(compareEdges);
	/**
	 * Each person's promises in `comparePromises` order (a promise naming a person twice is there twice);
	 * like the touchpoint lists, a changed list is a new array when the network is next read: the ranked
	 * list (next.ts) redoes only the people whose list changed.
	 */
	private readonly promisesByPerson = new Map<string, PromiseTask[]>();
	private readonly promiseChanges = new ListChanges(this.promisesByPerson, comparePromises);
	/** How many edges each person has; copied before a change once a network holds it. */
	private degree = new Map<string, number>();
	private degreeShared = false;
	private readonly problemsByFile = new Map<string, Problem[]>();
	private delta = noDelta();
	/** While rebuilding, ordered lists are appended to and sorted once at the end. */
	private bulk = false;
	/**
	 * While rebuilding: the edges by source, then target. A mark finds its edge with no key string made
	 * for it, and the edge order is read off in the end with only each person's own edges sorted, not a
	 * sort of every edge key (a tenth of the first network's time at 50,000 notes).
	 */
	private bulkEdges: Map<string, Map<string, Edge>> | null = null;

	/** Touchpoints after `today` are upcoming, never counted. */
	constructor(private readonly today: IsoDate) {}

	/** Adds many parts at once: appended now, sorted once by `endBulk`. */
	beginBulk(): void {
		this.bulk = true;
		this.bulkEdges = new Map<string, Map<string, Edge>>();
	}

	endBulk(): void {
		this.bulk = false;
		// Every list is new: sorted once here, with no changes recorded (a rebuild has no previous network).
		this.touchChanges.sortAll();
		this.upcomingChanges.sortAll();
		this.promiseChanges.sortAll();
		this.promises.sortAppended();
		// Sources in order, then each one's targets (compareEdges); a sort of strings without a comparator is
		// several times faster than one that calls back into JavaScript.
		const bySource = this.bulkEdges ?? new Map<string, Map<string, Edge>>();
		this.bulkEdges = null;
		const order: Edge[] = [];
		for (const source of [...bySource.keys()].sort()) {
			const targets = bySource.get(source) as Map<string, Edge>;
			if (targets.size === 1) order.push(targets.values().next().value as Edge);
			else for (const target of [...targets.keys()].sort()) order.push(targets.get(target) as Edge);
		}
		this.edgeOrder.reset(order);
	}

	/** The problems a file has now (none: forgets it). */
	setProblems(path: string, problems: Problem[]): void {
		if (problems.length > 0) this.problemsByFile.set(path, problems);
		else this.problemsByFile.delete(path);
	}

	snapshot(): SumsSnapshot {
		this.touchChanges.flush();
		this.upcomingChanges.flush();
		this.promiseChanges.flush();
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

	private touchListsFor(touch: Touchpoint): ListChanges<Touchpoint> {
		return touch.date > this.today ? this.upcomingChanges : this.touchChanges;
	}

	/** Adds to a person's list: in place while rebuilding, else as a change that marks them. */
	private put<T>(lists: ListChanges<T>, person: string, item: T): void {
		if (this.bulk) return lists.append(person, item);
		lists.add(person, item);
		this.markPerson(person);
	}

	private pull<T>(lists: ListChanges<T>, person: string, item: T): void {
		lists.remove(person, item);
		this.markPerson(person);
	}

	addPart(part: Part): void {
		// Indexed loops: a rebuild adds every part of the vault, before the optimiser has seen enough of this
		// to drop the iterator results a for-of would make.
		const { touches, edges, promises } = part;
		for (let i = 0; i < touches.length; i++) {
			const { person, touch } = touches[i] as Part["touches"][number];
			this.put(this.touchListsFor(touch), person.path, touch);
		}
		for (let i = 0; i < edges.length; i++) {
			const mark = edges[i] as EdgeMark;
			const a = mark.a.path, b = mark.b.path, kind = mark.kind;
			if (this.bulkEdges) {
				this.addBulkEdge(a, b, kind, this.bulkEdges);
				continue;
			}
			// Not rebuilding: the edge's key is made, and the change recorded.
			const key = edgeKey(a, b);
			let e = this.edges.get(key);
			if (!e) {
				// The people's own path strings, not slices of the key: flat strings compare faster, and the
				// same person's path is then one string, equal at a glance.
				this.edges.set(key, (e = { source: a < b ? a : b, target: a < b ? b : a, counts: {}, weight: 0 }));
				this.edgeOrder.add(e);
				this.setDegree(a, 1);
				this.setDegree(b, 1);
			}
			e.counts[kind] = (e.counts[kind] ?? 0) + 1;
			e.weight++;
			this.delta.edges.add(key);
		}
		for (let i = 0; i < promises.length; i++) {
			const p = promises[i] as PromiseTask;
			if (this.bulk) this.promises.append(p);
			else {
				this.promises.add(p);
				this.delta.promisesAdded.push(p);
			}
			for (const person of p.people) this.put(this.promiseChanges, person, p);
		}
	}

	/** `addPart`'s edge while rebuilding: found by its two ends; the network's map gets each new edge once. */
	private addBulkEdge(a: string, b: string, kind: EdgeMark["kind"], bySource: Map<string, Map<string, Edge>>): void {
		const source = a < b ? a : b, target = a < b ? b : a;
		let targets = bySource.get(source);
		if (!targets) bySource.set(source, (targets = new Map<string, Edge>()));
		let e = targets.get(target);
		if (!e) {
			targets.set(target, (e = { source, target, counts: {}, weight: 0 }));
			this.edges.set(edgeKey(a, b), e);
			this.setDegree(a, 1);
			this.setDegree(b, 1);
		}
		e.counts[kind] = (e.counts[kind] ?? 0) + 1;
		e.weight++;
	}

	/** The promises naming `person` now (the pending changes to their list made first). */
	promisesOf(person: string): readonly PromiseTask[] {
		return this.promiseChanges.current(person);
	}

	/**
	 * A person's note moved from `from` to `to` under the same name (person-move.ts): their touchpoint
	 * lists, edges and degree are put under the new path; the parts that name them hold their ref, whose
	 * path the caller changes. Their promises name them by path: the caller replaces those first. Finding
	 * their edges is a pass over the edge map, not over the notes that link them.
	 */
	movePerson(from: string, to: string): void {
		this.touchChanges.moveKey(from, to);
		this.upcomingChanges.moveKey(from, to);
		this.markPerson(from);
		this.markPerson(to);
		const moved: Edge[] = [];
		for (const e of this.edges.values()) if (e.source === from || e.target === from) moved.push(e);
		for (const e of moved) {
			const other = e.source === from ? e.target : e.source;
			const oldKey = edgeKey(from, other), key = edgeKey(to, other);
			if (this.edges.has(key)) throw new Error(`an edge is already kept between ${to} and ${other}`);
			// A new object: the old one is in the orders a network was handed.
			const now: Edge = { source: to < other ? to : other, target: to < other ? other : to, counts: { ...e.counts }, weight: e.weight };
			this.edges.delete(oldKey);
			this.edges.set(key, now);
			this.edgeOrder.remove(e);
			this.edgeOrder.add(now);
			this.delta.edges.add(oldKey);
			this.delta.edges.add(key);
		}
		const degree = this.degree.get(from);
		if (degree !== undefined) {
			this.setDegree(from, -degree);
			this.setDegree(to, degree);
		}
	}

	subtractPart(part: Part): void {
		for (const { person, touch } of part.touches) this.pull(this.touchListsFor(touch), person.path, touch);
		for (const mark of part.edges) {
			const a = mark.a.path, b = mark.b.path, kind = mark.kind;
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
			for (const person of p.people) this.pull(this.promiseChanges, person, p);
		}
	}
}
