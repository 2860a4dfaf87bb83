/**
 * Which notes depend on how a name resolves (lower-case link names, aliases, paths): what an update
 * relinks when a note comes, goes or changes its aliases. A first network does not need them (a tenth
 * of its time), so they are built from the kept contributions when an update first needs them, or ahead
 * of that in slices (`prepare`); from then on the derivation keeps them current note by note.
 */
import { forEachDep } from "./link-deps";
import type { NoteFacts } from "./note";
import { pullFrom } from "./collections";

export class Dependents {
	private readonly byName = new Map<string, string[]>();
	/** Until they are built: how far the slices got through the notes (null before the first slice). */
	private cursor: Iterator<[string, { facts: NoteFacts }]> | null = null;
	private built = false;
	/** Notes read to build them (not those kept current after): work that tests count. */
	private read = 0;

	/** `notes`: the derivation's kept contributions (a note that keeps none links no one). */
	constructor(private readonly notes: ReadonlyMap<string, { facts: NoteFacts }>) {}

	/** The notes that depend on `name` (empty until built). */
	of(name: string): readonly string[] {
		return this.byName.get(name) ?? [];
	}

	/**
	 * Builds them from at most `budget` more notes; true once built. Notes change only in updates, and an
	 * update finishes the job (`ensure`) before it changes any, so the cursor walks a map that stands still.
	 */
	prepare(budget: number): boolean {
		if (this.built) return true;
		this.cursor ??= this.notes.entries();
		for (let n = 0; n < budget; n++) {
			const next = this.cursor.next();
			if (next.done) {
				this.cursor = null;
				this.built = true;
				return true;
			}
			this.read++;
			this.put(next.value[0], next.value[1].facts);
		}
		return false;
	}

	ensure(): void {
		this.prepare(Infinity);
	}

	/** A note's contribution came: its names are listed (once built; until then `prepare` will find it). */
	add(path: string, facts: NoteFacts): void {
		if (this.built) this.put(path, facts);
	}

	remove(path: string, facts: NoteFacts): void {
		if (!this.built) return;
		const keys = new Set<string>();
		forEachDep(facts, (key) => keys.add(key));
		for (const key of keys) pullFrom(this.byName, key, path);
	}

	/** What building them cost so far, and how many (name, note) pairs they hold (for tests). */
	work(): { read: number; held: number } {
		let held = 0;
		for (const list of this.byName.values()) held += list.length;
		return { read: this.read, held };
	}

	/** Puts `path` under each name its links depend on, once per name. */
	private put(path: string, facts: NoteFacts): void {
		forEachDep(facts, (key) => {
			const list = this.byName.get(key);
			if (!list) this.byName.set(key, [path]);
			// A note's names are put in one go: a name it depends on twice already ends with it.
			else if (list[list.length - 1] !== path) list.push(path);
		});
	}
}
