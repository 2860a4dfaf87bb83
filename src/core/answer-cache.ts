/**
 * Query answers kept per derived network. A Network object stands for one revision of the index (the
 * index hands out a new one after every update), so an answer cached on it is never stale; answers are
 * frozen so that no caller can sort one in place under another.
 */
import type { PeopleNetwork } from "./network";

/**
 * Memoises `compute` per network, then per key (settings object, day, limit...). `N` is what `compute`
 * reads: a whole `Network`, or only its people (`PeopleNetwork`).
 */
export function memoPerNetwork<N extends PeopleNetwork, K, R>(compute: (network: N, key: K) => R): (network: N, key: K) => R {
	const cache = new WeakMap<N, Map<K, R>>();
	return (network, key) => {
		let byKey = cache.get(network);
		if (!byKey) cache.set(network, (byKey = new Map<K, R>()));
		if (byKey.has(key)) return byKey.get(key) as R;
		const value = compute(network, key);
		if (Array.isArray(value)) Object.freeze(value);
		byKey.set(key, value);
		return value;
	};
}

/**
 * Memoises `compute` per network, settings object and day. `compute` is handed the answer of the
 * network this one changed from (`Network.changes`) for the same settings object and day, when there is
 * one, to patch: an answer for another day or other settings is never handed on.
 */
export function memoPerDay<N extends PeopleNetwork, S extends object, R>(compute: (network: N, settings: S, today: string, previous: R | undefined) => R): (network: N, settings: S, today: string) => R {
	// Keyed by any network: the previous one of `changes` is looked up too.
	const cache = new WeakMap<PeopleNetwork, WeakMap<S, Map<string, R>>>();
	return (network, settings, today) => {
		let bySettings = cache.get(network);
		if (!bySettings) cache.set(network, (bySettings = new WeakMap()));
		let byDay = bySettings.get(settings);
		if (!byDay) bySettings.set(settings, (byDay = new Map<string, R>()));
		if (byDay.has(today)) return byDay.get(today) as R;
		const before = network.changes && cache.get(network.changes.previous)?.get(settings)?.get(today);
		const value = compute(network, settings, today, before);
		if (Array.isArray(value)) Object.freeze(value);
		byDay.set(today, value);
		return value;
	};
}
