/**
 * An Obsidian-like window around the test's FakeApp: the ribbon on the left, the main area (tabs of notes or
 * views), a right sidebar of a realistic width whose tabs hold the plugin's views, the status bar, and
 * notices. The fake workspace is wrapped, never changed: leaves it creates are moved into the area they
 * belong to, and a revealed leaf becomes its area's active tab (the others are hidden, as in Obsidian,
 * so hidden views do no work until shown).
 */
import { Component, Notice, QueryController, TFile as StubFile } from "../../obsidian-stub";
import { renderReadingView } from "./reading-view";
import type { FakeApp as App, FakeLeaf as WorkspaceLeaf } from "../../obsidian/fakes";

type TFile = { path: string };

/** A column of tabs: the main area or the right sidebar. */
class Split {
	readonly el: HTMLElement;
	private readonly tabsEl: HTMLElement;
	private readonly leavesEl: HTMLElement;
	private leaves: WorkspaceLeaf[] = [];
	private active: WorkspaceLeaf | null = null;

	constructor(
		parent: HTMLElement,
		cls: string,
		private readonly ui: HarnessWorkspace,
		private readonly iconsOnly: boolean,
	) {
		this.el = parent.createDiv({ cls: `workspace-split ${cls}` });
		this.tabsEl = this.el.createDiv({ cls: "workspace-tab-header-container" });
		this.leavesEl = this.el.createDiv({ cls: "workspace-leaves" });
	}

	has(leaf: WorkspaceLeaf): boolean {
		return this.leaves.includes(leaf);
	}

	add(leaf: WorkspaceLeaf): void {
		this.leaves.push(leaf);
		leaf.containerEl.hidden = true;
		this.leavesEl.appendChild(leaf.containerEl);
		this.render();
	}

	activate(leaf: WorkspaceLeaf): void {
		this.active = leaf;
		for (const l of this.live()) l.containerEl.hidden = l !== leaf;
		this.render();
		leaf.onResize();
	}

	private live(): WorkspaceLeaf[] {
		this.leaves = this.leaves.filter((l) => this.ui.app.workspace.leaves.includes(l));
		return this.leaves;
	}

	render(): void {
		this.tabsEl.empty();
		for (const leaf of this.live()) {
			const { title, icon } = this.ui.describe(leaf);
			const tab = this.tabsEl.createDiv({
				cls: `workspace-tab-header${leaf === this.active ? " is-active" : ""}`,
				attr: { "aria-label": title, "data-type": this.ui.typeOf(leaf), role: "tab" },
			});
			tab.createDiv({ cls: "workspace-tab-header-inner-icon", attr: { "data-icon": icon } });
			if (!this.iconsOnly) tab.createDiv({ cls: "workspace-tab-header-inner-title", text: title });
			tab.addEventListener("click", () => this.activate(leaf));
		}
	}
}

export class HarnessWorkspace {
	readonly main: Split;
	readonly right: Split;
	/** The note a main-area leaf shows, when it shows a note rather than a view. */
	private readonly notes = new Map<WorkspaceLeaf, { path: string; el: HTMLElement }>();
	/** What each shown note drew with the plugin (its blocks, a Bases view): unloaded when it is drawn again. */
	private readonly noteParts = new Map<HTMLElement, Component>();
	readonly opened: { path: string; line: number | null }[] = [];
	readonly notices: string[] = [];

	constructor(readonly app: App) {
		const root = document.body.createDiv({ cls: "an-harness-app" });
		root.appendChild(app.ribbonEl);
		this.main = new Split(root, "mod-root", this, false);
		this.right = new Split(root, "mod-right-split", this, true);
		app.workspace.containerEl.detach();
		document.body.appendChild(app.statusBarEl);
		this.wrapWorkspace();
		this.showNotices();
		const ignore = () => undefined;
		app.vault.watch({ changed: (path) => this.refreshNotes(path), created: ignore, deleted: ignore, renamed: ignore });
	}

	/** The view type a leaf holds (`markdown` for a note). */
	typeOf(leaf: WorkspaceLeaf): string {
		return leaf.view?.getViewType() ?? (this.notes.has(leaf) ? "markdown" : "empty");
	}

	describe(leaf: WorkspaceLeaf): { title: string; icon: string } {
		if (leaf.view) return { title: leaf.view.getDisplayText(), icon: leaf.view.getIcon() || "layout-panel-left" };
		const note = this.notes.get(leaf);
		if (note) return { title: note.path.replace(/^.*\//, "").replace(/\.md$/, ""), icon: "file-text" };
		return { title: "New tab", icon: "file" };
	}

	/** Opens a note in the main area, as clicking it in the file explorer would. */
	async openNote(path: string): Promise<void> {
		if (this.app.vault.text(path) !== undefined) await this.app.workspace.getLeaf(false).openFile({ path });
	}

	private splitOf(leaf: WorkspaceLeaf): Split | null {
		if (this.right.has(leaf)) return this.right;
		if (this.main.has(leaf)) return this.main;
		return null;
	}

	private wrapWorkspace(): void {
		const ws = this.app.workspace;
		const getRightLeaf = ws.getRightLeaf.bind(ws);
		ws.getRightLeaf = (split: boolean) => this.adopt(getRightLeaf(split), this.right);
		const getLeaf = ws.getLeaf.bind(ws);
		ws.getLeaf = (newLeaf?: boolean | string) => {
			const leaf = getLeaf(newLeaf);
			return this.splitOf(leaf) ? leaf : this.adopt(leaf, this.main);
		};
		const reveal = ws.revealLeaf.bind(ws);
		ws.revealLeaf = async (leaf: WorkspaceLeaf) => {
			await reveal(leaf);
			this.activate(leaf);
		};
		const setActive = ws.setActiveLeaf.bind(ws);
		ws.setActiveLeaf = (leaf: WorkspaceLeaf) => {
			setActive(leaf);
			this.activate(leaf);
		};
	}

	private activate(leaf: WorkspaceLeaf): void {
		this.splitOf(leaf)?.activate(leaf);
		this.app.workspace.trigger("active-leaf-change", leaf);
	}

	/** Moves a new leaf into its area, and follows what it shows (a view, or a note). */
	private adopt(leaf: WorkspaceLeaf, split: Split): WorkspaceLeaf {
		split.add(leaf);
		const setViewState = leaf.setViewState.bind(leaf);
		leaf.setViewState = async (state: { type: string; active?: boolean }) => {
			this.notes.get(leaf)?.el.detach();
			this.notes.delete(leaf);
			await setViewState(state);
			leaf.view?.containerEl.setAttr("data-type", state.type);
			split.render();
		};
		const openFile = leaf.openFile.bind(leaf);
		leaf.openFile = async (file: TFile, state?: unknown) => {
			await openFile(file, state);
			const line = (state as { eState?: { line?: number } } | undefined)?.eState?.line;
			this.opened.push({ path: file.path, line: typeof line === "number" ? line : null });
			if (leaf.view) {
				await leaf.view.onClose();
				leaf.view.unload();
				leaf.view.containerEl.detach();
				leaf.view = null;
			}
			this.showNote(leaf, file.path);
			this.activate(leaf);
			split.render();
		};
		return leaf;
	}

	private showNote(leaf: WorkspaceLeaf, path: string): void {
		this.notes.get(leaf)?.el.detach();
		const el = leaf.containerEl.createDiv({ cls: "workspace-leaf-content", attr: { "data-type": "markdown", "data-path": path } });
		this.notes.set(leaf, { path, el });
		this.renderNote(el, path);
	}

	private renderNote(el: HTMLElement, path: string): void {
		this.noteParts.get(el)?.unload();
		const parts = new Component();
		parts.load();
		this.noteParts.set(el, parts);
		el.empty();
		const content = el.createDiv({ cls: "view-content" });
		const text = this.app.vault.text(path) ?? "";
		if (path.endsWith(".base")) {
			const note = content.createDiv({ cls: "an-harness-note" });
			note.createDiv({ cls: "an-harness-note-title", text: path.replace(/^.*\//, "") });
			return this.renderBase(note, parts);
		}
		// As reading view, each `active-network` block drawn by the plugin's own processor.
		renderReadingView(content, path, text, (lang, source, at) => {
			const handler = lang === "active-network" ? this.app.stubCodeBlocks.get(lang) : undefined;
			if (!handler) return false;
			const blockEl = at.createDiv({ cls: "block-language-active-network" });
			void handler(source.replace(/\n$/, ""), blockEl, { docId: path, sourcePath: path, frontmatter: null, getSectionInfo: () => null, addChild: (c) => parts.addChild(c) });
			return true;
		});
	}

	/**
	 * A `.base` file shown in its first view, Active Network's Relationships. The harness does not evaluate
	 * the base's filters: it hands the view every note under People/ and Categories/ as its entries.
	 */
	private renderBase(note: HTMLElement, parts: Component): void {
		const reg = this.app.stubBasesViews.get("active-network-relationships");
		if (!reg) return;
		const el = note.createDiv({ cls: "an-harness-base" });
		const view = reg.factory(new QueryController(), el);
		const paths = this.app.vault.notePaths().filter((p) => p.startsWith("People/") || p.startsWith("Categories/")).sort();
		view.data = { data: paths.map((p) => ({ file: Object.assign(new StubFile(), { path: p, extension: "md" }), getValue: () => null })) };
		parts.addChild(view);
		view.onDataUpdated();
	}

	private refreshNotes(path: string): void {
		for (const note of this.notes.values()) if (note.path === path) this.renderNote(note.el, path);
	}

	/** Shows each notice for a few seconds in the top right corner, and keeps its text for the tests. */
	private showNotices(): void {
		const container = document.body.createDiv({ cls: "notice-container" });
		const all: Notice[] = [];
		all.push = (...notices: Notice[]): number => {
			for (const n of notices) {
				this.notices.push(n.stubText);
				container.appendChild(n.containerEl);
				if (n.duration !== 0) window.setTimeout(() => n.containerEl.detach(), n.duration ?? 4000);
			}
			return Array.prototype.push.apply(all, notices);
		};
		Notice.stubAll = all;
	}
}
