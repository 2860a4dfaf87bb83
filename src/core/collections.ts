/** Sorted lists kept by binary search, and maps of lists and sets: the derivation's bookkeeping. */
/** Where `item` goes in a sorted list (after its equals). */
export function insertionPoint<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
	let lo = 0, hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (compare(list[mid] as T, item) <= 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * `list` in an array of exactly its length. An array grown by push keeps up to 16 spare slots (128
 * bytes): on the hundreds of thousands of small lists a 50,000-note index keeps, that was a fifth of it.
 */
export function exact<T>(list: T[]): T[] {
	return list.length === 0 ? list : list.slice();
}

export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	const set = map.get(key);
	if (set) set.add(value);
	else map.set(key, new Set([value]));
}

/** Lists where `addTo`'s sets would hold one entry each: an array is a fifth of a set's size. Unordered. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Takes one `value` out of the unordered list at `key` (the last entry takes its place). */
export function pullFrom<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (!list) return;
	const i = list.indexOf(value);
	if (i < 0) return;
	const last = list.pop() as V;
	if (i < list.length) list[i] = last;
	if (list.length === 0) map.delete(key);
}

export function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(value);
	if (set.size === 0) map.delete(key);
}

/**
 * A sorted list whose additions and removals are kept aside and merged in once, when it is next read:
 * a rename that moves hundreds of entries costs one merge, not hundreds of splices into a long array.
 * The result is the one inserting each addition after its equals, in order, would give.
 */
export class BatchedSortedList<T> {
	private list: T[] = [];
	private pending: T[] = [];
	/** How many of each pending addition are still wanted, and how many of each listed item have gone. */
	private readonly wanted = new Map<T, number>();
	private readonly gone = new Map<T, number>();

	constructor(private readonly compare: (a: T, b: T) => number) {}

	add(item: T): void {
		// One taken out and back since the last read leaves its place and goes after its equals, as a splice would.
		this.pending.push(item);
		this.wanted.set(item, (this.wanted.get(item) ?? 0) + 1);
	}

	/** Appends without bookkeeping, while building from nothing: `sortAppended` must come before the next read. */
	append(item: T): void {
		this.list.push(item);
	}

	/** Sorts what `append` put in (a stable sort: equals keep the order they came in). */
	sortAppended(): void {
		this.list.sort(this.compare);
	}

	/** Replaces the whole list with `sorted` (already in order), while building from nothing. */
	reset(sorted: T[]): void {
		this.list = sorted;
	}

	remove(item: T): void {
		const w = this.wanted.get(item) ?? 0;
		if (w > 0) return void this.wanted.set(item, w - 1);
		this.gone.set(item, (this.gone.get(item) ?? 0) + 1);
	}

	/** The list, in order, with every change merged in. Do not change it: copy it. */
	read(): readonly T[] {
		if (this.pending.length === 0 && this.gone.size === 0) return this.list;
		// The latest addition of an item is the one kept (one added, taken out and added again goes last).
		const adds = this.pending.reverse().filter((x) => take(this.wanted, x)).reverse().sort(this.compare);
		this.pending = [];
		this.wanted.clear();
		// Each change is found by binary search and the list copied once: a rename of someone hundreds of
		// notes mention costs one copy, not a splice (or a comparison per entry) for each.
		const drops: number[] = [];
		for (const [x, n] of this.gone) findAll(this.list, x, n, this.compare, drops);
		this.list = withChanges(this.list, drops, adds, this.compare);
		this.gone.clear();
		return this.list;
	}

	/** The list to hand out (to a network), frozen: every change makes a new array. */
	share(): T[] {
		return Object.freeze(this.read()) as T[];
	}
}

/**
 * `list` (sorted by `compare`) without the entries at the indexes `drops` and with `adds` (sorted) each put
 * after its equals: one copy plus a binary search per change, however long the list (a splice per change
 * of a rename of someone a thousand notes link moved 50k entries each time). With no change, `list`
 * itself: the callers hand out frozen lists, and a copy of 50,000 entries for nothing was a millisecond.
 */
export function withChanges<T>(list: readonly T[], drops: number[], adds: readonly T[], compare: (a: T, b: T) => number): T[] {
	if (drops.length === 0 && adds.length === 0) return list as T[];
	drops.sort((a, b) => a - b);
	// Sorted additions have ascending places.
	const places = adds.map((x) => insertionPoint(list, x, compare));
	return drops.length + adds.length <= FEW_CHANGES ? copiedInSlices(list, drops, adds, places) : copiedInOnePass(list, drops, adds, places);
}

/**
 * Up to this many changes the list is copied in slices between them (native copies, the fastest for a
 * few: 20 changes in 50,000 entries, 0.42-0.47 ms against 0.88-0.98 in the loop); beyond, in one pass
 * (2,666 changes: 1.0-1.3 ms against 1.6-1.9 in slices).
 */
const FEW_CHANGES = 64;

function copiedInSlices<T>(list: readonly T[], drops: readonly number[], adds: readonly T[], places: readonly number[]): T[] {
	const chunks: T[][] = [];
	let start = 0, d = 0, j = 0;
	while (d < drops.length || j < adds.length) {
		const drop = d < drops.length ? (drops[d] as number) : Infinity;
		const place = j < adds.length ? (places[j] as number) : Infinity;
		if (place <= drop) {
			pushSlices(chunks, list, start, place);
			start = place;
			const run: T[] = [];
			while (j < adds.length && places[j] === place) run.push(adds[j++] as T);
			chunks.push(run);
		} else {
			pushSlices(chunks, list, start, drop);
			start = drop + 1;
			d++;
		}
	}
	pushSlices(chunks, list, start, list.length);
	// At most 2 * FEW_CHANGES + 1 chunks and one per SLICE entries: within the limit of a spread of arguments.
	return ([] as T[]).concat(...chunks);
}

/**
 * The longest slice `copiedInSlices` makes (64 KB of pointers). V8 gives an array over 128 KB pages of
 * its own, new each time, where a shorter one is carved out of memory the young generation reuses: the
 * two halves of a 50,000-entry list around one change were 400 KB of fresh pages more to fault in (on
 * the bench's host, 99 more faults and 1 ms more than the copy itself).
 */
const SLICE = 8192;

function pushSlices<T>(chunks: T[][], list: readonly T[], from: number, to: number): void {
	for (let at = from; at < to; at += SLICE) chunks.push(list.slice(at, Math.min(to, at + SLICE)));
}

/** Into an array of its final length: no slice per change, and no copy of the joined slices. */
function copiedInOnePass<T>(list: readonly T[], drops: readonly number[], adds: readonly T[], places: readonly number[]): T[] {
	let size = list.length + adds.length;
	for (let d = 0; d < drops.length; d++) if (d === 0 || drops[d] !== drops[d - 1]) size--;
	const out = new Array<T>(size);
	let o = 0, d = 0, j = 0;
	for (let i = 0; i <= list.length; i++) {
		// Additions go before the entry at their place (after its equals, which come before it).
		while (j < adds.length && places[j] === i) out[o++] = adds[j++] as T;
		if (i === list.length) break;
		if (d < drops.length && drops[d] === i) {
			while (d < drops.length && drops[d] === i) d++;
			continue;
		}
		out[o++] = list[i] as T;
	}
	return out;
}

/**
 * Pushes onto `into` the places of `n` entries identical to `x` in the sorted `list`: searched among its
 * equals first, then (an entry whose order changed since it was put in) by a scan.
 */
function findAll<T>(list: readonly T[], x: T, n: number, compare: (a: T, b: T) => number, into: number[]): void {
	let left = n;
	for (let i = insertionPoint(list, x, compare) - 1; i >= 0 && left > 0 && compare(list[i] as T, x) === 0; i--) {
		if (list[i] === x) {
			into.push(i);
			left--;
		}
	}
	for (let i = 0; i < list.length && left > 0; i++) {
		if (list[i] === x && !into.includes(i)) {
			into.push(i);
			left--;
		}
	}
}

/** Takes one of `x` from the counts; true when there was one. */
export function take<T>(counts: Map<T, number>, x: T): boolean {
	const n = counts.get(x) ?? 0;
	if (n === 0) return false;
	if (n === 1) counts.delete(x);
	else counts.set(x, n - 1);
	return true;
}
