/**
 * The narrow doors between the plugin and Obsidian. Views, modals, commands and the live index depend on
 * these small interfaces, never on the whole `App`; `main.ts` wires Obsidian's objects to them
 * (app-ports.ts) and tests give small fakes. Paths are vault paths ("People/Maya.md"), never TFiles.
 */
import type { Network, NetworkIndex, VaultContext } from "../core";

/** Stops what a `watch`/`on…` call started. */
export type Unsubscribe = () => void;

/** What the views read: the network, a revision number, and a change event. */
export interface NetworkFeed {
	/** True once the first build is done. */
	readonly ready: boolean;
	/** Goes up on every change the views could show (a note, a rebuild, a new day). */
	readonly version: number;
	/** Templates and daily-note settings the index was built with. */
	readonly context: VaultContext;
	/** How far the first build is (notes read of all to read), or null when it is not running. */
	readonly progress: { readonly done: number; readonly total: number } | null;
	/** The network for today, or null before the first build is done. */
	network(): Network | null;
	/** The index itself (what the vCard import plans against and export reads), or null before the first build. */
	currentIndex(): NetworkIndex | null;
	/** Calls `listener` after every change. */
	onChange(listener: () => void): Unsubscribe;
}

/** What the vault tells the live index, one event per file (folders say so). */
export interface VaultListener {
	/** A note's text changed (with the new text when the event carried it). */
	changed(path: string, text: string | null): void;
	/** A Markdown file was created. */
	created(path: string): void;
	deleted(path: string, isFolder: boolean): void;
	renamed(path: string, oldPath: string, isFolder: boolean): void;
}

/** What the live index reads from the vault. */
export interface VaultSource {
	/** Every Markdown file's path. */
	notePaths(): string[];
	/** True when a Markdown file is at `path` now. */
	isNote(path: string): boolean;
	/** A note's text (Obsidian's cached read). Rejects when it is gone. */
	read(path: string): Promise<string>;
	/** Where a link goes, as Obsidian resolves it, or null. */
	resolveLink(linkpath: string, sourcePath: string): string | null;
	/** Obsidian's own settings about the vault (templates folder, daily notes). */
	readContext(): Promise<VaultContext>;
	/** Starts listening; events arrive after the write that caused them has returned. */
	watch(listener: VaultListener): Unsubscribe;
}

/** Every write the plugin makes goes through this. */
export interface NoteWriter {
	/** True when a file or folder is at `path`. */
	exists(path: string): boolean;
	/** Every file's path (to find a free name without regard to case). */
	filePaths(): string[];
	/**
	 * Runs `fn` on the file's current text and writes what it returns. Rejects when the file is gone.
	 * Frontmatter is edited through this too (there is deliberately no `processFrontMatter`: Obsidian's
	 * re-serialises the whole block and loses comments, flow lists and quoting).
	 */
	process(path: string, fn: (text: string) => string): Promise<string>;
	/** Creates a file (and its missing folders). Rejects when something is already there. */
	create(path: string, text: string): Promise<void>;
	/** A file's current text, from disk (not the cache). Rejects when it is gone. Undo checks with it. */
	read(path: string): Promise<string>;
	/** Moves a file to the trash the user chose in settings (undo of a created file). Rejects when it is gone. */
	trash(path: string): Promise<void>;
	/** A file's bytes (a `.vcf` to import, the calendar to compare with). Rejects when it is gone. */
	readBinary(path: string): Promise<ArrayBuffer>;
}

/** One entry a command adds to a file's context menu. */
export interface FileMenuItem {
	title: string;
	icon: string;
	onClick: () => void;
}

/** What one user action changed, file by file: the unit "Undo" walks back. */
export interface UndoStep {
	readonly label: string;
	/** `before` null: the action created the file. */
	readonly changes: readonly { readonly path: string; readonly before: string | null; readonly after: string }[];
}

/** Groups writes into undo steps (issue: undo for every write). */
export interface UndoLog {
	/**
	 * Runs `action`; the writes it makes through the writer become one step called `label` (an import of
	 * 200 cards is one step). Writes outside any group are a step each.
	 */
	group<T>(label: string, action: () => Promise<T>): Promise<T>;
}

/** Where a view opens when it is not open yet. */
export type ViewPlace = "sidebar" | "tab";

/** The few workspace calls the views and commands make. */
export interface WorkspacePort {
	/** Opens a file (at a 1-based line when given), in a new tab when asked; false when it is gone. */
	openFile(path: string, options?: { line?: number | null; newTab?: boolean | "tab" | "split" | "window" }): Promise<boolean>;
	/** Shows a view: its existing leaf, else a new one in the sidebar or a tab. */
	openView(type: string, where?: ViewPlace): Promise<void>;
	/** The path of the file in the active editor, or null. */
	activeFilePath(): string | null;
	/** A file was opened in some leaf. */
	onFileOpen(listener: (path: string | null) => void): Unsubscribe;
	/** The layout changed or another leaf became active (a hidden view may have been shown). */
	onLayoutChange(listener: () => void): Unsubscribe;
	/** The theme or a CSS snippet changed. */
	onCssChange(listener: () => void): Unsubscribe;
	/** A file's context menu opens: `listener` may add items to it (a file, never a folder). */
	onFileMenu(listener: (path: string, add: (item: FileMenuItem) => void) => void): Unsubscribe;
}

/** Everything main.ts wires from Obsidian. */
export interface Ports {
	readonly source: VaultSource;
	readonly writer: NoteWriter;
	readonly workspace: WorkspacePort;
}
