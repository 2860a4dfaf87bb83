/**
 * Which notes an update relinks: those whose links depend on a name the update concerns (dependents.ts),
 * fewer when a person moved under a name no other note has, and those whose link the resolver sent ahead
 * of the index. The derivation relinks them (relink.ts).
 */
import { addTo } from "./collections";
import type { Dependents } from "./dependents";
import { writtenWithPath } from "./link-deps";
import { basename, isNotePath } from "./links";

export class RelinkTargets {
	/**
	 * Notes with a link the resolver sent to a note the index has not heard of yet, by that note's path.
	 * Obsidian's resolver runs ahead of the index's events (a moved folder's renames come one by one): such a
	 * link resolves to no one until the index hears of the note, even when the note is a person who moved
	 * under their own name, whose other links a move leaves alone (`after`). By path, not name: an update
	 * may concern the name for another reason (an alias), before the note it reaches is there.
	 */
	private readonly aheadOfIndex = new Map<string, Set<string>>();

	constructor(
		private readonly dependents: Dependents,
		/** How many notes have a lower-case name (the derivation's `notesNamed`). */
		private readonly notesNamed: (name: string) => number,
	) {}

	/**
	 * A link in `source` resolved to `hit`, a file the index does not have yet. Only a note can come to the
	 * index: a link to an attachment (a PDF, a canvas, a photo) would be kept for good, one per link.
	 */
	ranAhead(hit: string, source: string): void {
		if (isNotePath(hit)) addTo(this.aheadOfIndex, hit, source);
	}

	/** How many files links ran ahead to are waiting for the index to hear of them (for tests). */
	waiting(): number {
		return this.aheadOfIndex.size;
	}

	/**
	 * The notes to relink after an update of `paths` that concerned the names `affected` (not `paths`
	 * themselves: they were worked out whole). `moved`: where a person moved to, when the update moved one.
	 */
	after(affected: ReadonlySet<string>, paths: readonly string[], moved: string | null): Set<string> {
		const kept = moved === null ? null : this.nameKept(moved);
		const again = new Set<string>();
		for (const key of affected) {
			// The notes that link the name bare still lead to the person, whose ref moved with them: only
			// those that write it with a path (the old one, a folder that may now match) can lead elsewhere,
			// and those whose link ran ahead of the index.
			const deps = this.dependents.of(key === kept ? writtenWithPath(key) : key);
			for (const dep of deps) if (!paths.includes(dep)) again.add(dep);
		}
		// The index has heard of these notes now; their names are among `affected` (they came).
		for (const path of paths) {
			for (const dep of this.aheadOfIndex.get(path) ?? []) if (!paths.includes(dep)) again.add(dep);
			this.aheadOfIndex.delete(path);
		}
		return again;
	}

	/**
	 * The notes to relink when a file the index never saw came or went at `path` (its names are `keys`):
	 * those whose link ran ahead to it too, which no later update would bring now.
	 */
	touched(path: string, keys: ReadonlySet<string>): Set<string> {
		const again = new Set<string>(this.aheadOfIndex.get(path));
		this.aheadOfIndex.delete(path);
		for (const key of keys) for (const dep of this.dependents.of(key)) again.add(dep);
		return again;
	}

	/**
	 * The lower-case name of the person just moved to `to`, when no other note has it; else null. Then a
	 * link by that bare name leads to them from any note: the resolver gives a name its one note
	 * (Obsidian's and PathResolver do).
	 */
	private nameKept(to: string): string | null {
		const name = basename(to).toLowerCase();
		return this.notesNamed(name) === 1 ? name : null;
	}
}
