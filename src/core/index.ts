/**
 * NetworkIndex: the facts of every note by path, updated one file at a time, with every answer derived
 * lazily and cached behind a revision number. After any sequence of updates it answers exactly as an
 * index built from scratch on the same files (test/core/index.test.ts checks it on random sequences).
 */
import type { IsoDate } from "./dates";
import { isInFolder, type LinkResolver, PathResolver } from "./links";
import { derive, type Network } from "./network";
import { type NoteFacts, parseNote } from "./note";
import type { Settings, VaultContext } from "./settings";

export interface IndexOptions {
	/** Obsidian's resolver (metadataCache.getFirstLinkpathDest) in the plugin; the core's own otherwise. */
	resolver?: LinkResolver;
}

export class NetworkIndex {
	private readonly notes = new Map<string, NoteFacts>();
	private readonly paths = new PathResolver();
	private readonly resolver: LinkResolver;
	private rev = 0;
	private cache: { rev: number; today: IsoDate; network: Network } | null = null;

	constructor(
		readonly settings: Settings,
		readonly context: VaultContext,
		options: IndexOptions = {},
	) {
		this.resolver = options.resolver ?? this.paths.resolve;
	}

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

	private inPeopleFolder(path: string): boolean {
		return this.settings.peopleFolders.some((f) => isInFolder(path, f));
	}

	/** Adds or replaces a Markdown note from its text. The text is not kept. */
	upsert(path: string, text: string): void {
		const facts = parseNote(text, this.settings, this.inPeopleFolder(path));
		if (!this.notes.has(path)) this.paths.add(path);
		this.notes.set(path, facts);
		this.rev++;
	}

	remove(path: string): void {
		if (!this.notes.delete(path)) return;
		this.paths.delete(path);
		this.rev++;
	}

	/**
	 * Moves a note. Returns false when the note must be read again: the caller then calls `upsert` with its
	 * text. That happens when it moved into a people folder and its body had been skipped as unable to
	 * matter, or out of one while not a person by its own marks (read outside, its body may be skipped).
	 */
	rename(from: string, to: string): boolean {
		const facts = this.notes.get(from);
		if (!facts) return false;
		this.remove(from);
		const wasIn = this.inPeopleFolder(from);
		const isIn = this.inPeopleFolder(to);
		if (!wasIn && isIn && facts.bodySkipped) return false;
		if (wasIn && !isIn && !facts.personMarked) return false;
		this.notes.set(to, facts);
		this.paths.add(to);
		this.rev++;
		return true;
	}

	/** Every note path in the index, sorted. */
	allPaths(): string[] {
		return [...this.notes.keys()].sort();
	}

	/** The derived network for `today`, computed once per revision and day. */
	network(today: IsoDate): Network {
		const c = this.cache;
		if (c && c.rev === this.rev && c.today === today) return c.network;
		const network = derive({ notes: this.notes, resolve: this.resolver, settings: this.settings, context: this.context, today });
		this.cache = { rev: this.rev, today, network };
		return network;
	}
}
