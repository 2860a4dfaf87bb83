/**
 * Strings the index keeps for a long time (link targets, tags, task texts), made so that they hold no
 * more memory than their own characters, and shared when they repeat.
 */

/**
 * A copy of `s` that does not keep the text it was cut from alive. V8 represents a slice of a long
 * string as a view of the whole, so every task text kept in the facts would keep its note's full text in
 * memory (a third of the index's heap at 50,000 notes). Shorter strings than 13 characters are copies
 * already.
 */
export function own(s: string): string {
	if (s.length < 13) return s;
	// The joined string is made flat (one copy, one character longer) before it is sliced, so the slice's
	// parent is that copy, not the note. A tenth of a microsecond, where internalizing took 1 to 2.
	return ` ${s}`.slice(1);
}

/**
 * The texts `shared` has handed out, by value. Emptied when full, so a long session's edits cannot keep
 * old strings alive without end (after that, an equal string is copied once more).
 */
const SHARED = new Map<string, string>();
export const SHARED_STRINGS_MAX = 1 << 16;

/**
 * `own`, and one string for every equal one: a name linked from a thousand notes, or a tag, is kept once
 * (124,000 links name 24,600 targets at 50,000 notes).
 */
export function shared(s: string): string {
	if (s.length < 13) return s;
	const kept = SHARED.get(s);
	if (kept !== undefined) return kept;
	if (SHARED.size >= SHARED_STRINGS_MAX) SHARED.clear();
	const copy = own(s);
	SHARED.set(copy, copy);
	return copy;
}

/** How many texts `shared` holds now (at most SHARED_STRINGS_MAX): for tests. */
export function sharedStringCount(): number {
	return SHARED.size;
}
