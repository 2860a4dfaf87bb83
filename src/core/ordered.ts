/**
 * The orders the derivation keeps its sums in (touchpoints, promises, edges), and the small sorted-list
 * and multimap helpers it keeps them with.
 */
import type { Edge } from "./network";
import type { PromiseTask, Touchpoint } from "./touchpoints";

export function compareUpcoming(a: Touchpoint, b: Touchpoint): number {
	if (a.date !== b.date) return a.date < b.date ? -1 : 1;
	if (a.path !== b.path) return a.path < b.path ? -1 : 1;
	return (a.line ?? 0) - (b.line ?? 0);
}

/** The order of `Network.promises`: by due date (none last), then file, then line. */
export function comparePromises(a: PromiseTask, b: PromiseTask): number {
	if (a.due !== b.due) {
		if (a.due === null) return 1;
		if (b.due === null) return -1;
		return a.due < b.due ? -1 : 1;
	}
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	return a.line - b.line;
}

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

/** Removes `item` (by identity) from a sorted list, found by binary search among its equals. */
export function removeSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
	let i = insertionPoint(list, item, compare) - 1;
	while (i >= 0 && compare(list[i] as T, item) === 0) {
		if (list[i] === item) {
			list.splice(i, 1);
			return;
		}
		i--;
	}
}

export function compareEdges(a: Edge, b: Edge): number {
	if (a.source !== b.source) return a.source < b.source ? -1 : 1;
	return a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
}

export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	const set = map.get(key);
	if (set) set.add(value);
	else map.set(key, new Set([value]));
}

export function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(value);
	if (set.size === 0) map.delete(key);
}
