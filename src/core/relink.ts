/**
 * Relinking one note: another note's change may have changed how some of its links resolve (the names
 * concerned are `keys`). Only the links to those names are resolved again, then only the list items whose
 * links now resolve differently, and the note's whole-note part when it reads every link (a person's or a
 * dated note). A journal of thousands of lines that mentions a renamed person is not read again for one
 * name, nor are the hundreds of daily notes that mention them. Which notes to relink, and when a note must
 * be worked out whole instead, is the derivation's business (derivation.ts).
 */
import { type Contribution, type ContributionContext, itemLinkRun, itemPart, NO_PART, notePart, type Part } from "./contribution";
import type { LinkLookup } from "./link-lookup";
import type { NoteFacts } from "./note";
import type { Problem } from "./problems";

/** What relinking changes outside the contribution: the sums, told only what differs. */
export interface RelinkSums {
	/** Puts `now` in place of `old` in the sums; returns `now` holding old's unchanged objects. */
	replacePart(old: Part | null, now: Part | null): Part | null;
	setProblems(path: string, problems: Problem[]): void;
}

/**
 * Resolves again the links of `c` (the note at `path`, worked out from its current facts) that depend on
 * `keys`, and redoes the parts they changed, in place. Returns whether any part was redone.
 */
export function relinkNote(path: string, c: Contribution, keys: ReadonlySet<string>, ctx: ContributionContext, lookup: LinkLookup, sums: RelinkSums): boolean {
	const { facts } = c;
	/**
	 * One link of each item with a link that now resolves differently, in order. The links come in order
	 * and an item's links stand together, so an item's second changed link follows its first.
	 */
	let changedItems: number[] | null = null;
	let lastItem = -1;
	let noteLevel = false;
	const found = lookup.linksTo(c, keys);
	for (let k = 0; k < found.length; k++) {
		const i = found[k] as number;
		const l = facts.links[i] as NoteFacts["links"][number];
		// met_through reads its links itself (embeds too): its part is redone whenever one may have moved.
		if (l.key === "metthrough" || l.key === "introducedby") noteLevel = true;
		const now = l.embed ? null : ctx.personOf(l.target, path);
		if (now === c.resolved[i]) continue;
		c.resolved[i] = now;
		if (l.item < 0) noteLevel = true;
		else if (l.item !== lastItem) {
			(changedItems ??= []).push(i);
			lastItem = l.item;
		}
	}
	if (changedItems) {
		for (const link of changedItems) {
			const idx = (facts.links[link] as NoteFacts["links"][number]).item;
			const run = itemLinkRun(facts.links, link);
			c.items[idx] = sums.replacePart(c.items[idx] ?? null, itemPart(path, c, idx, ctx, run.from, run.to));
		}
	}
	// The whole-note part reads every link (a person's links and met_through, a dated note's contacts).
	if (c.wholeNote && (noteLevel || changedItems)) {
		c.problems = c.baseProblems.slice();
		c.note = sums.replacePart(c.note, notePart(path, c, ctx, c.problems)) as Part;
		sums.setProblems(path, c.problems);
	}
	return noteLevel || changedItems !== null;
}

/**
 * Puts the parts of `now` (a changed note's new contribution) in place of those of `old` (its last), item by
 * item and then the whole-note part: what the edit left as it was (the other lines' promises, touchpoints
 * and edges) stays in the sums, the same objects, and `now` is made to hold them. Taking the old out whole
 * and putting the new in made every promise of an edited note go and come again: a new promise list in the
 * next network, and a patch of every answer that reads it. An item that moved to another line has changed
 * (its line is in its promises and touchpoints).
 */
export function replaceParts(old: Contribution, now: Contribution, sums: RelinkSums): void {
	const { items } = now;
	const n = Math.max(old.items.length, items.length);
	for (let idx = 0; idx < n; idx++) {
		const before = old.items[idx] ?? null;
		const after = idx < items.length ? (items[idx] ?? null) : null;
		if (!before && !after) continue;
		const merged = sums.replacePart(before, after);
		if (idx < items.length) items[idx] = merged;
	}
	// A new whole-note part of nothing stays NO_PART (by which contributesNothing knows a note adds nothing):
	// merged, it would be an empty part of its own, and a note that stopped adding anything kept.
	if (old.note === NO_PART && now.note === NO_PART) return;
	const note = sums.replacePart(old.note, now.note) as Part;
	if (now.note !== NO_PART) now.note = note;
}

