/**
 * The network's sums: the touchpoints, promises, edges and problems of every note part added up, and
 * kept in the orders the queries read them as parts come and go (never re-sorted whole). Which parts to
 * add or take away is the derivation's business (derivation.ts); this only keeps the sums.
 */
import type { IsoDate } from "./dates";
import type { EdgeMark, Part } from "./contribution";
import type { Edge, NetworkChanges } from "./network";
import type { Problem } from "./problems";
import { BatchedSortedList } from "./collections";
import { ListChanges } from "./list-changes";
import { comparePromises, compareTouchpoints, compareUpcoming } from "./orders";
import { EdgeSums } from "./edge-sums";
import type { PromiseTask, Touchpoint } from "./touchpoints";

/** What the sums hand to a network snapshot (copies where a later update would change them in place). */
export interface SumsSnapshot {
	touchpoints: Map<string, Touchpoint[]>;
	upcoming: Map<string, Touchpoint[]>;
	promises: PromiseTask[];
	edges: Map<string, Edge>;
	edgeOrder: Edge[];
	degree: ReadonlyMap<string, number>;
	promisesByPerson: Map<string, PromiseTask[]>;
	/** Every note's own problems, unsorted. */
	problems: Problem[];
	/** What changed since the last snapshot (nothing is recorded while rebuilding). */
	delta: SumsDelta;
}

export type SumsDelta = Omit<NetworkChanges, "previous">;

/** What changed besides the edges, which the edge sums record themselves (`EdgeSums.takeChanged`). */
type OwnDelta = Omit<SumsDelta, "edges">;

function noDelta(): OwnDelta {
	return { promisesAdded: [], promisesRemoved: [], people: new Set() };
}

export class NetworkSums {
	private readonly touchpoints = new Map<string, Touchpoint[]>();
	private readonly upcoming = new Map<string, Touchpoint[]>();
	/** Changes to the touchpoint lists, applied when the network is next read (list-changes.ts). */
	private readonly touchChanges = new ListChanges(this.touchpoints, compareTouchpoints);
	private readonly upcomingChanges = new ListChanges(this.upcoming, compareUpcoming);
	/** The edges, their order, degrees and each person's edges (edge-sums.ts). */
	private readonly edges = new EdgeSums();
	/**
	 * Every promise in `comparePromises` order: what comes and goes is merged in once when the network is
	 * next read (a splice per item was the p99 of renames).
	 */
	private readonly promises = new BatchedSortedList<PromiseTask>(comparePromises);
	/**
	 * Each person's promises in `comparePromises` order (a promise naming a person twice is there twice);
	 * like the touchpoint lists, a changed list is a new array when the network is next read: the ranked
	 * list (next.ts) redoes only the people whose list changed.
	 */
	private readonly promisesByPerson = new Map<string, PromiseTask[]>();
	private readonly promiseChanges = new ListChanges(this.promisesByPerson, comparePromises);
	private readonly problemsByFile = new Map<string, Problem[]>();
	private delta = noDelta();
	/** While rebuilding, ordered lists are appended to and sorted once at the end. */
	private bulk = false;

	/** Touchpoints after `today` are upcoming, never counted. */
	constructor(private readonly today: IsoDate) {}

	/** Adds many parts at once: appended now, sorted once by `endBulk`. `span`: see `EdgeSums.beginBulk`. */
	beginBulk(span: number): void {
		this.bulk = true;
		this.edges.beginBulk(span);
	}

	endBulk(): void {
		this.bulk = false;
		// Every list is new: sorted once here, with no changes recorded (a rebuild has no previous network).
		this.touchChanges.sortAll();
		this.upcomingChanges.sortAll();
		this.promiseChanges.sortAll();
		this.promises.sortAppended();
		this.edges.endBulk();
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
		const delta: SumsDelta = { ...this.delta, edges: this.edges.takeChanged() };
		this.delta = noDelta();
		return {
			delta,
			touchpoints: this.touchpoints, upcoming: this.upcoming, promises: this.promises.share(), edges: this.edges.edges,
			...this.edges.share(), promisesByPerson: this.promisesByPerson, problems,
		};
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
			if (this.bulk) this.edges.addWhileBuilding(mark.a, mark.b, mark.kind);
			else this.edges.add(mark.a.path, mark.b.path, mark.kind);
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

	/** The promises naming `person` now (the pending changes to their list made first). */
	promisesOf(person: string): readonly PromiseTask[] {
		return this.promiseChanges.current(person);
	}

	/**
	 * A person's note moved from `from` to `to` under the same name (person-move.ts): their touchpoint
	 * lists, edges and degree are put under the new path; the parts that name them hold their ref, whose
	 * path the caller changes. Their promises name them by path: the caller replaces those first.
	 */
	movePerson(from: string, to: string): void {
		this.touchChanges.moveKey(from, to);
		this.upcomingChanges.moveKey(from, to);
		this.markPerson(from);
		this.markPerson(to);
		this.edges.move(from, to);
	}

	subtractPart(part: Part): void {
		// Indexed loops, as in `addPart`: a popular person's removal subtracts a thousand notes' parts in code
		// the optimiser has not seen much of, and a for-of's iterator results were a tenth of what it allocated.
		const { touches, edges, promises } = part;
		for (let i = 0; i < touches.length; i++) {
			const { person, touch } = touches[i] as Part["touches"][number];
			this.pull(this.touchListsFor(touch), person.path, touch);
		}
		for (let i = 0; i < edges.length; i++) {
			const mark = edges[i] as EdgeMark;
			this.edges.subtract(mark.a.path, mark.b.path, mark.kind);
		}
		for (let i = 0; i < promises.length; i++) {
			const p = promises[i] as PromiseTask;
			this.promises.remove(p);
			this.delta.promisesRemoved.push(p);
			for (let j = 0; j < p.people.length; j++) this.pull(this.promiseChanges, p.people[j] as string, p);
		}
	}
}
