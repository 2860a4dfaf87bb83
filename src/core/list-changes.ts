/**
 * Sorted lists by key (each person's touchpoints, each person's promises) whose changes are kept aside
 * until the next network is made: then each changed list is made again, as a new array, filtered and
 * sorted once. A list a network was handed is never changed afterwards (per-person caches in next.ts
 * rely on a changed list being a new object), and a popular person's thousand touchpoints are sorted
 * once per network, not spliced one at a time.
 */
import { take } from "./collections";

export class ListChanges<T> {
	/** Per key: what came (in order) and how many times each item went. */
	private readonly pending = new Map<string, { came: T[]; gone: Map<T, number> }>();

	constructor(
		private readonly lists: Map<string, T[]>,
		private readonly compare: (a: T, b: T) => number,
	) {}

	private of(key: string): { came: T[]; gone: Map<T, number> } {
		let p = this.pending.get(key);
		if (!p) this.pending.set(key, (p = { came: [], gone: new Map<T, number>() }));
		return p;
	}

	/** Building from nothing: appended in place, sorted by `sortAll` (no list was handed out yet). */
	append(key: string, item: T): void {
		const list = this.lists.get(key);
		if (list) list.push(item);
		else this.lists.set(key, [item]);
	}

	sortAll(): void {
		for (const list of this.lists.values()) list.sort(this.compare);
	}

	add(key: string, item: T): void {
		this.of(key).came.push(item);
	}

	/** Takes one `item` out (an item listed twice, as a promise naming a person twice, goes once per call). */
	remove(key: string, item: T): void {
		const { gone } = this.of(key);
		gone.set(item, (gone.get(item) ?? 0) + 1);
	}

	/** Makes each changed list again. */
	flush(): void {
		for (const [key, changes] of this.pending) this.apply(key, changes);
		this.pending.clear();
	}

	/** The list under `key` with its changes made (a new array if there were any). */
	current(key: string): readonly T[] {
		const changes = this.pending.get(key);
		if (changes) {
			this.apply(key, changes);
			this.pending.delete(key);
		}
		return this.lists.get(key) ?? [];
	}

	/** Puts the list under `from` (changes made) under `to`, which must have none yet: a person's note moved. */
	moveKey(from: string, to: string): void {
		if (this.lists.has(to) || this.pending.has(to)) throw new Error(`a list is already kept under ${to}`);
		const list = this.current(from);
		if (list.length === 0) return;
		this.lists.delete(from);
		this.lists.set(to, list as T[]);
	}

	private apply(key: string, { came, gone }: { came: T[]; gone: Map<T, number> }): void {
		const all = (this.lists.get(key) ?? []).concat(came);
		// Each item out as often as it went (it may have gone and come back since: the later copy stays).
		const kept = gone.size === 0 ? all : all.filter((x) => !take(gone, x));
		if (kept.length === 0) this.lists.delete(key);
		else this.lists.set(key, kept.sort(this.compare));
	}
}

