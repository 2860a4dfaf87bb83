/**
 * The derivation: every note's contribution added up into one network, and kept current one note at a
 * time. A change to one note recomputes that note, plus only the notes whose links could now resolve
 * differently (they link the changed note's name, or an alias it gained or lost). Nothing passes over
 * all notes on a change, so updates stay cheap on a 50,000-note vault.
 */
import type { IsoDate } from "./dates";
import { basename, type LinkResolver } from "./links";
import type { LocalProblem } from "./markdown";
import {
	type Contribution,
	type ContributionContext,
	contribute,
	type Edge,
	edgeKey,
	itemPart,
	linkDeps,
	type Network,
	noteDateFinder,
	notePart,
	type Part,
} from "./network";
import type { NoteFacts } from "./note";
import { isExcluded, isPersonNote, type PathRules, type Person, readPerson } from "./people";
import { compareProblems, type Problem } from "./problems";
import { compareNames } from "./cold";
import type { Settings, VaultContext } from "./settings";
import { addTo, insertionPoint, removeFrom, removeSorted } from "./collections";
import { compareEdges, comparePromises, compareUpcoming } from "./orders";
import { compareTouchpoints, type PromiseTask, type Touchpoint } from "./touchpoints";

/** A link written as the note's path (`folder/Name`) depends on this key. */
function pathKey(path: string): string {
	return path.toLowerCase().replace(/\.md$/, "");
}

export class Derivation {
	private readonly people = new Map<string, Person>();
	private readonly personProblems = new Map<string, LocalProblem[]>();
	/** Lower-case alias → the people who have it. */
	private readonly aliasOwners = new Map<string, Set<string>>();
	private readonly contributions = new Map<string, Contribution>();
	/** Lower-case name → notes whose contribution depends on how it resolves. */
	private readonly dependents = new Map<string, Set<string>>();
	/** Paths the derivation has seen (to tell additions and removals from edits). */
	private readonly known = new Set<string>();
	private readonly touchpoints = new Map<string, Touchpoint[]>();
	private readonly upcoming = new Map<string, Touchpoint[]>();
	/**
	 * Touchpoint lists changed since the last `network()`: additions are pushed, removals remembered,
	 * and each list is filtered and sorted once when the network is next read. (Splicing into sorted
	 * lists one touch at a time was quadratic for a popular person's thousand touchpoints.)
	 */
	private readonly dirtyTouches = new Map<Map<string, Touchpoint[]>, Map<string, Set<Touchpoint> | null>>();
	private readonly edges = new Map<string, Edge>();
	/** Every promise, kept in `comparePromises` order as notes change (never re-sorted whole). */
	private readonly promises: PromiseTask[] = [];
	/** Edges in order (by source, then target), kept as they come and go. */
	private readonly edgeOrder: Edge[] = [];
	/** How many edges each person has. */
	private readonly degree = new Map<string, number>();
	/** People in name order; null when someone came, went or was renamed since it was last worked out. */
	private peopleOrder: string[] | null = null;
	private readonly problemsByFile = new Map<string, Problem[]>();
	private readonly rules: PathRules;
	private readonly ctx: ContributionContext;
	private snapshot: Network | null = null;
	/** While rebuilding, ordered lists are appended to and sorted once at the end. */
	private bulk = false;

	constructor(
		private readonly notes: ReadonlyMap<string, NoteFacts>,
		private readonly resolve: LinkResolver,
		settings: Settings,
		context: VaultContext,
		readonly today: IsoDate,
		/**
		 * Keep what each note contributed, so that later updates can be applied one note at a time. A
		 * one-shot build (the CLI) does not: it keeps only the sums, in much less memory.
		 */
		readonly live = true,
	) {
		this.rules = { templateFolders: context.templateFolders, excludedFolders: settings.excludedFolders, peopleFolders: settings.peopleFolders };
		this.ctx = { people: this.people, personOf: this.personOf, noteDate: noteDateFinder(settings, context), today };
	}

	/** Adds every note up from nothing: people first, then each note's contribution once. */
	rebuild(): this {
		const paths = [...this.notes.keys()].sort();
		for (const path of paths) {
			this.known.add(path);
			this.readPersonAt(path);
		}
		this.bulk = true;
		for (const path of paths) this.recontribute(path);
		this.bulk = false;
		this.promises.sort(comparePromises);
		this.edgeOrder.sort(compareEdges);
		this.snapshot = null;
		return this;
	}

	/** The note at `path` was added, changed or removed in `notes`: bring the sums up to date. */
	update(path: string): void {
		if (!this.live) throw new Error("a one-shot derivation cannot be updated; build a new one");
		const affected = new Set<string>();
		const name = basename(path).toLowerCase();
		const exists = this.notes.has(path);
		if (this.known.has(path) !== exists) {
			affected.add(name);
			affected.add(pathKey(path));
			if (exists) this.known.add(path);
			else this.known.delete(path);
		}
		const before = this.people.get(path);
		this.readPersonAt(path);
		const after = this.people.get(path);
		if (Boolean(before) !== Boolean(after)) affected.add(name);
		const aliasesBefore = new Set(before?.aliases.map((a) => a.toLowerCase()));
		const aliasesAfter = new Set(after?.aliases.map((a) => a.toLowerCase()));
		for (const a of aliasesBefore) if (!aliasesAfter.has(a)) affected.add(a);
		for (const a of aliasesAfter) if (!aliasesBefore.has(a)) affected.add(a);
		this.recontribute(path);
		const again = new Set<string>();
		for (const key of affected) for (const dep of this.dependents.get(key) ?? []) if (dep !== path) again.add(dep);
		for (const dep of again) this.relink(dep, affected);
		this.snapshot = null;
	}

	/** The summed network. Its maps are live: they change with later updates. */
	network(): Network {
		if (this.snapshot) return this.snapshot;
		this.flushTouches();
		const promises = this.promises.slice();
		const problems: Problem[] = [];
		for (const list of this.problemsByFile.values()) problems.push(...list);
		problems.push(...this.aliasProblems());
		problems.sort(compareProblems);
		if (!this.peopleOrder) this.peopleOrder = [...this.people.values()].sort(compareNames).map((p) => p.path);
		this.snapshot = {
			people: this.people, touchpoints: this.touchpoints, upcoming: this.upcoming, promises, edges: this.edges,
			edgeOrder: this.edgeOrder.slice(), degree: new Map(this.degree), peopleOrder: this.peopleOrder, problems,
		};
		return this.snapshot;
	}

	/** A link that matches a note resolves to it (when it is a person); else to the one person with that alias. */
	private readonly personOf = (target: string, source: string): string | null => {
		const hit = this.resolve(target, source);
		if (hit !== null) return this.people.has(hit) ? hit : null;
		const owners = this.aliasOwners.get(target.toLowerCase());
		return owners?.size === 1 ? ([...owners][0] ?? null) : null;
	};

	private markTouch(map: Map<string, Touchpoint[]>, person: string, removed: Touchpoint | null): void {
		let dirty = this.dirtyTouches.get(map);
		if (!dirty) this.dirtyTouches.set(map, (dirty = new Map<string, Set<Touchpoint> | null>()));
		let gone = dirty.get(person) ?? null;
		if (removed) {
			if (!gone) gone = new Set();
			gone.add(removed);
		}
		dirty.set(person, gone);
	}

	private flushTouches(): void {
		for (const [map, dirty] of this.dirtyTouches) {
			const compare = map === this.upcoming ? compareUpcoming : compareTouchpoints;
			for (const [person, gone] of dirty) {
				const list = map.get(person);
				if (!list) continue;
				// Always a new array: a changed list is a new object, which per-person caches (next.ts) rely on.
				const kept = gone ? list.filter((t) => !gone.has(t)) : list.slice();
				if (kept.length === 0) map.delete(person);
				else map.set(person, kept.sort(compare));
			}
		}
		this.dirtyTouches.clear();
	}

	private aliasProblems(): Problem[] {
		const out: Problem[] = [];
		for (const [alias, owners] of this.aliasOwners) {
			if (owners.size < 2) continue;
			const list = [...owners].sort();
			for (const o of list) {
				const others = list.filter((x) => x !== o).map((x) => this.people.get(x)?.name ?? basename(x));
				out.push({ path: o, line: null, severity: "warning", message: `alias "${alias}" is shared with ${others.join(", ")}; links to it resolve to no one` });
			}
		}
		return out;
	}

	private readPersonAt(path: string): void {
		const old = this.people.get(path);
		if (old || this.notes.has(path)) this.peopleOrder = null;
		if (old) for (const a of new Set(old.aliases.map((x) => x.toLowerCase()))) removeFrom(this.aliasOwners, a, path);
		this.people.delete(path);
		this.personProblems.delete(path);
		const facts = this.notes.get(path);
		if (!facts || !isPersonNote(path, facts, this.rules)) return;
		const problems: LocalProblem[] = [];
		const person = readPerson(path, facts, problems);
		this.people.set(path, person);
		if (problems.length > 0) this.personProblems.set(path, problems);
		for (const a of new Set(person.aliases.map((x) => x.toLowerCase()))) addTo(this.aliasOwners, a, path);
	}

	private recontribute(path: string): void {
		const old = this.contributions.get(path);
		if (old) this.subtract(path, old);
		this.contributions.delete(path);
		const facts = this.notes.get(path);
		if (!facts || isExcluded(path, this.rules)) return;
		const c = contribute(path, facts, this.personProblems.get(path) ?? [], this.ctx);
		if (this.live) this.contributions.set(path, c);
		this.add(path, c);
	}

	/**
	 * Another note's change may have changed how some of this note's links resolve (`keys` are the names
	 * concerned). Only the links to those names are resolved again, then only the list items whose links
	 * now resolve differently, and the note's whole-note part when it reads every link (a person's or a
	 * dated note). A journal of thousands of lines that mentions a renamed person is not read again for
	 * one name, nor are the hundreds of daily notes that mention them.
	 */
	private relink(path: string, keys: ReadonlySet<string>): boolean {
		const c = this.contributions.get(path);
		const facts = this.notes.get(path);
		if (!c || !facts || c.facts !== facts || isExcluded(path, this.rules)) {
			this.recontribute(path);
			return true;
		}
		const changedItems = new Set<number>();
		let noteLevel = false;
		facts.links.forEach((l, i) => {
			if (!linkDeps(l.target).some((d) => keys.has(d))) return;
			// met_through reads its links itself (embeds too): its part is redone whenever one may have moved.
			if (l.key === "metthrough" || l.key === "introducedby") noteLevel = true;
			const now = l.embed ? null : this.personOf(l.target, path);
			if (now === c.resolved[i]) return;
			c.resolved[i] = now;
			if (l.item >= 0) changedItems.add(l.item);
			else noteLevel = true;
		});
		for (const idx of changedItems) {
			const old = c.items[idx];
			if (old) this.subtractPart(old);
			const part = itemPart(path, c, idx, this.ctx);
			c.items[idx] = part;
			if (part) this.addPart(part);
		}
		// The whole-note part reads every link (a person's links and met_through, a dated note's contacts).
		if (c.wholeNote && (noteLevel || changedItems.size > 0)) {
			this.subtractPart(c.note);
			c.problems = c.baseProblems.slice();
			c.note = notePart(path, c, this.ctx, c.problems);
			this.addPart(c.note);
			if (c.problems.length > 0) this.problemsByFile.set(path, c.problems);
			else this.problemsByFile.delete(path);
		}
		return noteLevel || changedItems.size > 0;
	}

	/**
	 * A file this derivation never saw came or went under `path` (a link resolver that sees the whole
	 * vault, like Obsidian's, may have known it): the links to its name are resolved again. Returns
	 * whether any answer changed.
	 */
	touchName(path: string): boolean {
		const keys = new Set([basename(path).toLowerCase(), pathKey(path)]);
		const again = new Set<string>();
		for (const key of keys) for (const dep of this.dependents.get(key) ?? []) again.add(dep);
		let changed = false;
		for (const dep of again) if (this.relink(dep, keys)) changed = true;
		if (changed) this.snapshot = null;
		return changed;
	}

	private add(path: string, c: Contribution): void {
		if (this.live) for (const key of c.deps) addTo(this.dependents, key, path);
		for (const part of c.items) if (part) this.addPart(part);
		this.addPart(c.note);
		if (c.problems.length > 0) this.problemsByFile.set(path, c.problems);
	}

	private subtract(path: string, c: Contribution): void {
		for (const key of c.deps) removeFrom(this.dependents, key, path);
		for (const part of c.items) if (part) this.subtractPart(part);
		this.subtractPart(c.note);
		this.problemsByFile.delete(path);
	}

	private addPart(part: Part): void {
		for (const { person, touch } of part.touches) {
			const map = touch.date > this.today ? this.upcoming : this.touchpoints;
			const list = map.get(person);
			if (list) list.push(touch);
			else map.set(person, [touch]);
			this.markTouch(map, person, null);
		}
		for (const { a, b, kind } of part.edges) {
			const key = edgeKey(a, b);
			let e = this.edges.get(key);
			if (!e) {
				this.edges.set(key, (e = { source: a < b ? a : b, target: a < b ? b : a, counts: {}, weight: 0 }));
				if (this.bulk) this.edgeOrder.push(e);
				else this.edgeOrder.splice(insertionPoint(this.edgeOrder, e, compareEdges), 0, e);
				this.degree.set(a, (this.degree.get(a) ?? 0) + 1);
				this.degree.set(b, (this.degree.get(b) ?? 0) + 1);
			}
			e.counts[kind] = (e.counts[kind] ?? 0) + 1;
			e.weight++;
		}
		for (const p of part.promises) {
			if (this.bulk) this.promises.push(p);
			else this.promises.splice(insertionPoint(this.promises, p, comparePromises), 0, p);
		}
	}

	private subtractPart(part: Part): void {
		for (const { person, touch } of part.touches) {
			this.markTouch(touch.date > this.today ? this.upcoming : this.touchpoints, person, touch);
		}
		for (const { a, b, kind } of part.edges) {
			const key = edgeKey(a, b);
			const e = this.edges.get(key);
			if (!e) continue;
			const n = (e.counts[kind] ?? 0) - 1;
			if (n > 0) e.counts[kind] = n;
			else delete e.counts[kind];
			if (--e.weight <= 0) {
				this.edges.delete(key);
				removeSorted(this.edgeOrder, e, compareEdges);
				for (const p of [a, b]) {
					const d = (this.degree.get(p) ?? 0) - 1;
					if (d > 0) this.degree.set(p, d);
					else this.degree.delete(p);
				}
			}
		}
		for (const p of part.promises) removeSorted(this.promises, p, comparePromises);
	}
}

export interface DeriveInput {
	notes: ReadonlyMap<string, NoteFacts>;
	resolve: LinkResolver;
	settings: Settings;
	context: VaultContext;
	today: IsoDate;
}

/** The network of a set of notes, built from scratch. */
export function derive({ notes, resolve, settings, context, today }: DeriveInput): Network {
	return new Derivation(notes, resolve, settings, context, today).rebuild().network();
}
