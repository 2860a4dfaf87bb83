/**
 * Counts by path (each person's degree) that a network can hold while later updates go on changing them:
 * kept in 64 small maps, each copied the first time it changes after a snapshot, instead of one map
 * copied whole. Copying the 5,000 degrees of a 50,000-note vault was the p99 of an edit made after a
 * network was read (the plugin's every edit): 1.5 ms against 0.3 without, most of it the page faults of
 * one map over 128 KB, which V8 gives pages of its own. A chunk of about 80 entries is copied in
 * microseconds, from memory the young generation reuses.
 */
const CHUNKS = 64;

/** Which chunk holds `key`: its length and up to eight of its characters, spread over it. */
function chunkOf(key: string): number {
	const n = key.length;
	let h = n;
	const step = n > 8 ? n >> 3 : 1;
	for (let i = n - 1, k = 0; i >= 0 && k < 8; i -= step, k++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
	return (h >>> 0) % CHUNKS;
}

export class ChunkedCounts implements ReadonlyMap<string, number> {
	/** Which chunks a snapshot shares with this (copied before this changes them). */
	private readonly shared = new Array<boolean>(CHUNKS).fill(false);
	/** The last snapshot, while nothing has changed since it was taken. */
	private last: ChunkedCounts | null = null;

	/** Empty counts to change; `snapshot` makes the ones a network holds. */
	constructor(
		private readonly chunks: Map<string, number>[] = Array.from({ length: CHUNKS }, () => new Map<string, number>()),
		private total = 0,
		private readonly changeable = true,
	) {}

	get size(): number {
		return this.total;
	}

	get(key: string): number | undefined {
		return (this.chunks[chunkOf(key)] as Map<string, number>).get(key);
	}

	has(key: string): boolean {
		return (this.chunks[chunkOf(key)] as Map<string, number>).has(key);
	}

	/** Sets `key` to `count`; 0 or less takes it out. Not on a snapshot. */
	set(key: string, count: number): void {
		this.put(this.own(chunkOf(key)), key, count);
	}

	/** Adds `by` to the count of `key` (from 0 when it has none); at 0 or less it goes. Not on a snapshot. */
	add(key: string, by: number): void {
		if (by === 0) return; // nothing changes: no chunk copied, the snapshot stays (a move of a person with no edges)
		const chunk = this.own(chunkOf(key));
		this.put(chunk, key, (chunk.get(key) ?? 0) + by);
	}

	private put(chunk: Map<string, number>, key: string, count: number): void {
		const had = chunk.has(key);
		if (count > 0) {
			chunk.set(key, count);
			if (!had) this.total++;
		} else if (had) {
			chunk.delete(key);
			this.total--;
		}
	}

	/** The counts as they are now, which later `set`s do not change (the same object until one comes). */
	snapshot(): ChunkedCounts {
		if (!this.changeable) return this;
		if (!this.last) {
			this.last = new ChunkedCounts(this.chunks.slice(), this.total, false);
			this.shared.fill(true);
		}
		return this.last;
	}

	forEach(each: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
		for (const chunk of this.chunks) chunk.forEach((v, k) => each(v, k, this));
	}

	entries(): MapIterator<[string, number]> {
		return this.all().entries();
	}

	keys(): MapIterator<string> {
		return this.all().keys();
	}

	values(): MapIterator<number> {
		return this.all().values();
	}

	[Symbol.iterator](): MapIterator<[string, number]> {
		return this.entries();
	}

	/** Every count in one map (iterating is for tests and tools, not for updates). */
	private all(): Map<string, number> {
		const out = new Map<string, number>();
		for (const chunk of this.chunks) for (const [k, v] of chunk) out.set(k, v);
		return out;
	}

	/** Chunk `c`, copied first if a snapshot shares it. */
	private own(c: number): Map<string, number> {
		if (!this.changeable) throw new Error("the counts a network holds do not change");
		this.last = null;
		if (this.shared[c]) {
			this.chunks[c] = new Map(this.chunks[c]);
			this.shared[c] = false;
		}
		return this.chunks[c] as Map<string, number>;
	}
}
