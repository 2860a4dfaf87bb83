/**
 * The workspace behind the plugin's WorkspacePort, with leaves as Obsidian has them: views open in
 * leaves (the plugin's own `openView` picks them), files "open" by being recorded in a leaf and
 * announced with `file-open`. Obsidian's workspace events (`layout-change`, `css-change`...) are
 * triggered by the test. It extends the stub's Workspace, so main.ts's `onLayoutReady` works on it.
 */
import type { Workspace as ObsidianWorkspace } from "obsidian";
import { openView } from "../../../src/obsidian/open-view";
import type { FileMenuItem, Unsubscribe, ViewPlace, WorkspacePort } from "../../../src/obsidian/ports";
import { type App, type EventRef, type View, Workspace } from "../../obsidian-stub";
import type { FakeVault } from "./vault";

export interface Opened {
	path: string;
	state?: unknown;
}

export class FakeLeaf {
	view: View | null = null;
	readonly containerEl: HTMLElement;
	/** The files opened in this leaf and how. */
	readonly opened: Opened[] = [];

	constructor(
		readonly workspace: FakeWorkspace,
		readonly side: "main" | "right",
	) {
		this.containerEl = workspace.containerEl.createDiv({ cls: `workspace-leaf mod-${side}` });
	}

	get app(): App {
		return this.workspace.app;
	}

	async setViewState(state: { type: string; active?: boolean }): Promise<void> {
		if (this.view) await this.closeView(true);
		const factory = this.app.stubViews.get(state.type);
		if (!factory) throw new Error(`no view registered for ${state.type}`);
		const view = factory(this);
		this.view = view;
		this.containerEl.appendChild(view.containerEl);
		view.load();
		await view.onOpen();
	}

	getViewState(): { type: string } {
		return { type: this.view?.getViewType() ?? "empty" };
	}

	openFile(file: { path: string }, state?: unknown): Promise<void> {
		this.opened.push({ path: file.path, state });
		this.workspace.opened.push({ path: file.path, state });
		this.workspace.activeFile = file.path;
		this.workspace.trigger("file-open", { path: file.path });
		return Promise.resolve();
	}

	async detach(): Promise<void> {
		await this.closeView(false);
		this.containerEl.detach();
		this.workspace.leaves = this.workspace.leaves.filter((l) => l !== this);
	}

	/** Obsidian calls this when the leaf's size changes (a hidden tab shown). */
	onResize(): void {
		this.view?.onResize();
	}

	private async closeView(detachEl: boolean): Promise<void> {
		if (!this.view) return;
		await this.view.onClose();
		this.view.unload();
		if (detachEl) this.view.containerEl.detach();
	}
}

export class FakeWorkspace extends Workspace implements WorkspacePort {
	readonly containerEl: HTMLElement;
	leaves: FakeLeaf[] = [];
	/** Every file opened, in order. */
	readonly opened: Opened[] = [];
	/** Every leaf revealed, in order. */
	readonly revealed: FakeLeaf[] = [];
	/** The file last opened in a leaf (Obsidian's active file). */
	activeFile: string | null = null;

	constructor(
		readonly app: App,
		private readonly vault: FakeVault,
	) {
		super();
		this.containerEl = document.body.createDiv({ cls: "workspace" });
	}

	// ------------------------------------------------------------ Obsidian's leaf calls (what openView uses)

	getLeavesOfType(type: string): FakeLeaf[] {
		return this.leaves.filter((l) => l.view?.getViewType() === type);
	}
	getRightLeaf(_split: boolean): FakeLeaf {
		const leaf = new FakeLeaf(this, "right");
		this.leaves.push(leaf);
		return leaf;
	}
	getLeaf(newLeaf?: boolean | string): FakeLeaf {
		const main = this.leaves.find((l) => l.side === "main");
		if (main && !newLeaf) return main;
		const leaf = new FakeLeaf(this, "main");
		this.leaves.push(leaf);
		return leaf;
	}
	revealLeaf(leaf: FakeLeaf): Promise<void> {
		this.revealed.push(leaf);
		return Promise.resolve();
	}
	setActiveLeaf(leaf: FakeLeaf): void {
		this.revealed.push(leaf);
	}

	// ------------------------------------------------------------ WorkspacePort

	async openFile(path: string, options: { line?: number | null; newTab?: boolean | string } = {}): Promise<boolean> {
		if (this.vault.text(path) === undefined) return false;
		const line = options.line;
		await this.getLeaf(options.newTab ?? false).openFile({ path }, typeof line === "number" && line > 0 ? { eState: { line: line - 1 } } : undefined);
		return true;
	}

	openView(type: string, where?: ViewPlace): Promise<void> {
		return openView(this as unknown as ObsidianWorkspace, type, where);
	}

	activeFilePath(): string | null {
		return this.activeFile;
	}

	onFileOpen(listener: (path: string | null) => void): Unsubscribe {
		return this.listen(["file-open"], (file) => listener((file as { path: string } | null)?.path ?? null));
	}

	onLayoutChange(listener: () => void): Unsubscribe {
		return this.listen(["layout-change", "active-leaf-change"], () => listener());
	}

	onCssChange(listener: () => void): Unsubscribe {
		return this.listen(["css-change"], () => listener());
	}

	private readonly fileMenus = new Set<(path: string, add: (item: FileMenuItem) => void) => void>();

	onFileMenu(listener: (path: string, add: (item: FileMenuItem) => void) => void): Unsubscribe {
		this.fileMenus.add(listener);
		return () => this.fileMenus.delete(listener);
	}

	/** Acts as a right-click on a file: the items the plugin added to its menu. */
	stubFileMenu(path: string): FileMenuItem[] {
		const items: FileMenuItem[] = [];
		for (const l of this.fileMenus) l(path, (item) => items.push(item));
		return items;
	}

	private listen(names: string[], fn: (...args: unknown[]) => unknown): Unsubscribe {
		const refs: EventRef[] = names.map((n) => this.on(n, fn));
		return () => {
			for (const r of refs) this.offref(r);
		};
	}
}
