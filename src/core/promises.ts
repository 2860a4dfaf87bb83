/** Open promises, both directions (conventions.md, section 4). */
import { daysBetween, type IsoDate } from "./dates";
import { memoPerNetwork } from "./answer-cache";
import type { Network } from "./network";
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
	const open = { ...p, overdue: p.due !== null && p.due < today, daysLeft: p.due === null ? null : daysBetween(today, p.due) };
	openMemo.set(p, { today, open });
	return open;
}

/**
 * Open and in-progress promises: overdue first by due date, then by due date, then those with none;
 * ties by file and line. `Network.promises` is kept in that order, so this is a filter, worked out once
 * per network and day (the array is frozen: copy it to re-sort).
 */
export const openPromises: (network: Network, today: IsoDate) => readonly OpenPromise[] = memoPerNetwork((network, today: IsoDate) => {
	const out: OpenPromise[] = [];
	for (const p of network.promises) {
		if (isOpen(p)) out.push(openPromise(p, today));
	}
	return out;
});
