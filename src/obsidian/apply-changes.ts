/**
 * The live index's catching up: a batch of changed paths applied to the index in slices that give the UI
 * back (Obsidian's startup flood, with no saved metadata cache, is one `changed` per note), and a text the
 * index already holds (same hash) is not parsed again.
 */
import { isNotePath, type NetworkIndex } from "../core";
import { yieldToUi } from "./index-build";
import type { VaultSource } from "./ports";
import { textHash } from "./text-hash";

export interface ApplyPacing {
	/** Give the UI back after this long, in ms. */
	readonly sliceMs: number;
	/** The clock slices are measured with, in ms. */
	readonly now: () => number;
	/** False once a rebuild replaced the index: the batch is then dropped. */
	readonly current: () => boolean;
}

/** Indexes `text` unless it is the text the note was indexed from; true when the index changed. */
function upsert(index: NetworkIndex, held: Map<string, number>, path: string, text: string): boolean {
	const hash = textHash(text);
	if (index.has(path) && held.get(path) === hash) return false;
	index.upsert(path, text);
	held.set(path, hash);
	return true;
}

/** What needs no read (gone, never read, or its text given); "read" when the text must be read. */
function applyOne(index: NetworkIndex, held: Map<string, number>, source: VaultSource, mayMatter: (p: string) => boolean, path: string, known: string | null): "changed" | "unchanged" | "read" {
	if (!source.isNote(path) || !isNotePath(path)) {
		// Also when the index never had it (created and moved away before it was read): links that
		// Obsidian's resolver sent to it are resolved again.
		held.delete(path);
		const before = index.revision;
		index.remove(path);
		return index.revision !== before ? "changed" : "unchanged";
	}
	if (!mayMatter(path)) {
		// Never read; held empty (see the first build).
		if (index.has(path)) return "unchanged";
		index.upsert(path, "");
		return "changed";
	}
	if (known === null) return "read";
	return upsert(index, held, path, known) ? "changed" : "unchanged";
}

/**
 * Applies `batch` (path, and its text when the event carried it) to `index`; `held` is the hash of the
 * text each note was indexed from. Returns whether anything changed, or null when a rebuild took over.
 */
export async function applyChanges(
	index: NetworkIndex,
	batch: readonly (readonly [string, string | null])[],
	held: Map<string, number>,
	source: VaultSource,
	mayMatter: (path: string) => boolean,
	pacing: ApplyPacing,
): Promise<boolean | null> {
	let changed = false;
	let slice = pacing.now();
	for (const [path, known] of batch) {
		if (pacing.now() - slice >= pacing.sliceMs) {
			await yieldToUi();
			if (!pacing.current()) return null;
			slice = pacing.now();
		}
		const step = applyOne(index, held, source, mayMatter, path, known);
		if (step === "read") {
			let text: string;
			try {
				text = await source.read(path);
			} catch {
				continue;
			}
			if (!pacing.current()) return null;
			if (upsert(index, held, path, text)) changed = true;
		} else if (step === "changed") changed = true;
	}
	return changed;
}
