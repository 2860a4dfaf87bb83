/**
 * NetworkIndex: the facts of every note by path, updated one file at a time, with every answer derived
 * lazily behind a revision number. The first query builds the derivation; after that each update
 * brings it up to date for just the notes it touches. After any sequence of updates it answers exactly
 * as an index built from scratch on the same files (test/core/index.test.ts checks it on random
 * sequences).
 */
import type { IsoDate } from "./dates";
import { inPeopleFolder } from "./folders";
import { type LinkResolver, PathResolver } from "./links";
import { Derivation, type RelinkWork } from "./derivation";
import type { Network, PeopleNetwork } from "./network";
import { type NoteFacts, parseNote } from "./note";
import type { Settings, VaultContext } from "./settings";

export interface IndexOptions {
	/**
	 * Obsidian's resolver (metadataCache.getFirstLinkpathDest) in the plugin; the core's own otherwise.
	 * Like both, it must resolve a bare name (no folder, no `.md`) that only one note of the index has to
	 * that note, from any note: a person's move relies on it to leave such links alone.
	 */
	resolver?: LinkResolver;
	/**
	 * Keep the derived network current update by update (the default, for the plugin). Off for one-shot
	 * use (the CLI): the network is built once and rebuilt only if asked for again after a change, in
	 * far less memory.
	 */
	live?: boolean;
}

/** No path was there before. */
const NONE: ReadonlySet<string> = new Set();

export class NetworkIndex {
	private readonly notes = new Map<string, NoteFacts>();
	private readonly paths = new PathResolver();
	private readonly resolver: LinkResolver;
	private rev = 0;
	/** Built on the first query; kept current by every update after that. */
	private derivation: Derivation | null = null;
	/** One-shot only: the last people network (`peopleNetwork`), until the next change. */
	private peopleDerivation: Derivation | null = null;

	constructor(
		readonly settings: Settings,
		readonly context: VaultContext,
		options: IndexOptions = {},
	) {
		this.resolver = options.resolver ?? this.paths.resolve;
		this.live = options.live ?? true;
	}

	private readonly live: boolean;

	/** Goes up by one on every change; views compare it to know when to re-render. */
	get revision(): number {
		return this.rev;
	}

	get size(): number {
		return this.notes.size;
	}

	has(path: string): boolean {
		return this.notes.has(path);
	}

	facts(path: string): NoteFacts | undefined {
		return this.notes.get(path);
	}

	/** Adds or replaces a Markdown note from its text. The text is not kept. */
	upsert(path: string, text: string): void {
		const facts = parseNote(text, this.settings, inPeopleFolder(path, this.settings));
		const wasThere = this.notes.has(path);
		if (!wasThere) this.paths.add(path);
		this.notes.set(path, facts);
		this.changed(path, wasThere);
	}

	remove(path: string): void {
		if (!this.notes.delete(path)) {
			// Not a note the index knew; but a resolver that sees the whole vault may have resolved links to
			// it, so links to its name are resolved again (a change of answers is a change of revision).
			if (this.live && this.derivation?.touchName(path)) this.rev++;
			return;
		}
		this.paths.delete(path);
		this.changed(path, true);
	}

	private changed(path: string, wasThere: boolean): void {
		this.rev++;
		if (this.live) this.derivation?.update([path], wasThere ? new Set([path]) : NONE);
		else this.derivation = this.peopleDerivation = null;
	}

	/**
	 * Moves a note. Returns false when the note must be read again: the caller then calls `upsert` with its
	 * text. That happens when a note that is not a person by its own marks moves into a people folder (its
	 * fields and unlinked items were not kept) or out of one (read outside, less of it would be kept).
	 */
	rename(from: string, to: string): boolean {
		const facts = this.notes.get(from);
		if (!facts) return false;
		const wasIn = inPeopleFolder(from, this.settings);
		const isIn = inPeopleFolder(to, this.settings);
		// Read outside a people folder, a note's fields and body were not kept; read inside, more was kept.
		const keep = facts.personMarked || wasIn === isIn;
		const wereThere = new Set(this.notes.has(to) ? [from, to] : [from]);
		this.notes.delete(from);
		this.paths.delete(from);
		if (keep) {
			// Asked after the delete: a rename to its own path puts the path back.
			if (!this.notes.has(to)) this.paths.add(to);
			this.notes.set(to, facts);
		}
		// One change of both paths: the notes linking the moved one are relinked once, not twice.
		this.rev++;
		if (this.live) this.derivation?.update(keep ? [from, to] : [from], wereThere);
		else this.derivation = this.peopleDerivation = null;
		return keep;
	}

	/**
	 * Gets the live network ready for its first update ahead of time, from at most `budget` more notes:
	 * which notes link which names, what an update relinks (the first network does not work it out, to be
	 * quick). True once it is ready, or when there is nothing to prepare. An update before then finishes
	 * the job itself, so this is only to take that work off the first edit (the plugin runs it when idle).
	 */
	prepareUpdates(budget: number): boolean {
		return !this.live || !this.derivation || this.derivation.prepareUpdates(budget);
	}

	/** What the live network's updates have relinked since it was built (RelinkWork). */
	relinkWork(): RelinkWork {
		return this.live && this.derivation ? this.derivation.relinkWork() : { relinked: 0, redone: 0 };
	}

	/** Every note path in the index, sorted. */
	allPaths(): string[] {
		return [...this.notes.keys()].sort();
	}

	/**
	 * The derived network for `today`. Built in full on the first call and when the day changes, kept
	 * current by updates in between; the same object is returned until the next update.
	 */
	network(today: IsoDate): Network {
		if (!this.derivation || this.derivation.today !== today) {
			this.derivation = new Derivation(this.notes, this.resolver, this.settings, this.context, today, this.live, "all", (name) => this.paths.notesNamed(name)).rebuild();
		}
		return this.derivation.network();
	}

	/**
	 * The people and their contact for `today`: what the people, cold and rhythm answers read. A live
	 * index, or one that has derived the whole network for the day, hands that out; a one-shot index
	 * derives only this, without promises and edges (about 40% less time than `network` at 50,000 notes).
	 */
	peopleNetwork(today: IsoDate): PeopleNetwork {
		if (this.live || this.derivation?.today === today) return this.network(today);
		if (this.peopleDerivation?.today !== today) {
			this.peopleDerivation = new Derivation(this.notes, this.resolver, this.settings, this.context, today, false, "people").rebuild();
		}
		return this.peopleDerivation.network();
	}
}
