/** Open promises, both directions (conventions.md, section 4). */
import { daysBetween, type IsoDate } from "./dates";
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

/** Open and in-progress promises: overdue first by due date, then by due date, then those with none. */
export function openPromises(network: Network, today: IsoDate): OpenPromise[] {
	return network.promises
		.filter(isOpen)
		.map((p) => ({ ...p, overdue: p.due !== null && p.due < today, daysLeft: p.due === null ? null : daysBetween(today, p.due) }))
		.sort((a, b) => {
			if (a.due !== b.due) {
				if (a.due === null) return 1;
				if (b.due === null) return -1;
				return a.due < b.due ? -1 : 1;
			}
			return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
		});
}
