/**
 * A vault in memory behind the plugin's narrow doors: the VaultSource the live index reads and the
 * NoteWriter every write goes through. It records what the plugin did (writes, reads) and lets a test
 * act as the user, sync or another plugin would (modify, rename, trash, a concurrent edit).
 *
 * As in Obsidian, events reach listeners after the call that caused them has returned, never inside it;
 * every event goes through `deliver`, the one seam a harsher fake (a startup flood, late metadata) changes.
 */
import type { App } from "obsidian";
import type { NoteWriter, Unsubscribe, VaultListener, VaultSource } from "../../../src/obsidian/ports";
import { readVaultContext } from "../../../src/obsidian/vault-context";
import { editFrontmatter } from "./frontmatter";

export interface FakeWrite {
	path: string;
	before: string;
	after: string;
}

const parentOf = (path: string): string => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
const isMarkdown = (path: string): boolean => path.endsWith(".md");
const under = (path: string, folder: string): boolean => path.startsWith(`${folder}/`);

export class FakeVault implements VaultSource, NoteWriter {
	readonly configDir = ".obsidian";
	private readonly files = new Map<string, string>();
	private readonly folders = new Set<string>();
	private readonly listeners = new Set<VaultListener>();
	private byName: Map<string, string[]> | null = null;
	private undelivered = 0;
	/** Files Obsidian keeps in the config folder (`.obsidian/daily-notes.json`...), by path. */
	readonly config = new Map<string, string>();
	/** Every write through `process`/`processFrontMatter`/`modify`, in order. */
	readonly writes: FakeWrite[] = [];
	/** Every file made through `create`, in order. */
	readonly created: string[] = [];
	/** How many times each path was read. */
	readonly reads = new Map<string, number>();
	/**
	 * Called once, then cleared, when `process` or `create` starts, before the file is read: a concurrent
	 * edit (sync, another plugin, the user in another pane) between the plugin's read and its write.
	 */
	concurrent: ((path: string) => void) | null = null;
	/**
	 * Obsidian with no saved metadata cache (first open, a new phone, "Rebuild vault cache"): after
	 * layout-ready, `changed` for every note. Set it before the plugin starts; the flood follows `watch`.
	 */
	startupFlood = false;

	/** Obsidian's config folder as `readVaultContext` reads it. */
	readonly adapter = {
		read: (path: string): Promise<string> => {
			const t = this.config.get(path) ?? this.files.get(path);
			return t === undefined ? Promise.reject(new Error(`ENOENT: ${path}`)) : Promise.resolve(t);
		},
	};

	/** `owner`: the app `readVaultContext` asks about loaded plugins (its `vault` is this). */
	constructor(
		files: Record<string, string> = {},
		config: Record<string, string> = {},
		private readonly owner: () => object = () => ({ vault: this }),
	) {
		for (const [path, text] of Object.entries(files)) this.add(path, text);
		for (const [path, text] of Object.entries(config)) this.config.set(path, text);
	}

	// ------------------------------------------------------------ the test's side

	/** Adds a file without events (the vault as it is when Obsidian starts). */
	add(path: string, text: string): void {
		for (let p = parentOf(path); p !== ""; p = parentOf(p)) this.folders.add(p);
		this.files.set(path, text);
		this.byName = null;
	}

	/** A file's current text. */
	text(path: string): string | undefined {
		return this.files.get(path);
	}

	isFolder(path: string): boolean {
		return this.folders.has(path);
	}

	/** Resolves once every event of what has been done so far has reached the listeners. */
	async delivered(): Promise<void> {
		do await new Promise((resolve) => window.setTimeout(resolve, 0));
		while (this.undelivered > 0);
	}

	/** How many listeners are watching. */
	listenerCount(): number {
		return this.listeners.size;
	}

	/** The user (or sync) changes a file. */
	modify(path: string, text: string): Promise<void> {
		if (!this.files.has(path)) return Promise.reject(new Error(`ENOENT: ${path}`));
		this.write(path, text);
		return Promise.resolve();
	}

	/** Renames a file or a folder; a folder's files each fire their own rename, as in Obsidian. */
	rename(from: string, to: string): Promise<void> {
		const isFolder = this.folders.has(from);
		if (!isFolder && !this.files.has(from)) return Promise.reject(new Error(`ENOENT: ${from}`));
		const moves: [string, string, boolean][] = [[from, to, isFolder]];
		if (isFolder) {
			for (const f of [...this.folders]) if (under(f, from)) moves.push([f, to + f.slice(from.length), true]);
			for (const p of [...this.files.keys()]) if (under(p, from)) moves.push([p, to + p.slice(from.length), false]);
		}
		for (const [a, b, folder] of moves) {
			if (folder) {
				this.folders.delete(a);
				this.folders.add(b);
			} else {
				this.files.set(b, this.files.get(a) as string);
				this.files.delete(a);
			}
		}
		for (let p = parentOf(to); p !== ""; p = parentOf(p)) this.folders.add(p);
		this.byName = null;
		this.deliver((l) => {
			for (const [a, b, folder] of moves) l.renamed(b, a, folder);
		});
		return Promise.resolve();
	}

	/** Deletes a file or a folder (each file in it fires its own delete first), as the file explorer does. */
	trash(path: string): Promise<void> {
		const isFolder = this.folders.has(path);
		if (!isFolder && !this.files.has(path)) return Promise.reject(new Error(`ENOENT: ${path}`));
		const gone: [string, boolean][] = [];
		if (isFolder) {
			for (const p of [...this.files.keys()]) if (under(p, path)) gone.push([p, false]);
			for (const f of [...this.folders]) if (under(f, path)) gone.push([f, true]);
		}
		gone.push([path, isFolder]);
		for (const [p, folder] of gone) {
			if (folder) this.folders.delete(p);
			else this.files.delete(p);
		}
		this.byName = null;
		this.deliver((l) => {
			for (const [p, folder] of gone) l.deleted(p, folder);
		});
		return Promise.resolve();
	}

	// ------------------------------------------------------------ VaultSource

	notePaths(): string[] {
		return [...this.files.keys()].filter(isMarkdown);
	}

	isNote(path: string): boolean {
		return this.files.has(path) && isMarkdown(path);
	}

	read(path: string): Promise<string> {
		this.reads.set(path, (this.reads.get(path) ?? 0) + 1);
		const t = this.files.get(path);
		return t === undefined ? Promise.reject(new Error(`ENOENT: ${path}`)) : Promise.resolve(t);
	}

	/** Obsidian's resolution, simplified: the exact path, else the shortest path ending with the link. */
	resolveLink(linkpath: string, _sourcePath: string): string | null {
		const lp = linkpath.trim().toLowerCase().replace(/\.md$/, "");
		if (lp === "") return null;
		if (!this.byName) {
			this.byName = new Map();
			for (const p of this.files.keys()) {
				const name = p.slice(p.lastIndexOf("/") + 1);
				const key = (isMarkdown(name) ? name.slice(0, -3) : name).toLowerCase();
				const list = this.byName.get(key) ?? [];
				list.push(p);
				list.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
				this.byName.set(key, list);
			}
		}
		const candidates = this.byName.get(lp.slice(lp.lastIndexOf("/") + 1)) ?? [];
		const exact = candidates.find((p) => p.toLowerCase() === lp || p.toLowerCase() === `${lp}.md`);
		if (exact) return exact;
		return candidates.find((p) => !lp.includes("/") || p.toLowerCase().endsWith(`/${lp}.md`) || p.toLowerCase().endsWith(`/${lp}`)) ?? null;
	}

	/** The plugin's own reader of Obsidian's settings, over this vault's config files. */
	readContext(): ReturnType<VaultSource["readContext"]> {
		return readVaultContext(this.owner() as App);
	}

	watch(listener: VaultListener): Unsubscribe {
		this.listeners.add(listener);
		if (this.startupFlood) {
			const notes = this.notePaths().map((p) => [p, this.files.get(p) as string] as const);
			this.deliver((l) => {
				for (const [p, text] of notes) l.changed(p, text);
			});
		}
		return () => this.listeners.delete(listener);
	}

	// ------------------------------------------------------------ NoteWriter

	exists(path: string): boolean {
		return this.files.has(path) || this.folders.has(path);
	}

	filePaths(): string[] {
		return [...this.files.keys()];
	}

	process(path: string, fn: (text: string) => string): Promise<string> {
		this.runConcurrent(path);
		const before = this.files.get(path);
		if (before === undefined) return Promise.reject(new Error(`ENOENT: ${path}`));
		const after = fn(before);
		if (after !== before) this.write(path, after);
		return Promise.resolve(after);
	}

	/** Obsidian's `FileManager.processFrontMatter`, as lossy as the real one (not on the NoteWriter port). */
	processFrontMatter(path: string, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		return this.process(path, (text) => editFrontmatter(text, fn)).then(() => undefined);
	}

	/** The vault's name, as Obsidian shows it (its folder's name). */
	getName(): string {
		return "Fixture";
	}

	/** The file's text as UTF-8 bytes (the fake keeps text). */
	readBinary(path: string): Promise<ArrayBuffer> {
		const t = this.files.get(path);
		if (t === undefined) return Promise.reject(new Error(`"${path}" does not exist`));
		this.reads.set(path, (this.reads.get(path) ?? 0) + 1);
		const bytes = new TextEncoder().encode(t);
		return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
	}

	create(path: string, text: string): Promise<void> {
		this.runConcurrent(path);
		if (this.exists(path)) return Promise.reject(new Error("File already exists."));
		this.add(path, text);
		this.created.push(path);
		this.deliver((l) => {
			if (isMarkdown(path)) l.created(path);
			l.changed(path, text);
		});
		return Promise.resolve();
	}

	// ------------------------------------------------------------ inside

	private runConcurrent(path: string): void {
		const edit = this.concurrent;
		this.concurrent = null;
		edit?.(path);
	}

	private write(path: string, text: string): void {
		const before = this.files.get(path) ?? "";
		this.files.set(path, text);
		this.writes.push({ path, before, after: text });
		this.deliver((l) => l.changed(path, text));
	}

	/** Hands an event to every listener after the current call has returned (a microtask later). */
	protected deliver(event: (listener: VaultListener) => void): void {
		this.undelivered++;
		queueMicrotask(() => {
			this.undelivered--;
			for (const l of [...this.listeners]) event(l);
		});
	}
}
