/**
 * The live index: the core's NetworkIndex kept equal to the vault. Built once the layout is ready, in
 * slices that give the UI back at least every 50 ms (with progress in the status bar, and a notice on
 * large vaults), then kept current from vault and metadata events. Bursts of changes are coalesced into
 * one update. Listeners (the views) hear about every change and decide themselves whether to re-render.
 */
import { type App, Component, debounce, Notice, TFile, TFolder, type TAbstractFile } from "obsidian";
import { isExcluded, type IsoDate, type Network, NetworkIndex, type Settings, type VaultContext } from "../core";
import { readVaultContext } from "./vault-context";

export interface LiveIndexOptions {
	/** Give the UI back after this long, in ms (the first build). The default leaves room under 50 ms for one note. */
	sliceMs?: number;
	/** Wait this long after the last change before updating, in ms. */
	debounceMs?: number;
	/** Show a notice while indexing vaults with at least this many notes. */
	largeVault?: number;
	/** The clock slices are measured with, in ms (tests pass their own). */
	now?: () => number;
}

export interface IndexHost {
	readonly app: App;
	readonly settings: Settings;
	today(): IsoDate;
}

/** Resolves on the next task, so the UI can paint and handle input in between. */
function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

const BATCH = 64;

export class LiveIndex extends Component {
	private index: NetworkIndex | null = null;
	private vaultContext: VaultContext = { templateFolders: [] };
	/** Paths to bring up to date, with their text when an event gave it. */
	private pending = new Map<string, string | null>();
	private listeners = new Set<() => void>();
	private generation = 0;
	private build: Promise<void> | null = null;
	private flushing: Promise<void> | null = null;
	private started = false;
	private lastToday = "";
	private changes = 0;
	private readonly sliceMs: number;
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
		this.now = options.now ?? (() => performance.now());
		const d = debounce(() => void this.flush(), options.debounceMs ?? 300, true);
		this.flushSoon = () => void d();
		this.cancelFlush = () => void d.cancel();
	}

	private get app(): App {
		return this.host.app;
	}

	/** True once the first build is done. */
	get ready(): boolean {
		return this.index !== null;
	}

	/** Goes up on every change the views could show (a note, a rebuild, a new day). */
	get version(): number {
		return this.changes;
	}

	get context(): VaultContext {
		return this.vaultContext;
	}

	/** The network for today, or null before the first build is done. */
	network(): Network | null {
		return this.index?.network(this.host.today()) ?? null;
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
			const { vault, metadataCache } = this.app;
			this.registerEvent(metadataCache.on("changed", (file, data) => this.queue(file.path, typeof data === "string" ? data : null)));
			this.registerEvent(vault.on("create", (file) => this.onCreate(file)));
			this.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
			this.registerEvent(vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
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
		while (this.build || this.flushing || (this.index && this.pending.size > 0)) {
			if (this.build) await this.build;
			else if (this.flushing) await this.flushing;
			else await this.flush();
		}
	}

	private mayMatter(path: string): boolean {
		if (!path.toLowerCase().endsWith(".md")) return false;
		const s = this.host.settings;
		return !isExcluded(path, { templateFolders: this.vaultContext.templateFolders, excludedFolders: s.excludedFolders, peopleFolders: s.peopleFolders });
	}

	private progressText(done: number, total: number): string {
		return `Active Network: indexing ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} notes`;
	}

	private progress(done: number, total: number, notice: Notice | null): void {
		const msg = this.progressText(done, total);
		this.statusEl?.setText(msg);
		notice?.setMessage(msg);
	}

	private async buildAll(gen: number): Promise<void> {
		const context = await readVaultContext(this.app);
		if (gen !== this.generation) return;
		this.vaultContext = context;
		const settings = this.host.settings;
		const index = new NetworkIndex(settings, context, {
			resolver: (linkpath, sourcePath) => this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null,
		});
		const all = this.app.vault.getMarkdownFiles();
		const files = all.filter((f) => this.mayMatter(f.path));
		// Notes never read (templates, excluded folders) are held empty: a link to their name resolves to them,
		// so the index must hear when they come and go, or links to that name would keep their old answer.
		for (const f of all) if (!this.mayMatter(f.path)) index.upsert(f.path, "");
		const notice = files.length >= this.largeVault ? new Notice(this.progressText(0, files.length), 0) : null;
		this.progress(0, files.length, notice);
		let slice = this.now();
		try {
			for (let i = 0; i < files.length; i += BATCH) {
				const batch = files.slice(i, i + BATCH);
				const texts = await Promise.all(batch.map((f) => this.app.vault.cachedRead(f).catch(() => null)));
				if (gen !== this.generation) return;
				for (let j = 0; j < batch.length; j++) {
					const text = texts[j];
					const file = batch[j];
					if (file && typeof text === "string") index.upsert(file.path, text);
					if (this.now() - slice >= this.sliceMs) {
						this.progress(i + j + 1, files.length, notice);
						await yieldToUi();
						if (gen !== this.generation) return;
						slice = this.now();
					}
				}
			}
		} finally {
			notice?.hide();
			if (gen === this.generation) this.statusEl?.setText("");
		}
		this.index = index;
		this.build = null;
		this.notify();
		if (this.pending.size > 0) await this.flush();
	}

	private queue(path: string, text: string | null): void {
		this.pending.set(path, text);
		this.flushSoon();
	}

	private onCreate(file: TAbstractFile): void {
		if (file instanceof TFile && file.extension === "md") this.queue(file.path, null);
	}

	private onDelete(file: TAbstractFile): void {
		if (file instanceof TFolder) {
			for (const path of this.index?.allPaths() ?? []) if (path.startsWith(`${file.path}/`)) this.queue(path, null);
			return;
		}
		this.queue(file.path, null);
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (file instanceof TFolder) {
			// Each file in the folder fires its own rename too; this only covers what they may miss.
			for (const path of this.index?.allPaths() ?? []) {
				if (path.startsWith(`${oldPath}/`)) this.move(path, file.path + path.slice(oldPath.length));
			}
			return;
		}
		this.move(oldPath, file.path);
	}

	/** A note moved: the index moves its facts without reading it again when it can. */
	private move(from: string, to: string): void {
		const index = this.index;
		const known = this.pending.get(from);
		if (index && !this.build && known === undefined && index.has(from) && this.mayMatter(from) && this.mayMatter(to)) {
			if (!index.rename(from, to)) this.queue(to, null);
			this.notify();
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
		if (!this.index || this.build || this.pending.size === 0) return Promise.resolve();
		const run = this.applyPending()
			.catch((e) => console.error("Active Network: updating the index failed", e))
			.finally(() => {
				this.flushing = null;
			});
		this.flushing = run;
		return run;
	}

	private async applyPending(): Promise<void> {
		const index = this.index;
		if (!index) return;
		const batch = [...this.pending];
		this.pending.clear();
		let changed = false;
		for (const [path, known] of batch) {
			const file = this.app.vault.getAbstractFileByPath(path);
			if (!(file instanceof TFile) || !path.toLowerCase().endsWith(".md")) {
				// Also when the index never had it (created and moved away before it was read): links
				// that Obsidian's resolver sent to it are resolved again.
				const before = index.revision;
				index.remove(path);
				if (index.revision !== before) changed = true;
				continue;
			}
			if (!this.mayMatter(path)) {
				// Never read; held empty (see buildAll).
				if (!index.has(path)) {
					index.upsert(path, "");
					changed = true;
				}
				continue;
			}
			let text = known;
			if (text === null) {
				try {
					text = await this.app.vault.cachedRead(file);
				} catch {
					continue;
				}
			}
			if (this.index !== index) return;
			index.upsert(path, text);
			changed = true;
		}
		if (changed) this.notify();
	}

	override onunload(): void {
		this.generation++;
		this.cancelFlush();
		this.listeners.clear();
		this.statusEl?.setText("");
	}
}
