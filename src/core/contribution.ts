/**
 * What one note says about the network: its touchpoints, promises, edges and problems (its
 * contribution), worked out from its facts, who is a person, how links resolve, and today. The
 * derivation (derivation.ts) adds the contributions of every note up, and keeps the sum current one
 * note at a time.
 */
import type { IsoDate } from "./dates";
import { basename } from "./links";
import { isBodyEmbed } from "./link-deps";
import { type LocalProblem, withoutLeadingDate } from "./markdown";
import { exact } from "./collections";
import type { EdgeKind } from "./network";
import type { NoteFacts } from "./note";
import type { Person } from "./people";
import type { PersonRef } from "./person-ref";
import type { Problem } from "./problems";
import { helpOf, type PromiseTask, type Touchpoint } from "./touchpoints";

export interface EdgeMark {
	a: PersonRef;
	b: PersonRef;
	kind: EdgeKind;
}

/** What one list item, or the note as a whole, adds. */
export interface Part {
	/** A line's touchpoint may be one object in the lists of all its people (answers are read, never changed). */
	touches: { person: PersonRef; touch: Touchpoint }[];
	promises: PromiseTask[];
	edges: EdgeMark[];
}

export interface Contribution {
	/** The facts it was worked out from (a new object whenever the note changes). */
	facts: NoteFacts;
	/** The person each link resolves to (null for none, and for embeds). */
	resolved: (PersonRef | null)[];
	/** The date the note stands for (daily-note name or `date:`), worked out once. */
	date: IsoDate | null;
	/** Per list item: what it adds, or null (or absent: an item with no person adds nothing). */
	items: (Part | null | undefined)[];
	/** What the note adds as a whole: a person's links, met_through, last_contact, a dated note's contact. */
	note: Part;
	/** The note part reads every link (a person's note or a dated note): no item can change alone. */
	wholeNote: boolean;
	/** The note's own problems (parsing, person fields), before those of its links. */
	baseProblems: Problem[];
	problems: Problem[];
	// The names whose resolution it depends on are not kept: `forEachDep(facts)` works them out.
}

export interface ContributionContext {
	people: ReadonlyMap<string, Person>;
	/** The person a link target resolves to from `source`, or null. */
	personOf: (target: string, source: string) => PersonRef | null;
	/** The person whose note is at `path`, or null. */
	refOf: (path: string) => PersonRef | null;
	noteDate: (path: string, facts: NoteFacts) => IsoDate | null;
	today: IsoDate;
	/** Only touchpoints are wanted (a people network): no promise and no edge is made. */
	touchesOnly?: boolean;
}

/** What most notes add as a whole: nothing (one shared, frozen part). */
export const NO_PART: Part = Object.freeze({ touches: Object.freeze([]), promises: Object.freeze([]), edges: Object.freeze([]) }) as unknown as Part;

/** The part adds nothing (no touchpoint, promise or edge). */
export function isEmptyPart(part: Part): boolean {
	return part.touches.length + part.promises.length + part.edges.length === 0;
}

/** A part's list with nothing in it (frozen: one shared empty list, never pushed to). */
const EMPTY_LIST = Object.freeze([]) as unknown as never[];

/**
 * A part from lists made at their final lengths (a live index keeps one part per list item that links
 * someone: arrays grown by push would keep spare slots), or NO_PART when all are empty.
 */
function partOf(touches: Part["touches"], promises: PromiseTask[], edges: EdgeMark[]): Part {
	if (touches.length + promises.length + edges.length === 0) return NO_PART;
	return { touches, promises, edges };
}

/** The edges between every two of `list` (distinct people), of one kind, in an array of exactly their number. */
function clique(list: readonly PersonRef[], kind: EdgeKind): EdgeMark[] {
	const n = list.length;
	if (n < 2) return EMPTY_LIST;
	const out = new Array<EdgeMark>((n * (n - 1)) / 2);
	let k = 0;
	for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out[k++] = { a: list[i] as PersonRef, b: list[j] as PersonRef, kind };
	return out;
}

/** The distinct people linked from an item (its links: `facts.links` from `from` up to `to`), in order. */
function peopleInItem(c: Pick<Contribution, "resolved">, from: number, to: number): PersonRef[] {
	if (from === to) return EMPTY_LIST; // a person's note's item that links no one
	if (to - from === 1) {
		const p = c.resolved[from];
		return p ? [p] : EMPTY_LIST;
	}
	const out: PersonRef[] = [];
	for (let i = from; i < to; i++) {
		const p = c.resolved[i];
		if (p && !out.includes(p)) out.push(p);
	}
	return out;
}

/**
 * Where the links of the list item that link `i` belongs to are in `links`: from `from` up to `to`. An
 * item is one line, and a line's links are listed together (markdown.ts), so they are its neighbours with
 * the same item, found without a pass over a journal's thousands.
 */
export function itemLinkRun(links: readonly { item: number }[], i: number): { from: number; to: number } {
	const item = (links[i] as { item: number }).item;
	let from = i;
	while (from > 0 && links[from - 1]?.item === item) from--;
	return { from, to: runEnd(links, i) };
}

/** Past the last of the links after `i` (`i` included) that have link `i`'s item. */
function runEnd(links: readonly { item: number }[], i: number): number {
	const item = (links[i] as { item: number }).item;
	let to = i + 1;
	while (to < links.length && (links[to] as { item: number }).item === item) to++;
	return to;
}

/**
 * What list item `idx` adds (its links: `facts.links` from `from` up to `to`): a promise, a dated
 * touchpoint, an introduction. Null when nothing. Only the lists it returns are made (a rebuild calls it
 * for every linked item of the vault: its scratch lists were a tenth of the first network's garbage).
 */
export function itemPart(path: string, c: Pick<Contribution, "facts" | "resolved" | "date">, idx: number, ctx: ContributionContext, from: number, to: number): Part | null {
	const { facts } = c;
	const item = facts.items[idx];
	if (!item) return null;
	const self = ctx.refOf(path);
	const linked = peopleInItem(c, from, to);
	if (!self && linked.length === 0) return null;
	// The note's own person first; without one, the linked people are the list (not copied).
	let withPeople = linked;
	if (self) {
		withPeople = [self];
		for (const p of linked) if (p !== self) withPeople.push(p);
	}
	const intro = item.tags.includes("intro");
	const wantAll = ctx.touchesOnly !== true;
	const introEdges = intro && wantAll ? clique(linked, "intro") : EMPTY_LIST;
	let touches: Part["touches"] = EMPTY_LIST;
	let promises: PromiseTask[] = EMPTY_LIST;
	let edges = introEdges;
	if (item.task) {
		if (withPeople.length > 0) {
			const theirs = item.tags.includes("waiting");
			const t = item.task;
			if (wantAll) promises = [{
				file: path, line: item.line, text: item.text, people: withPeople.map(pathOf), due: t.due, done: t.done,
				direction: theirs ? "theirs" : "mine", status: t.status, mark: t.mark, intro,
			}];
			// A quoted task is still a promise (the Tasks plugin reads tasks in quotes and callouts), but
			// links inside quotes are never contact.
			if (t.status === "done" && !item.inQuote) {
				const date = t.done ?? c.date;
				if (date) {
					const help = theirs ? "got" : "gave";
					const touch: Touchpoint = { date, path, line: item.line, kind: "task", text: item.text, help };
					touches = withPeople.map((p) => ({ person: p, touch }));
				}
			}
		}
	} else if (item.date && !item.inQuote) {
		const date = item.date;
		const text = withoutLeadingDate(item.text);
		const help = helpOf(item.tags);
		const touch: Touchpoint = { date, path, line: item.line, kind: "log", text, help };
		touches = withPeople.map((p) => ({ person: p, touch }));
		if (date <= ctx.today && wantAll) {
			const together = clique(withPeople, "together");
			edges = introEdges.length === 0 ? together : introEdges.concat(together);
		}
	}
	const part = partOf(touches, promises, edges);
	return part === NO_PART ? null : part;
}

/** A promise names its people by path: it is one of the network's own objects. */
function pathOf(ref: PersonRef): string {
	return ref.path;
}

/** What the note adds as a whole, and the problems of its links (pushed onto `problems`). */
export function notePart(path: string, c: Pick<Contribution, "facts" | "resolved" | "date">, ctx: ContributionContext, problems: Problem[]): Part {
	const { facts, resolved } = c;
	const self = ctx.refOf(path);
	const { date } = c;
	if (!self && !date) return NO_PART;
	const touches: Part["touches"] = [];
	const edges: EdgeMark[] = [];
	/** A dated note's contacts, each with each (kept apart from `edges`, at its final length). */
	let together: EdgeMark[] = EMPTY_LIST;
	const wantAll = ctx.touchesOnly !== true;
	// A person's note links another person.
	if (self) {
		if (wantAll) {
			facts.links.forEach((l, i) => {
				const p = resolved[i];
				if (p && p !== self && l.key !== "metthrough" && l.key !== "introducedby") edges.push({ a: self, b: p, kind: "link" });
			});
		}
		const person = ctx.people.get(path) as Person;
		// Each link of `met_through` or `introduced_by`, located on its own key's line.
		for (const l of facts.links) {
			if (l.key !== "metthrough" && l.key !== "introducedby") continue;
			const p = ctx.personOf(l.target, path);
			if (p) {
				if (p !== self && wantAll) edges.push({ a: self, b: p, kind: "met_through" });
			} else problems.push({ path, line: l.line, severity: "warning", message: `${facts.keys[l.key] ?? "met_through"} "${l.target}" links to no person` });
		}
		if (person.lastContactField) {
			touches.push({ person: self, touch: { date: person.lastContactField, path, line: facts.keyLines.lastcontact ?? null, kind: "field", text: "last_contact", help: null } });
		}
	}
	// A dated note that links people: contact with each of them on that date.
	if (date) {
		const met: PersonRef[] = [];
		facts.links.forEach((l, i) => {
			const p = resolved[i];
			if (!p || p === self || l.inQuote) return;
			const item = l.item >= 0 ? facts.items[l.item] : undefined;
			if (item?.task && item.task.status !== "done") return; // a plan is not contact
			if (item?.task || item?.date) return; // counted by its own rule, on its own date
			if (!met.includes(p)) met.push(p);
		});
		const touch: Touchpoint = { date, path, line: null, kind: "note", text: basename(path), help: null };
		for (const p of met) touches.push({ person: p, touch });
		if (date <= ctx.today && wantAll) together = clique(met, "together");
	}
	// A dated note's edges are mostly its clique, made at its final length: kept as it is, not copied.
	const allEdges = together.length === 0 ? exact(edges) : edges.length === 0 ? together : edges.concat(together);
	return partOf(exact(touches), EMPTY_LIST, allEdges);
}

/** The contribution adds nothing to the sums and depends on no name (its note links no one: body embeds at most). */
export function contributesNothing(c: Contribution): boolean {
	return c.problems.length === 0 && c.note === NO_PART && c.items.every((p) => !p) && c.facts.links.every(isBodyEmbed);
}

/** Shared by every note without problems of its own (never changed: copied before problems are added). */
const NO_PROBLEMS: Problem[] = Object.freeze([]) as unknown as Problem[];

/** What the note at `path` says about the network. `personProblems` come from reading its fields. */
export function contribute(path: string, facts: NoteFacts, personProblems: readonly LocalProblem[], ctx: ContributionContext): Contribution {
	const { links } = facts;
	// Embeds are never contact (met_through reads its own links, embeds too).
	const resolved = links.map((l) => (l.embed ? null : ctx.personOf(l.target, path)));
	const baseProblems: Problem[] = facts.problems.length + personProblems.length === 0 ? NO_PROBLEMS : [];
	for (const p of facts.problems) baseProblems.push({ path, ...p });
	for (const p of personProblems) baseProblems.push({ path, ...p });
	const person = ctx.people.has(path);
	// Every key written out at once, not spread or added to later: a spread object with more keys added was
	// a 2 KB dictionary-mode object per note (113 MB of a 50,000-note build). The parts read it as it fills.
	const c: Contribution = { facts, resolved, date: ctx.noteDate(path, facts), items: EMPTY_LIST, note: NO_PART, wholeNote: false, baseProblems, problems: NO_PROBLEMS };
	// Only items with links can add anything, except in a person's note (its tasks are with them). Made at
	// its final length (holes for items that add nothing), so it needs no exact copy. An item's links stand
	// side by side (one line's, markdown.ts): each run is read where it is, with no list made of it.
	const items = new Array<Part | null | undefined>(person ? facts.items.length : lastLinkedItem(links) + 1);
	c.items = items;
	if (person) {
		let i = 0;
		for (let idx = 0; idx < facts.items.length; idx++) {
			while (i < links.length && (links[i] as NoteFacts["links"][number]).item < idx) i++;
			const to = i < links.length && (links[i] as NoteFacts["links"][number]).item === idx ? runEnd(links, i) : i;
			items[idx] = itemPart(path, c, idx, ctx, i, to);
			i = to;
		}
	} else {
		for (let i = 0; i < links.length; ) {
			const item = (links[i] as NoteFacts["links"][number]).item, to = runEnd(links, i);
			if (item >= 0) items[item] = itemPart(path, c, item, ctx, i, to);
			i = to;
		}
	}
	const problems = baseProblems.slice();
	c.note = notePart(path, c, ctx, problems);
	c.wholeNote = person || c.date !== null;
	// Lists at exact lengths, as the facts keep theirs, and none kept for no problems (a relink makes a new
	// list rather than push to this one).
	c.problems = problems.length === 0 ? NO_PROBLEMS : exact(problems);
	return c;
}

/** The highest item index a link has (-1 for none). */
function lastLinkedItem(links: readonly { item: number }[]): number {
	let last = -1;
	for (let i = 0; i < links.length; i++) last = Math.max(last, (links[i] as { item: number }).item);
	return last;
}
