/**
 * The derivation: which notes' contributions to add up, and which to work out again when one note
 * changes. A change to one note recomputes that note, plus only the notes whose links could now resolve
 * differently (they link the changed note's name, or an alias it gained or lost): their links are
 * resolved again (relinked). Nothing passes over all notes on a change, so updates stay cheap on a
 * 50,000-note vault. The sums themselves are kept in order by network-sums.ts.
 */
import type { IsoDate } from "./dates";
import { basename, type LinkResolver, pathKey } from "./links";
import { type Contribution, type ContributionContext, contribute, contributesNothing, type Part } from "./contribution";
import type { Network } from "./network";
import { noteDateFinder } from "./note-date";
import { partDifference } from "./part-diff";
import { movePerson, personMoveOf } from "./person-move";
import { NetworkSums } from "./network-sums";
import type { NoteFacts } from "./note";
import { isExcluded, type PathRules, pathRules } from "./folders";
import type { Person } from "./people";
import type { PersonRef } from "./person-ref";
import { PeopleBook } from "./people-book";
import { compareProblems } from "./problems";
import type { Settings, VaultContext } from "./settings";
import { Dependents } from "./dependents";
import { LinkLookup } from "./link-lookup";
import { RelinkTargets } from "./relink-targets";
import { relinkNote, type RelinkSums, replaceParts } from "./relink";

/**
 * Notes updates relinked (their links to the names concerned resolved again), and how many of those had
 * a part worked out again because a link now resolves elsewhere: what a popular person's rename or
 * removal costs is mostly these notes.
 */
export interface RelinkWork {
	relinked: number;
	redone: number;
}

export class Derivation {
	/** Who is a person (people-book.ts). */
	private readonly book: PeopleBook;
	private readonly people: ReadonlyMap<string, Person>;
	private readonly contributions = new Map<string, Contribution>();
	/** Which notes depend on which names (dependents.ts): built when an update first needs them. */
	private readonly dependents = new Dependents(this.contributions);
	private readonly rules: PathRules;
	private readonly ctx: ContributionContext;
	private snapshot: Network | null = null;
	/** The last network handed out: the next one says what changed since it. */
	private last: Network | null = null;
	private readonly sums: NetworkSums;
	/** The links of a note that depend on given names (link-lookup.ts). */
	private readonly linkLookup = new LinkLookup();
	/** Which notes an update relinks (relink-targets.ts). */
	private readonly targets: RelinkTargets;
	/** What updates relinked so far (`relinkWork`). */
	private readonly relinks: RelinkWork = { relinked: 0, redone: 0 };
	/** What relinking a note changes in the sums (relink.ts). */
	private readonly relinkSums: RelinkSums = {
		replacePart: (old, now) => this.replacePart(old, now),
		setProblems: (path, problems) => this.sums.setProblems(path, problems),
	};

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
		/** "people": touchpoints only, no promise and no edge (one-shot only: a live network has it all). */
		scope: "all" | "people" = "all",
		/**
		 * How many notes have a lower-case name (the index's own count of its notes). A person who moves
		 * under a name no other note has keeps every link written as the bare name: the resolver gives that
		 * name the one note from any note (Obsidian's and PathResolver do). Without it, every note that links
		 * the name is relinked.
		 */
		notesNamed: (name: string) => number = () => Infinity,
	) {
		this.targets = new RelinkTargets(this.dependents, notesNamed);
		if (live && scope !== "all") throw new Error("a live derivation derives everything");
		this.rules = pathRules(settings, context);
		this.book = new PeopleBook(notes, this.rules);
		this.people = this.book.people;
		this.sums = new NetworkSums(today);
		this.ctx = { people: this.people, personOf: this.personOf, refOf: (path) => this.book.refOf(path), noteDate: noteDateFinder(settings, context), today, touchesOnly: scope === "people" };
	}

	/** Adds every note up from nothing: people first, then each note's contribution once. */
	rebuild(): this {
		const paths = [...this.notes.keys()].sort();
		// Each note's facts looked up once for both passes: a lookup by path in a map of every note misses
		// the cache, and the passes made several per note. Nothing is kept yet, so nothing is looked for.
		const facts = paths.map((path) => this.notes.get(path) as NoteFacts);
		for (let i = 0; i < paths.length; i++) this.book.enter(paths[i] as string, facts[i] as NoteFacts);
		this.sums.beginBulk(this.book.refSpan());
		for (let i = 0; i < paths.length; i++) this.contributeNote(paths[i] as string, facts[i] as NoteFacts);
		this.sums.endBulk();
		this.snapshot = null;
		return this;
	}

	/**
	 * The notes at `paths` were added, changed or removed in `notes` (a rename is its two paths at once, so
	 * the notes that link it are relinked once, from the old path straight to the new): bring the sums up
	 * to date. `wereThere`: those of `paths` that `notes` had before the change (the caller knows; a set of
	 * every path seen, kept here to tell, cost the first network 50,000 insertions and a megabyte at 50k).
	 */
	update(paths: readonly string[], wereThere: ReadonlySet<string>): void {
		if (!this.live) throw new Error("a one-shot derivation cannot be updated; build a new one");
		this.dependents.ensure();
		const move = personMoveOf(paths, this.people, wereThere, this.notes);
		// Their ref goes with them (person-ref.ts): the parts that hold it stay as they are.
		if (move) this.book.carryRef(move.from, move.to);
		const affected = new Set<string>();
		for (const path of paths) this.reread(path, wereThere.has(path), affected);
		let moved: string | null = null;
		for (const path of paths) {
			// The moved note's old contribution is out and its new one not yet in: no entry names `to`.
			const ref = move && path === move.to ? this.book.refOf(move.to) : null;
			if (move && ref) {
				movePerson(move, { contributions: this.contributions, ref, sums: this.sums });
				moved = move.to;
			}
			this.recontribute(path);
		}
		for (const dep of this.targets.after(affected, paths, moved)) this.relinkCounted(dep, affected);
		this.snapshot = null;
	}

	/**
	 * Reads the person at `path` again (`wasThere`: a note was at that path before); adds to `affected` the
	 * names whose links may now resolve differently.
	 */
	private reread(path: string, wasThere: boolean, affected: Set<string>): void {
		const name = basename(path).toLowerCase();
		if (wasThere !== this.notes.has(path)) {
			affected.add(name);
			affected.add(pathKey(path));
		}
		const before = this.readPersonAt(path);
		const after = this.people.get(path);
		if (Boolean(before) !== Boolean(after)) affected.add(name);
		const aliasesBefore = new Set(before?.aliases.map((a) => a.toLowerCase()));
		const aliasesAfter = new Set(after?.aliases.map((a) => a.toLowerCase()));
		for (const a of aliasesBefore) if (!aliasesAfter.has(a)) affected.add(a);
		for (const a of aliasesAfter) if (!aliasesBefore.has(a)) affected.add(a);
	}

	/** The summed network. Its maps are live: they change with later updates. */
	network(): Network {
		if (this.snapshot) return this.snapshot;
		const { delta, ...sums } = this.sums.snapshot();
		sums.problems.push(...this.book.aliasProblems());
		sums.problems.sort(compareProblems);
		const changes = this.last ? { previous: this.last, ...delta } : undefined;
		if (this.last) delete this.last.changes; // one link only: old networks are not kept in a chain
		this.snapshot = this.last = { ...sums, people: this.book.people, peopleOrder: this.book.inOrder(), changes };
		return this.snapshot;
	}

	/** A link that matches a note resolves to it (when it is a person); else to the one person with that alias. */
	private readonly personOf = (target: string, source: string): PersonRef | null => {
		const hit = this.resolve(target, source);
		if (hit !== null) {
			if (this.live && !this.notes.has(hit)) this.targets.ranAhead(hit, source);
			return this.book.refOf(hit);
		}
		const owner = this.book.ownerOfAlias(target.toLowerCase());
		return owner === null ? null : this.book.refOf(owner);
	};

	/** Reads the person at `path` again; returns who they were before. */
	private readPersonAt(path: string): Person | undefined {
		const old = this.book.read(path);
		if (old || this.people.has(path)) this.sums.markPerson(path);
		return old;
	}

	private recontribute(path: string): void {
		const old = this.contributions.get(path);
		const facts = this.notes.get(path);
		const now = facts ? this.workedOut(path, facts) : null;
		if (!old || !now) {
			if (old) this.subtract(path, old);
			this.contributions.delete(path);
			if (now) this.keep(path, now);
			return;
		}
		// The note is still there and adds something: only what its edit changed goes out and comes in.
		this.dependents.remove(path, old.facts);
		this.contributions.delete(path);
		replaceParts(old, now, this.relinkSums);
		this.enter(path, now);
	}

	/** Works out and adds what the note at `path` contributes (it has none kept now). */
	private contributeNote(path: string, facts: NoteFacts): void {
		const c = this.workedOut(path, facts);
		if (c) this.keep(path, c);
	}

	/** What the note at `path` contributes, or null when it is excluded or cannot add anything. */
	private workedOut(path: string, facts: NoteFacts): Contribution | null {
		if (isExcluded(path, this.rules)) return null;
		// A note that adds nothing and links no one (most topic notes, a third of daily notes) keeps no
		// contribution: there is nothing to take away later, and no other note's change can relink it. One
		// that links no one, is no one and has no problem is known to be such before any is worked out.
		if (facts.links.length === 0 && facts.problems.length === 0 && !this.people.has(path)) return null;
		return contribute(path, facts, this.book.problemsOf(path), this.ctx);
	}

	/** Keeps `c` and adds it, its parts too, to the sums. */
	private keep(path: string, c: Contribution): void {
		this.enter(path, c);
		for (const part of c.items) if (part) this.sums.addPart(part);
		this.sums.addPart(c.note);
	}

	/** Keeps `c` (when live and it adds anything), its names and its problems; its parts are the caller's. */
	private enter(path: string, c: Contribution): void {
		if (this.live && !contributesNothing(c)) this.contributions.set(path, c);
		this.dependents.add(path, c.facts);
		this.sums.setProblems(path, c.problems);
	}

	/**
	 * Another note's change may have changed how some of this note's links resolve (`keys` are the names
	 * concerned): relink.ts redoes only what they change. A note whose facts changed, or that has no
	 * contribution kept, is worked out whole.
	 */
	private relink(path: string, keys: ReadonlySet<string>): boolean {
		const c = this.contributions.get(path);
		const facts = this.notes.get(path);
		if (!c || !facts || c.facts !== facts || isExcluded(path, this.rules)) {
			this.recontribute(path);
			return true;
		}
		return relinkNote(path, c, keys, this.ctx, this.linkLookup, this.relinkSums);
	}

	/** `relink`, counted in `relinks`. */
	private relinkCounted(path: string, keys: ReadonlySet<string>): boolean {
		const redone = this.relink(path, keys);
		this.relinks.relinked++;
		if (redone) this.relinks.redone++;
		return redone;
	}

	/** Puts `now` in place of `old` in the sums, only what differs; returns `now` holding old's unchanged objects. */
	private replacePart(old: Part | null, now: Part | null): Part | null {
		const { gone, came, part } = partDifference(old, now);
		this.sums.subtractPart(gone);
		this.sums.addPart(came);
		return part;
	}

	/**
	 * A file this derivation never saw came or went under `path` (a link resolver that sees the whole
	 * vault, like Obsidian's, may have known it): the links to its name are resolved again. Returns
	 * whether any answer changed.
	 */
	touchName(path: string): boolean {
		this.dependents.ensure();
		const keys = new Set([basename(path).toLowerCase(), pathKey(path)]);
		let changed = false;
		for (const dep of this.targets.touched(path, keys)) if (this.relinkCounted(dep, keys)) changed = true;
		if (changed) this.snapshot = null;
		return changed;
	}

	/** Builds the dependents ahead of the first update, from at most `budget` more notes; true once built. */
	prepareUpdates(budget: number): boolean {
		return this.dependents.prepare(budget);
	}

	/** What updates relinked so far (for tests and the bench). */
	relinkWork(): RelinkWork {
		return { ...this.relinks };
	}

	/** What building the dependents cost so far (for tests). */
	dependentsWork(): { read: number; held: number } {
		return this.dependents.work();
	}

	private subtract(path: string, c: Contribution): void {
		this.dependents.remove(path, c.facts);
		for (const part of c.items) if (part) this.sums.subtractPart(part);
		this.sums.subtractPart(c.note);
		this.sums.setProblems(path, []);
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
