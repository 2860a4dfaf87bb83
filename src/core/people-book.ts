/**
 * Who is a person, read from their notes one at a time: the people by path, the problems their fields
 * have, who has which alias, and everyone in name order (kept in order as people come, go or change
 * name: a binary search each, not a sort of everyone after every edit).
 */
import { basename } from "./links";
import type { LocalProblem } from "./markdown";
import type { NoteFacts } from "./note";
import { isPersonNote, type PathRules } from "./folders";
import { type Person, readPerson } from "./people";
import type { Problem } from "./problems";
import { addTo, removeFrom } from "./collections";
import { compareNames } from "./orders";
import type { PersonRef } from "./person-ref";

const NO_PROBLEMS: readonly LocalProblem[] = Object.freeze([]);

export class PeopleBook {
	readonly people = new Map<string, Person>();
	private readonly problems = new Map<string, LocalProblem[]>();
	/** Lower-case alias → the people who have it. */
	private readonly aliasOwners = new Map<string, Set<string>>();
	/** People's paths in name order: sorted once (null until then), then kept in order. */
	private order: string[] | null = null;
	/** A network holds `order`: it is copied before the next change. */
	private orderShared = false;
	/** Each person's ref (person-ref.ts), by path: there exactly when `people` has the path. */
	private readonly refs = new Map<string, PersonRef>();
	private refsMade = 0;

	constructor(
		private readonly notes: ReadonlyMap<string, NoteFacts>,
		private readonly rules: PathRules,
	) {}

	/** Reads the note at `path` again (it may be no one now, or gone); returns the person it was before. */
	read(path: string): Person | undefined {
		const old = this.people.get(path);
		if (old) for (const a of new Set(old.aliases.map((x) => x.toLowerCase()))) removeFrom(this.aliasOwners, a, path);
		this.people.delete(path);
		this.problems.delete(path);
		const facts = this.notes.get(path);
		const now = facts ? this.enterFields(path, facts) : undefined;
		// Someone no longer: their ref is dropped here; the parts that still hold it are relinked in the same update.
		if (!now) this.refs.delete(path);
		if (this.order && old?.name !== now?.name) {
			if (this.orderShared) this.order = this.order.slice();
			this.orderShared = false;
			if (old) this.order.splice(this.order.indexOf(path), 1);
			if (now) this.order.splice(this.orderPoint(now), 0, path);
		}
		return old;
	}

	/**
	 * Reads a note into a book being filled (a rebuild enters every note once, without the lookups of what
	 * it was). Returns the person it is, if any. Once the name order is made, notes come in by `read`.
	 */
	enter(path: string, facts: NoteFacts): Person | undefined {
		if (this.order) throw new Error("the book is filled: read notes again with read()");
		return this.enterFields(path, facts);
	}

	/** Reads a note the book holds nothing of (just taken out, or never read); the name order is the caller's. */
	private enterFields(path: string, facts: NoteFacts): Person | undefined {
		if (!isPersonNote(path, facts, this.rules)) return undefined;
		const problems: LocalProblem[] = [];
		const now = readPerson(path, facts, problems);
		this.people.set(path, now);
		if (!this.refs.has(path)) this.refs.set(path, { path, id: this.refsMade++ });
		if (problems.length > 0) this.problems.set(path, problems);
		if (now.aliases.length > 0) for (const a of new Set(now.aliases.map((x) => x.toLowerCase()))) addTo(this.aliasOwners, a, path);
		return now;
	}

	/** More than the id of every ref made so far (they count up from 0, in the order people were read). */
	refSpan(): number {
		return this.refsMade;
	}

	/** The ref of the person at `path`; null when the note there is no one. */
	refOf(path: string): PersonRef | null {
		return this.refs.get(path) ?? null;
	}

	/**
	 * The person at `from` is moving to `to` (person-move.ts): their ref goes with them, so that reading
	 * `to` keeps it. Its `path` is still `from` until the sums are re-keyed.
	 */
	carryRef(from: string, to: string): void {
		const ref = this.refs.get(from);
		if (!ref || this.refs.has(to)) throw new Error(`cannot move the person at ${from} to ${to}`);
		this.refs.delete(from);
		this.refs.set(to, ref);
	}

	/** The problems of the person's fields (none for a note that is no one). */
	problemsOf(path: string): readonly LocalProblem[] {
		return this.problems.get(path) ?? NO_PROBLEMS;
	}

	/** The one person with this (lower-case) alias; null when no one has it, or more than one does. */
	ownerOfAlias(alias: string): string | null {
		const owners = this.aliasOwners.get(alias);
		return owners?.size === 1 ? (owners.values().next().value ?? null) : null;
	}

	/** A warning on each person who shares an alias: links to it resolve to no one. */
	aliasProblems(): Problem[] {
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

	/** Everyone's path in name order (by name, then path), to hand to a network: not to be changed. */
	inOrder(): string[] {
		this.order ??= [...this.people.values()].sort(compareNames).map((p) => p.path);
		this.orderShared = true;
		return this.order;
	}

	/** Where `person` goes in `order` (by name, then path). */
	private orderPoint(person: Person): number {
		const order = this.order ?? [];
		let lo = 0, hi = order.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			const other = this.people.get(order[mid] as string);
			if (other && compareNames(other, person) <= 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}
