/**
 * A person's note moved to another folder under the same name: every link to them still resolves, only
 * the path it resolves to is new. Redoing the parts of the hundreds of notes that link them (resolving
 * every link again, building each part and comparing it with the old one) was most of the cost of such a
 * rename. The entries that name the old path are rewritten instead, and only they go to the sums: what the
 * relink would have found, without the work (derivation.ts checks every link afterwards all the same).
 */
import type { Part } from "./network";

export interface MovedEntries {
	/** The part's entries that named the old path: to subtract. */
	gone: Part;
	/** The same entries naming the new path (new objects): to add. */
	came: Part;
}

/**
 * Rewrites `part`'s entries that name `from` to name `to` instead, in the part's own lists (the entries
 * themselves are new objects: the old ones may be held by the sums or a network). Returns the entries on
 * both sides; none when the part does not name `from`. `to` must be named by no entry yet.
 */
export function movePersonInPart(part: Part, from: string, to: string): MovedEntries {
	const gone: Part = { touches: [], promises: [], edges: [] };
	const came: Part = { touches: [], promises: [], edges: [] };
	const { touches, edges, promises } = part;
	for (let k = 0; k < touches.length; k++) {
		const t = touches[k] as Part["touches"][number];
		if (t.person !== from) continue;
		const moved = { person: to, touch: t.touch };
		gone.touches.push(t);
		came.touches.push((touches[k] = moved));
	}
	for (let k = 0; k < edges.length; k++) {
		const e = edges[k] as Part["edges"][number];
		if (e.a !== from && e.b !== from) continue;
		const moved = { a: e.a === from ? to : e.a, b: e.b === from ? to : e.b, kind: e.kind };
		gone.edges.push(e);
		came.edges.push((edges[k] = moved));
	}
	for (let k = 0; k < promises.length; k++) {
		const p = promises[k] as Part["promises"][number];
		if (!p.people.includes(from)) continue;
		// A promise is one of the network's own objects: a new one, equal to what the item would give now.
		const moved = { ...p, people: p.people.map((x) => (x === from ? to : x)) };
		gone.promises.push(p);
		came.promises.push((promises[k] = moved));
	}
	return { gone, came };
}
