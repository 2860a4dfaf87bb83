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

/**
 * Keys that sort entries into small buckets, matched within one by the `same` test: numbers, not the strings
 * of every field that keys used to be (a popular person's removal redoes a thousand notes' parts, and those
 * strings were a quarter of what it allocated). Equal entries have equal keys; unequal ones may share one.
 * People by id, not path: a part's keys must not change when its people's note moves (person-ref.ts).
 */
function touchKey(x: Touch): number {
	return x.person.id;
}

/** Room for the ids of 2^26 people before two edges' keys may coincide (they are then told apart by `same`). */
const ID_SPAN = 2 ** 26;

function edgeMarkKey(e: EdgeMark): number {
	return e.a.id * ID_SPAN + e.b.id;
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

function samePromise(a: PromiseTask, b: PromiseTask): boolean {
	return (
		a.file === b.file && a.line === b.line && a.text === b.text && a.due === b.due && a.done === b.done &&
		a.direction === b.direction && a.status === b.status && a.mark === b.mark && a.intro === b.intro &&
		a.people.length === b.people.length && a.people.every((p, i) => b.people[i] === p)
	);
}

/** What `matched` returns: its lists are only read (they may be `old` or `now` themselves, or one shared empty list). */
interface Matched<T> {
	gone: readonly T[];
	came: readonly T[];
	merged: readonly T[];
}

/** The one empty list the differences share (frozen: never pushed to). */
const NONE = Object.freeze([]) as readonly never[];

/**
 * Matches each entry of `now` with an equal one left in `old` (the last such); returns the old-only
 * entries, the new-only entries, and `now` with matched entries replaced by the old ones.
 */
function matched<T>(old: readonly T[], now: readonly T[], key: (x: T) => number, same: (a: T, b: T) => boolean): Matched<T> {
	// Most lists of a part are empty (a daily note's part has no promise): nothing to match, nothing made.
	if (old.length === 0 || now.length === 0) return { gone: old, came: now, merged: now };
	if (old.length * now.length <= PAIRS) return matchedPairwise(old, now, same);
	// Old entries chained by key: the last with each key, and before each the previous one with its key.
	const last = new Map<number, number>();
	const previous = new Int32Array(old.length);
	for (let i = 0; i < old.length; i++) {
		const k = key(old[i] as T);
		previous[i] = last.get(k) ?? -1;
		last.set(k, i);
	}
	const used = new Uint8Array(old.length);
	const came: T[] = [];
	const merged = new Array<T>(now.length);
	for (let j = 0; j < now.length; j++) {
		const x = now[j] as T;
		let twin = last.get(key(x)) ?? -1;
		while (twin >= 0 && (used[twin] === 1 || !same(old[twin] as T, x))) twin = previous[twin] as number;
		if (twin >= 0) {
			used[twin] = 1;
			merged[j] = old[twin] as T;
		} else {
			came.push(x);
			merged[j] = x;
		}
	}
	const gone: T[] = [];
	for (let i = 0; i < old.length; i++) if (used[i] === 0) gone.push(old[i] as T);
	return { gone, came, merged };
}

/** Up to this many pairs, entries are compared pair by pair (no map); a daily note's part is that small. */
const PAIRS = 64;

/** Which of `old` are matched, in `matchedPairwise` (at most PAIRS of them; not re-entered). */
const USED = new Uint8Array(PAIRS);

function matchedPairwise<T>(old: readonly T[], now: readonly T[], same: (a: T, b: T) => boolean): Matched<T> {
	USED.fill(0, 0, old.length);
	let came: T[] | null = null;
	const merged = new Array<T>(now.length);
	for (let j = 0; j < now.length; j++) {
		const x = now[j] as T;
		let twin = -1;
		for (let i = 0; i < old.length && twin < 0; i++) if (USED[i] === 0 && same(old[i] as T, x)) twin = i;
		if (twin >= 0) {
			USED[twin] = 1;
			merged[j] = old[twin] as T;
		} else {
			(came ??= []).push(x);
			merged[j] = x;
		}
	}
	let gone: T[] | null = null;
	for (let i = 0; i < old.length; i++) if (USED[i] === 0) (gone ??= []).push(old[i] as T);
	return { gone: gone ?? NONE, came: came ?? NONE, merged };
}

export function partDifference(old: Part | null, now: Part | null): PartDifference {
	const a = old ?? NO_PART;
	const b = now ?? NO_PART;
	const touches = matched<Touch>(a.touches, b.touches, touchKey, sameTouch);
	const edges = matched<EdgeMark>(a.edges, b.edges, edgeMarkKey, sameEdgeMark);
	const promises = matchedPromises(a.promises, b.promises);
	// The sums and the parts only read these lists (contribution.ts): they are handed on as they are.
	return {
		gone: { touches: touches.gone as Touch[], promises: promises.gone as PromiseTask[], edges: edges.gone as EdgeMark[] },
		came: { touches: touches.came as Touch[], promises: promises.came as PromiseTask[], edges: edges.came as EdgeMark[] },
		part: now && { touches: touches.merged as Touch[], promises: promises.merged as PromiseTask[], edges: edges.merged as EdgeMark[] },
	};
}

/** Promises by file and line first (one line is one task), then equal in every field. */
function matchedPromises(old: readonly PromiseTask[], now: readonly PromiseTask[]): Matched<PromiseTask> {
	const result = matched(old, now, (p) => p.line, sameLine);
	if (old.length === 0 || now.length === 0) return result;
	// Same line, different promise (its people moved): not the same promise after all.
	let gone = result.gone, came = result.came;
	const merged = result.merged.map((p, i) => {
		const fresh = now[i] as PromiseTask;
		if (p === fresh || samePromise(p, fresh)) return p;
		gone = gone.concat(p);
		came = came.concat(fresh);
		return fresh;
	});
	return { gone, came, merged };
}
