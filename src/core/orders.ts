/** Sort orders shared by the derivation and the queries: people by name, touchpoints, promises, edges. */
import type { Edge } from "./network";
import type { PromiseTask, Touchpoint } from "./touchpoints";

/** Latest first, then by path and line so the order never depends on insertion. */
export function compareTouchpoints(a: Touchpoint, b: Touchpoint): number {
	if (a.date !== b.date) return a.date < b.date ? 1 : -1;
	if (a.path !== b.path) return a.path < b.path ? -1 : 1;
	return (a.line ?? 0) - (b.line ?? 0);
}

/** Upcoming touchpoints: soonest first, then by path and line. */
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

/** Edges (or anything with two ends) by source, then target. */
export function compareEdges(a: Pick<Edge, "source" | "target">, b: Pick<Edge, "source" | "target">): number {
	if (a.source !== b.source) return a.source < b.source ? -1 : 1;
	return a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
}

/** Names compared as people read them: case and accents aside. */
export const nameCollator = new Intl.Collator("en", { sensitivity: "base" });

/** People (or rows about them) by name, then path, so that the order never depends on insertion. */
export function compareNames(a: { name: string; path: string }, b: { name: string; path: string }): number {
	return nameCollator.compare(a.name, b.name) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
