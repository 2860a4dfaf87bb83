/** The orders the derivation keeps its sums in: touchpoints, promises, edges. */
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

export function compareEdges(a: Edge, b: Edge): number {
	if (a.source !== b.source) return a.source < b.source ? -1 : 1;
	return a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
}
