/** The person a row is about, for rows that say it as `path`. */
export const pathOf = (row: { path: string }): string => row.path;

/**
 * An answer with at most one row per person, in a fixed order (the cold list, the ranked list, every
 * person's state), that the next network patches: the rows of the people a change touched
 * (`NetworkChanges.people`) are taken out, worked out again and put back by binary search, so a
 * one-note update costs the people it touched, not a visit and a sort of everyone.
 */
import { insertionPoint } from "./collections";

export class PersonOrder<T> {
	/**
	 * Where each person's row is. Handed on to the patched answer rather than copied (a copy of 5,000
	 * entries per network costs more than the patch): a network is the previous of at most one other, so
	 * an answer is patched at most once; one patched already answers null and the caller works it out whole.
	 */
	private index: Map<string, T> | null;

	private constructor(
		readonly rows: readonly T[],
		index: Map<string, T>,
		private readonly compare: (a: T, b: T) => number,
		private readonly keyOf: (row: T) => string,
	) {
		this.index = index;
		Object.freeze(rows);
	}

	/** `rows` must be in `compare` order already, one per person; `keyOf` is a row's person path. */
	static of<T>(rows: T[], compare: (a: T, b: T) => number, keyOf: (row: T) => string): PersonOrder<T> {
		const index = new Map<string, T>();
		for (const r of rows) index.set(keyOf(r), r);
		return new PersonOrder(rows, index, compare, keyOf);
	}

	/**
	 * This answer with the rows of `touched` worked out again by `rowOf` (null: the person has no row),
	 * everyone else's rows kept; in the same order a full sort by `compare` gives (which must tell any two
	 * people apart). Null when this answer was patched before.
	 */
	patched(touched: Iterable<string>, rowOf: (path: string) => T | null): PersonOrder<T> | null {
		const index = this.index;
		if (!index) return null;
		this.index = null;
		const paths = [...touched];
		const gone: T[] = [];
		for (const path of paths) {
			const old = index.get(path);
			if (old === undefined) continue;
			index.delete(path);
			gone.push(old);
		}
		const adds: T[] = [];
		for (const path of paths) {
			const row = rowOf(path);
			if (row === null) continue;
			index.set(path, row);
			adds.push(row);
		}
		const rows = gone.length + adds.length <= FEW ? this.spliced(gone, adds) : this.merged(new Set(gone), adds.sort(this.compare));
		return new PersonOrder(rows, index, this.compare, this.keyOf);
	}

	/** A few changes (one note's): a binary search and a splice each. */
	private spliced(gone: readonly T[], adds: readonly T[]): T[] {
		const rows = this.rows.slice();
		for (const old of gone) {
			const i = insertionPoint(rows, old, this.compare) - 1;
			const at = rows[i] === old ? i : rows.indexOf(old);
			if (at >= 0) rows.splice(at, 1);
		}
		for (const row of adds) rows.splice(insertionPoint(rows, row, this.compare), 0, row);
		return rows;
	}

	/** Many (a rename of someone half the vault mentions): one pass that drops and merges, no splice each. */
	private merged(gone: ReadonlySet<T>, adds: readonly T[]): T[] {
		const out: T[] = [];
		let j = 0;
		for (const row of this.rows) {
			if (gone.has(row)) continue;
			while (j < adds.length && this.compare(adds[j] as T, row) < 0) out.push(adds[j++] as T);
			out.push(row);
		}
		while (j < adds.length) out.push(adds[j++] as T);
		return out;
	}
}

/** Up to this many rows out and in are spliced; more are merged. */
const FEW = 16;
