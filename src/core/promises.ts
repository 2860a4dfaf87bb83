/** Open promises, both directions (conventions.md, section 4). */
import { daysBetween, type IsoDate } from "./dates";
import { insertionPoint, withChanges } from "./collections";
import { type Network, type NetworkChanges, netPromiseChanges } from "./network";
import { comparePromises } from "./orders";
import type { PromiseTask } from "./touchpoints";

export interface OpenPromise extends PromiseTask {
	overdue: boolean;
	/** Days until due (negative when overdue); null without a due date. */
	daysLeft: number | null;
}

export function isOpen(p: PromiseTask): boolean {
	return p.status === "open" || p.status === "in-progress";
}

/** OpenPromise objects per promise and day: a promise that did not change is not copied again. */
const openMemo = new WeakMap<PromiseTask, { today: IsoDate; open: OpenPromise }>();

/** The promise as open on `today` (the same object for the same promise and day). */
export function openPromise(p: PromiseTask, today: IsoDate): OpenPromise {
	const hit = openMemo.get(p);
	if (hit?.today === today) return hit.open;
	// Field by field, not spread: a spread object with keys added after it can be a slow dictionary object.
	const open: OpenPromise = {
		file: p.file, line: p.line, text: p.text, people: p.people, due: p.due, done: p.done, direction: p.direction,
		status: p.status, mark: p.mark, intro: p.intro,
		overdue: p.due !== null && p.due < today, daysLeft: p.due === null ? null : daysBetween(today, p.due),
	};
	openMemo.set(p, { today, open });
	return open;
}

/** Answers per network and day, so that the next network can patch them. */
const openCache = new WeakMap<Network, Map<IsoDate, readonly OpenPromise[]>>();

/**
 * Open and in-progress promises: overdue first by due date, then by due date, then those with none;
 * ties by file and line. `Network.promises` is kept in that order, so this is a filter, worked out once
 * per network and day; after an update, the previous network's answer with the promises that came and
 * went put in or taken out (the array is frozen: copy it to re-sort).
 */
export function openPromises(network: Network, today: IsoDate): readonly OpenPromise[] {
	let byDay = openCache.get(network);
	if (!byDay) openCache.set(network, (byDay = new Map<IsoDate, readonly OpenPromise[]>()));
	const hit = byDay.get(today);
	if (hit) return hit;
	const changes = network.changes;
	const before = changes && openCache.get(changes.previous)?.get(today);
	const out = before && changes ? patched(before, changes, today) : network.promises.filter(isOpen).map((p) => openPromise(p, today));
	Object.freeze(out);
	byDay.set(today, out);
	return out;
}

/** The previous answer with the promises that came and went merged in: one copy and a binary search per change. */
function patched(before: readonly OpenPromise[], changes: NetworkChanges, today: IsoDate): OpenPromise[] {
	// One that went and came back is where it was.
	const net = netPromiseChanges(changes);
	const drops: number[] = [];
	const adds: OpenPromise[] = [];
	for (const [p, n] of net) {
		if (!isOpen(p)) continue;
		if (n < 0) {
			// One line is one promise: its old version is the one equal to it in the previous answer.
			const i = insertionPoint(before, p, comparePromises) - 1;
			if (i >= 0 && comparePromises(before[i] as OpenPromise, p) === 0) drops.push(i);
		} else if (n > 0) adds.push(openPromise(p, today));
	}
	return withChanges(before, drops, adds.sort(comparePromises), comparePromises);
}
