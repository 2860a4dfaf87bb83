/**
 * A person's note moved to another folder under the same name: every link to them still resolves, only
 * the path it resolves to is new. Redoing the parts of the hundreds of notes that link them (resolving
 * every link again, building each part and comparing it with the old one) was most of the cost of such a
 * rename. The entries that name the old path are rewritten instead, and only they go to the sums: what the
 * relink would have found, without the work (derivation.ts checks every link afterwards all the same).
 */
import { basename, pathKey } from "./links";
import type { LinkLookup } from "./link-lookup";
import { type Contribution, isEmptyPart, type Part } from "./contribution";
import type { NetworkSums } from "./network-sums";
import type { NoteFacts } from "./note";
import type { Person } from "./people";

/** A person's note moved under the same name; `keys`: the names the links to them depend on. */
export interface PersonMove {
	from: string;
	to: string;
	keys: Set<string>;
}

/** What a move reads and changes of the derivation's state. */
export interface MoveState {
	contributions: ReadonlyMap<string, Contribution>;
	/** The notes whose links depend on a name (dependents.ts). */
	dependents: { of(name: string): readonly string[] };
	linkLookup: LinkLookup;
	sums: NetworkSums;
}

/**
 * `paths` are a person's note moved to another folder under the same name (a rename's two paths, read
 * before the update: `known` still has the old path, `notes` already the new one): the links to them
 * will resolve to the new path. Null for anything else.
 */
export function personMoveOf(paths: readonly string[], people: ReadonlyMap<string, Person>, known: ReadonlySet<string>, notes: ReadonlyMap<string, NoteFacts>): PersonMove | null {
	if (paths.length !== 2) return null;
	const [from, to] = paths as [string, string];
	const person = people.get(from);
	if (!person || known.has(to) || notes.has(from) || !notes.has(to)) return null;
	const name = basename(from).toLowerCase();
	if (basename(to).toLowerCase() !== name) return null;
	return { from, to, keys: new Set([name, pathKey(from), ...person.aliases.map((a) => a.toLowerCase())]) };
}

/**
 * Points every link to the moved person at their new path, rewriting only the entries that name them,
 * instead of resolving each linking note's links again and redoing its parts. The relink that follows in
 * the derivation's update still resolves every link to the name, and corrects any that does not follow
 * the note (one written as the old path, say).
 */
export function movePerson({ from, to, keys }: PersonMove, state: MoveState): void {
	const linking = new Set<string>();
	for (const key of keys) for (const dep of state.dependents.of(key)) if (dep !== from && dep !== to) linking.add(dep);
	for (const path of linking) {
		const c = state.contributions.get(path);
		if (!c) continue;
		const items = new Set<number>();
		let named = false;
		for (const i of state.linkLookup.linksTo(c, keys)) {
			named = true;
			if (c.resolved[i] !== from) continue;
			c.resolved[i] = to;
			const item = (c.facts.links[i] as NoteFacts["links"][number]).item;
			if (item >= 0) items.add(item);
		}
		for (const idx of items) {
			const part = c.items[idx];
			if (part) moveIn(part, from, to, state.sums);
		}
		// The whole-note part may name them through any link (a dated note's contact, met_through).
		if (named) moveIn(c.note, from, to, state.sums);
	}
}

function moveIn(part: Part, from: string, to: string, sums: NetworkSums): void {
	const { gone, came } = movePersonInPart(part, from, to);
	if (isEmptyPart(gone)) return;
	sums.subtractPart(gone);
	sums.addPart(came);
}

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
