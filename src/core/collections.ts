/** Sorted lists kept by binary search, and maps of sets: the derivation's bookkeeping. */
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
