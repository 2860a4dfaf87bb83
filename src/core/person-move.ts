/**
 * A person's note moved to another folder under the same name: every link to them still resolves, only
 * the path it resolves to is new. The parts of the hundreds of notes that link them hold the person's ref
 * (person-ref.ts), not their path: the move changes the ref's path and re-keys the sums' lists and edges
 * once, and replaces only the promises that name them (a promise lists its people by path). No linking
 * note's part is read or rewritten; the relink that follows in the derivation's update still resolves
 * every link to the name, and corrects any that does not follow the note (one written as the old path).
 */
import { basename } from "./links";
import type { Contribution } from "./contribution";
import type { NetworkSums } from "./network-sums";
import type { NoteFacts } from "./note";
import type { Person } from "./people";
import type { PersonRef } from "./person-ref";
import type { PromiseTask } from "./touchpoints";

/** A person's note moved under the same name. */
export interface PersonMove {
	from: string;
	to: string;
}

/** What a move reads and changes of the derivation's state. */
export interface MoveState {
	contributions: ReadonlyMap<string, Contribution>;
	/** The moving person's ref, already carried to `to` (PeopleBook.carryRef), its path still `from`. */
	ref: PersonRef;
	sums: NetworkSums;
}

/**
 * `paths` are a person's note moved to another folder under the same name (a rename's two paths, read
 * before the update: `wereThere` is which of them had a note before, `notes` has the new state): the
 * links to them will resolve to the new path. Null for anything else.
 */
export function personMoveOf(paths: readonly string[], people: ReadonlyMap<string, Person>, wereThere: ReadonlySet<string>, notes: ReadonlyMap<string, NoteFacts>): PersonMove | null {
	if (paths.length !== 2) return null;
	const [from, to] = paths as [string, string];
	if (!people.has(from) || wereThere.has(to) || notes.has(from) || !notes.has(to)) return null;
	if (basename(to).toLowerCase() !== basename(from).toLowerCase()) return null;
	return { from, to };
}

/**
 * Points the sums at the moved person's new path. Call it when their old note's contribution is out and
 * the new one not yet in: the entries left that name them are other notes'.
 */
export function movePerson({ from, to }: PersonMove, { contributions, ref, sums }: MoveState): void {
	if (ref.path !== from) throw new Error(`the person moving from ${from} is at ${ref.path}`);
	const byFile = new Map<string, Set<PromiseTask>>();
	for (const p of sums.promisesOf(from)) {
		const set = byFile.get(p.file);
		if (set) set.add(p);
		else byFile.set(p.file, new Set([p]));
	}
	const gone: PromiseTask[] = [], came: PromiseTask[] = [];
	for (const [file, promises] of byFile) {
		for (const part of contributions.get(file)?.items ?? []) {
			if (!part) continue;
			for (let k = 0; k < part.promises.length; k++) {
				const p = part.promises[k] as PromiseTask;
				if (!promises.delete(p)) continue;
				// A promise is one of the network's own objects: a new one, equal to what the item would give now.
				const moved = { ...p, people: p.people.map((x) => (x === from ? to : x)) };
				part.promises[k] = moved;
				gone.push(p);
				came.push(moved);
			}
		}
		if (promises.size > 0) throw new Error(`a promise in ${file} naming ${from} is in none of its parts`);
	}
	sums.subtractPart({ touches: [], edges: [], promises: gone });
	sums.addPart({ touches: [], edges: [], promises: came });
	sums.movePerson(from, to);
	ref.path = to;
}
