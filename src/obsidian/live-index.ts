/**
 * The live index: the core's NetworkIndex kept equal to the vault. Built once the layout is ready
 * (index-build.ts: in slices, with progress), then kept current from the vault's events. Bursts of
 * changes are coalesced into one update. Listeners (the views) hear about every change and decide
 * themselves whether to re-render. It is the NetworkFeed the views read.
 */
import { Component, debounce } from "obsidian";
import { isExcluded, isNotePath, type IsoDate, type Network, type NetworkIndex, pathRules, type Settings, type VaultContext } from "../core";
import { applyChanges } from "./apply-changes";
import { buildIndex, prepareInSlices } from "./index-build";
import { textHash } from "./text-hash";
import type { NetworkFeed, VaultSource } from "./ports";

export interface LiveIndexOptions {
	/** Give the UI back after this long, in ms (the first build). The default leaves room under 50 ms for one note. */
	sliceMs?: number;
	/** Wait this long after the last change before updating, in ms. */
	debounceMs?: number;
	/** Show a notice while indexing vaults with at least this many notes. */
	largeVault?: number;
	/** The clock slices are measured with, in ms (tests pass their own). */
	now?: () => number;
	/** Notes prepared for updates between two looks at the clock (see `warmUp`). */
	prepareStep?: number;
}

export interface IndexHost {
	/** Where notes are read from and their changes heard. */
	readonly source: VaultSource;
	readonly settings: Settings;
	today(): IsoDate;
}

export class LiveIndex extends Component implements NetworkFeed {
	private index: NetworkIndex | null = null;
	private vaultContext: VaultContext = { templateFolders: [] };
	/** Paths to bring up to date, with their text when an event gave it. */
	private pending = new Map<string, string | null>();
	/** A hash of the text each note was last indexed from: the same text again is not parsed again. */
	private held = new Map<string, number>();
	/** Renames applied to the index but not yet told to the listeners (a moved folder is told once). */
	private unannounced = false;
	private buildProgress: { done: number; total: number } | null = null;
	private listeners = new Set<() => void>();
	private generation = 0;
	private build: Promise<void> | null = null;
	private flushing: Promise<void> | null = null;
	/** Getting the handed-out network ready for its first update, in idle slices (null when not under way). */
	private warming: Promise<void> | null = null;
	private started = false;
	private lastToday = "";
	private changes = 0;
	private readonly sliceMs: number;
	private readonly prepareStep: number;
	private readonly largeVault: number;
	private readonly now: () => number;
	private readonly flushSoon: () => void;
	private readonly cancelFlush: () => void;

	constructor(
		private readonly host: IndexHost,
		private readonly statusEl: HTMLElement | null = null,
		options: LiveIndexOptions = {},
	) {
		super();
		statusEl?.addClass("active-network-status");
		this.sliceMs = options.sliceMs ?? 25;
		this.largeVault = options.largeVault ?? 1000;
		this.prepareStep = options.prepareStep ?? 256;
		this.now = options.now ?? (() => performance.now());
		const d = debounce(() => void this.flush(), options.debounceMs ?? 300, true);
		this.flushSoon = () => void d();
		this.cancelFlush = () => void d.cancel();
	}

	private get source(): VaultSource {
		return this.host.source;
	}

	/** True once the first build is done. */
	get ready(): boolean {
		return this.index !== null;
	}

	/** Goes up on every change the views could show (a note, a rebuild, a new day). */
	get version(): number {
		return this.changes;
	}

	get progress(): { done: number; total: number } | null {
		return this.buildProgress;
	}

	get context(): VaultContext {
		return this.vaultContext;
	}

	/**
	 * The network for today, or null before the first build is done. Once one is handed out, what its first
	 * update would need first (which notes link which names) is worked out in idle slices.
	 */
	network(): Network | null {
		const index = this.index;
		if (!index) return null;
		const network = index.network(this.host.today());
		if (!this.warming && !index.prepareUpdates(0)) {
			this.warming = this.warmUp(index).finally(() => {
				this.warming = null;
			});
		}
		return network;
	}

	/** Resolves when the network handed out is ready for its first update (for tests). */
	async warmedUp(): Promise<void> {
		while (this.warming) await this.warming;
	}

	/**
	 * Prepares `index` for updates after the network is handed out (index-build.ts), until a rebuild
	 * replaces the index or the plugin unloads.
	 */
	private warmUp(index: NetworkIndex): Promise<void> {
		const gen = this.generation;
		return prepareInSlices(index, { sliceMs: this.sliceMs, step: this.prepareStep, now: this.now, current: () => this.index === index && this.generation === gen });
	}

	/** The index itself, or null before the first build is done. */
	currentIndex(): NetworkIndex | null {
		return this.index;
	}

	/** Calls `listener` after every change; returns the function that stops it. */
	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private notify(): void {
		this.changes++;
		for (const l of [...this.listeners]) {
			try {
				l();
			} catch (e) {
				console.error("Active Network: a view failed to update", e);
			}
		}
	}

	/** Starts listening and builds the index. Called once the workspace layout is ready. */
	start(): Promise<void> {
		if (!this.started) {
			this.started = true;
			this.register(
				this.source.watch({
					changed: (path, text) => this.queue(path, text),
					created: (path) => this.queue(path, null),
					deleted: (path, isFolder) => this.onDelete(path, isFolder),
					renamed: (path, oldPath, isFolder) => this.onRename(path, oldPath, isFolder),
				}),
			);
			this.lastToday = this.host.today();
			this.registerInterval(
				window.setInterval(() => {
					const today = this.host.today();
					if (today !== this.lastToday) {
						this.lastToday = today;
						this.notify();
					}
				}, 60_000),
			);
		}
		return this.rebuild();
	}

	/** Builds a new index from the whole vault (after a settings change); the old one serves until then. */
	rebuild(): Promise<void> {
		const gen = ++this.generation;
		const run: Promise<void> = this.buildAll(gen)
			.catch((e) => console.error("Active Network: indexing failed", e))
			.finally(() => {
				if (this.build === run) this.build = null;
			});
		this.build = run;
		return run;
	}

	/** Resolves when the current build and every pending change are done (for commands and tests). */
	async settle(): Promise<void> {
		while (this.build || this.flushing || (this.index && (this.pending.size > 0 || this.unannounced))) {
			if (this.build) await this.build;
			else if (this.flushing) await this.flushing;
			else await this.flush();
		}
	}

	private mayMatter(path: string): boolean {
		if (!isNotePath(path)) return false;
		return !isExcluded(path, pathRules(this.host.settings, this.vaultContext));
	}

	private async buildAll(gen: number): Promise<void> {
		const context = await this.source.readContext();
		if (gen !== this.generation) return;
		this.vaultContext = context;
		// Until the first build is done the views show how far it is (on mobile nothing else does).
		const progress = (done: number, total: number) => {
			if (this.index || gen !== this.generation) return;
			this.buildProgress = { done, total };
			this.notify();
		};
		const pacing = { sliceMs: this.sliceMs, largeVault: this.largeVault, now: this.now, progress };
		const held = new Map<string, number>();
		const stale = () => gen !== this.generation;
		const index = await buildIndex(this.source, this.host.settings, context, (p) => this.mayMatter(p), pacing, this.statusEl, stale, (p, t) => held.set(p, textHash(t)));
		if (!index) return;
		this.index = index;
		this.buildProgress = null;
		this.held = held;
		this.unannounced = false;
		this.build = null;
		this.notify();
		if (this.pending.size > 0) await this.flush();
	}

	private queue(path: string, text: string | null): void {
		this.pending.set(path, text);
		this.flushSoon();
	}

	private onDelete(deleted: string, isFolder: boolean): void {
		if (isFolder) {
			for (const path of this.index?.allPaths() ?? []) if (path.startsWith(`${deleted}/`)) this.queue(path, null);
			return;
		}
		this.queue(deleted, null);
	}

	private onRename(renamed: string, oldPath: string, isFolder: boolean): void {
		if (isFolder) {
			// Each file in the folder fires its own rename too; this only covers what they may miss.
			for (const path of this.index?.allPaths() ?? []) {
				if (path.startsWith(`${oldPath}/`)) this.move(path, renamed + path.slice(oldPath.length));
			}
			return;
		}
		this.move(oldPath, renamed);
	}

	/** A note moved: the index moves its facts without reading it again when it can. */
	private move(from: string, to: string): void {
		const index = this.index;
		const known = this.pending.get(from);
		if (index && !this.build && known === undefined && index.has(from) && this.mayMatter(from) && this.mayMatter(to)) {
			const hash = this.held.get(from);
			this.held.delete(from);
			if (index.rename(from, to)) {
				if (hash !== undefined) this.held.set(to, hash);
			} else this.queue(to, null);
			// Told with the next flush: a moved folder (one rename per file) re-renders the views once.
			this.unannounced = true;
			this.flushSoon();
			return;
		}
		if (index && !index.has(from) && index.has(to) && known === undefined) return;
		this.pending.delete(from);
		this.queue(from, null);
		this.queue(to, known ?? null);
	}

	/** Applies every pending change to the index, then tells the listeners once. */
	private flush(): Promise<void> {
		if (this.flushing) return this.flushing;
		this.cancelFlush();
		if (!this.index || this.build || (this.pending.size === 0 && !this.unannounced)) return Promise.resolve();
		const run = this.applyPending()
			.catch((e) => console.error("Active Network: updating the index failed", e))
			.finally(() => {
				this.flushing = null;
			});
		this.flushing = run;
		return run;
	}

	/** Applies the pending changes (apply-changes.ts), then tells the listeners once. */
	private async applyPending(): Promise<void> {
		const index = this.index;
		if (!index) return;
		const batch = [...this.pending];
		this.pending.clear();
		const announce = this.unannounced;
		this.unannounced = false;
		const pacing = { sliceMs: this.sliceMs, now: this.now, current: () => this.index === index };
		const changed = await applyChanges(index, batch, this.held, this.source, (p) => this.mayMatter(p), pacing);
		if (changed === null) return;
		if (changed || announce) this.notify();
	}

	override onunload(): void {
		this.generation++;
		this.cancelFlush();
		this.listeners.clear();
		this.statusEl?.setText("");
	}
}
