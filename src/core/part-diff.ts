/**
 * What changed between two versions of one note part. A relink (derivation.ts) redoes a daily note's
 * whole part because one of its links now resolves elsewhere; everything else the part says is the
 * same, and taking it out and putting it back would mark every other person in the note as changed
 * (their lists flushed, their answers redone). Only the difference goes to the sums, and the new part
 * keeps the old objects for what did not change, so that later removals by identity still find them.
 */
import { type EdgeMark, NO_PART, type Part } from "./contribution";
import type { PromiseTask } from "./touchpoints";

export interface PartDifference {
	/** In the old part only: to subtract. */
	gone: Part;
	/** In the new part only: to add. */
	came: Part;
	/** The new part, with the old part's objects wherever they are equal (null when there is no new part). */
	part: Part | null;
}

type Touch = Part["touches"][number];

// People by id, not path: a part's keys must not change when its people's note moves (person-ref.ts).
function touchKey({ person, touch: t }: Touch): string {
	return `${person.id}\u0000${t.date}\u0000${t.path}\u0000${t.line ?? ""}\u0000${t.kind}\u0000${t.help ?? ""}\u0000${t.text}`;
}

function sameTouch(x: Touch, y: Touch): boolean {
	const a = x.touch, b = y.touch;
	return x.person === y.person && a.date === b.date && a.path === b.path && a.line === b.line && a.kind === b.kind && a.help === b.help && a.text === b.text;
}

function sameEdgeMark(x: EdgeMark, y: EdgeMark): boolean {
	return x.a === y.a && x.b === y.b && x.kind === y.kind;
}

function sameLine(x: PromiseTask, y: PromiseTask): boolean {
	return x.file === y.file && x.line === y.line;
}

function edgeMarkKey(e: EdgeMark): string {
	return `${e.a.id}\u0000${e.b.id}\u0000${e.kind}`;
}

function samePromise(a: PromiseTask, b: PromiseTask): boolean {
	return (
		a.file === b.file && a.line === b.line && a.text === b.text && a.due === b.due && a.done === b.done &&
		a.direction === b.direction && a.status === b.status && a.mark === b.mark && a.intro === b.intro &&
		a.people.length === b.people.length && a.people.every((p, i) => b.people[i] === p)
	);
}

/**
 * Matches each entry of `now` with an equal one left in `old` (by `key`); returns the old-only entries,
 * the new-only entries, and `now` with matched entries replaced by the old ones.
 */
function matched<T>(old: readonly T[], now: readonly T[], key: (x: T) => string, same: (a: T, b: T) => boolean): { gone: T[]; came: T[]; merged: T[] } {
	if (old.length * now.length <= PAIRS) return matchedPairwise(old, now, same);
	const left = new Map<string, T[]>();
	for (const x of old) {
		const k = key(x);
		const list = left.get(k);
		if (list) list.push(x);
		else left.set(k, [x]);
	}
	const came: T[] = [];
	const merged = now.map((x) => {
		const twin = left.get(key(x))?.pop();
		if (twin === undefined) {
			came.push(x);
			return x;
		}
		return twin;
	});
	const gone: T[] = [];
	for (const list of left.values()) gone.push(...list);
	return { gone, came, merged };
}

/** Up to this many pairs, entries are compared pair by pair (no map); a daily note's part is that small. */
const PAIRS = 64;

function matchedPairwise<T>(old: readonly T[], now: readonly T[], same: (a: T, b: T) => boolean): { gone: T[]; came: T[]; merged: T[] } {
	const used = old.map(() => false);
	const came: T[] = [];
	const merged = now.map((x) => {
		for (let i = 0; i < old.length; i++) {
			if (used[i] || !same(old[i] as T, x)) continue;
			used[i] = true;
			return old[i] as T;
		}
		came.push(x);
		return x;
	});
	return { gone: old.filter((_, i) => !used[i]), came, merged };
}

export function partDifference(old: Part | null, now: Part | null): PartDifference {
	const a = old ?? NO_PART;
	const b = now ?? NO_PART;
	const touches = matched<Touch>(a.touches, b.touches, touchKey, sameTouch);
	const edges = matched<EdgeMark>(a.edges, b.edges, edgeMarkKey, sameEdgeMark);
	const promises = matchedPromises(a.promises, b.promises);
	return {
		gone: { touches: touches.gone, promises: promises.gone, edges: edges.gone },
		came: { touches: touches.came, promises: promises.came, edges: edges.came },
		part: now && { touches: touches.merged, promises: promises.merged, edges: edges.merged },
	};
}

/** Promises by file and line first (one line is one task), then equal in every field. */
function matchedPromises(old: readonly PromiseTask[], now: readonly PromiseTask[]): { gone: PromiseTask[]; came: PromiseTask[]; merged: PromiseTask[] } {
	const result = matched(old, now, (p) => `${p.file}\u0000${p.line}`, sameLine);
	// Same line, different promise (its people moved): not the same promise after all.
	const merged = result.merged.map((p, i) => {
		const fresh = now[i] as PromiseTask;
		if (p === fresh || samePromise(p, fresh)) return p;
		result.gone.push(p);
		result.came.push(fresh);
		return fresh;
	});
	return { gone: result.gone, came: result.came, merged };
}

