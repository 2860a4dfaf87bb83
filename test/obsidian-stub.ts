/**
 * A small stand-in for the `obsidian` module in tests (vitest aliases `obsidian` here). It keeps the
 * shapes the plugin uses and adds a fixture vault in memory: files you can create, modify, rename and
 * delete (each firing the events Obsidian fires), `cachedRead`, `process`, and `processFrontMatter` doing
 * a real YAML edit of the keys that changed. Stub-only helpers start with `stub`.
 */
import { CORE_SCHEMA, dump, load } from "js-yaml";

const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA, json: true });
const stringifyYaml = (v: unknown): string => dump(v, { schema: CORE_SCHEMA, lineWidth: -1 });
import { installDomHelpers } from "./obsidian/stub/dom";

installDomHelpers();

// ---------------------------------------------------------------- events and components

export interface EventRef {
	e: Events;
	name: string;
	fn: (...args: unknown[]) => unknown;
}

export class Events {
	private stubHandlers = new Map<string, EventRef[]>();
	on(name: string, fn: (...args: never[]) => unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: fn as (...args: unknown[]) => unknown };
		const list = this.stubHandlers.get(name) ?? [];
		list.push(ref);
		this.stubHandlers.set(name, list);
		return ref;
	}
	off(name: string, fn: (...args: never[]) => unknown): void {
		const list = this.stubHandlers.get(name);
		if (list) this.stubHandlers.set(name, list.filter((r) => r.fn !== fn));
	}
	offref(ref: EventRef): void {
		const list = this.stubHandlers.get(ref.name);
		if (list) this.stubHandlers.set(ref.name, list.filter((r) => r !== ref));
	}
	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.stubHandlers.get(name) ?? [])]) ref.fn(...data);
	}
	/** Stub: how many handlers listen to `name`. */
	stubListeners(name: string): number {
		return this.stubHandlers.get(name)?.length ?? 0;
	}
}

export class Component {
	private stubLoaded = false;
	private stubChildren: Component[] = [];
	private stubCleanups: (() => unknown)[] = [];
	/** Stub: what `onload` returned (a promise when it is async), so tests can wait for it. */
	stubOnload: unknown;

	load(): void {
		if (this.stubLoaded) return;
		this.stubLoaded = true;
		this.stubOnload = this.onload();
		for (const c of this.stubChildren) c.load();
	}
	onload(): void | Promise<void> {}
	unload(): void {
		if (!this.stubLoaded) return;
		this.stubLoaded = false;
		for (const c of this.stubChildren.splice(0)) c.unload();
		for (const f of this.stubCleanups.splice(0)) f();
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Component>(c: T): T {
		this.stubChildren.push(c);
		if (this.stubLoaded) c.load();
		return c;
	}
	removeChild<T extends Component>(c: T): T {
		this.stubChildren = this.stubChildren.filter((x) => x !== c);
		c.unload();
		return c;
	}
	register(cb: () => unknown): void {
		this.stubCleanups.push(cb);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.e.offref(ref));
	}
	registerDomEvent(el: EventTarget, type: string, cb: (evt: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, cb, options);
		this.register(() => el.removeEventListener(type, cb, options));
	}
	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}

// ---------------------------------------------------------------- helpers

export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/\u00a0|\u202f/g, " ").replace(/^\/+|\/+$/g, "");
	if (p === "") p = "/";
	return p;
}

export interface Debouncer<T extends unknown[]> {
	(...args: T): Debouncer<T>;
	cancel(): Debouncer<T>;
	run(): void;
}

export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0, resetTimer = false): Debouncer<T> {
	let timer: number | null = null;
	let last: T | null = null;
	const fire = () => {
		timer = null;
		const args = last;
		last = null;
		if (args) cb(...args);
	};
	const d = ((...args: T) => {
		last = args;
		if (timer !== null && resetTimer) {
			window.clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = window.setTimeout(fire, timeout);
		return d;
	}) as Debouncer<T>;
	d.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		last = null;
		return d;
	};
	d.run = () => {
		if (timer !== null) window.clearTimeout(timer);
		fire();
	};
	return d;
}

export function requireApiVersion(_version: string): boolean {
	return true;
}

export function setIcon(el: HTMLElement, icon: string): void {
	el.setAttr("data-icon", icon);
}

export const Keymap = {
	isModEvent(evt?: { ctrlKey?: boolean; metaKey?: boolean } | null): boolean {
		return Boolean(evt && (evt.ctrlKey || evt.metaKey));
	},
};

// ---------------------------------------------------------------- files and the vault

export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
	basename = "";
	extension = "";
	stat = { ctime: 0, mtime: 0, size: 0 };
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

function setPath(f: TAbstractFile, path: string): void {
	f.path = path;
	f.name = path.slice(path.lastIndexOf("/") + 1);
	if (f instanceof TFile) {
		const dot = f.name.lastIndexOf(".");
		f.basename = dot > 0 ? f.name.slice(0, dot) : f.name;
		f.extension = dot > 0 ? f.name.slice(dot + 1) : "";
	}
}

export interface StubWrite {
	path: string;
	before: string;
	after: string;
}

export class Vault extends Events {
	configDir = ".obsidian";
	private stubFiles = new Map<string, TAbstractFile>();
	private stubTexts = new Map<string, string>();
	/** Stub: files Obsidian keeps in the config folder (`.obsidian/daily-notes.json`...), by path. */
	stubConfig = new Map<string, string>();
	/** Stub: every write through process/modify, in order. */
	stubWrites: StubWrite[] = [];
	/** Stub: how many times each path was read. */
	stubReads = new Map<string, number>();
	private root: TFolder;
	metadataCache!: MetadataCache;
	adapter = {
		read: (path: string): Promise<string> => {
			const t = this.stubConfig.get(path) ?? this.stubTexts.get(path);
			return t === undefined ? Promise.reject(new Error(`ENOENT: ${path}`)) : Promise.resolve(t);
		},
		exists: (path: string): Promise<boolean> => Promise.resolve(this.stubConfig.has(path) || this.stubFiles.has(path)),
	};

	constructor() {
		super();
		this.root = new TFolder();
		this.root.vault = this;
		setPath(this.root, "/");
		this.root.name = "";
	}

	private folder(path: string): TFolder {
		if (path === "" || path === "/") return this.root;
		const existing = this.stubFiles.get(path);
		if (existing instanceof TFolder) return existing;
		const parent = this.folder(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
		const f = new TFolder();
		f.vault = this;
		setPath(f, path);
		f.parent = parent;
		parent.children.push(f);
		this.stubFiles.set(path, f);
		return f;
	}

	/** Stub: adds a file without firing events (the vault as it is when Obsidian starts). */
	stubAdd(path: string, text: string): TFile {
		const f = new TFile();
		f.vault = this;
		setPath(f, path);
		const parent = this.folder(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
		f.parent = parent;
		parent.children.push(f);
		f.stat = { ctime: Date.now(), mtime: Date.now(), size: text.length };
		this.stubFiles.set(path, f);
		this.stubTexts.set(path, text);
		this.metadataCache?.stubInvalidate();
		return f;
	}

	/** Stub: a file's current text. */
	stubText(path: string): string | undefined {
		return this.stubTexts.get(path);
	}

	getRoot(): TFolder {
		return this.root;
	}
	getName(): string {
		return "Fixture";
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.stubFiles.get(path) ?? null;
	}
	getFileByPath(path: string): TFile | null {
		const f = this.stubFiles.get(path);
		return f instanceof TFile ? f : null;
	}
	getFolderByPath(path: string): TFolder | null {
		const f = path === "/" || path === "" ? this.root : this.stubFiles.get(path);
		return f instanceof TFolder ? f : null;
	}
	getFiles(): TFile[] {
		return [...this.stubFiles.values()].filter((f): f is TFile => f instanceof TFile);
	}
	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}
	getAllLoadedFiles(): TAbstractFile[] {
		return [this.root, ...this.stubFiles.values()];
	}

	cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}
	read(file: TFile): Promise<string> {
		this.stubReads.set(file.path, (this.stubReads.get(file.path) ?? 0) + 1);
		const t = this.stubTexts.get(file.path);
		return t === undefined ? Promise.reject(new Error(`ENOENT: ${file.path}`)) : Promise.resolve(t);
	}

	private write(file: TFile, data: string): void {
		const before = this.stubTexts.get(file.path) ?? "";
		this.stubTexts.set(file.path, data);
		file.stat = { ...file.stat, mtime: Date.now(), size: data.length };
		this.stubWrites.push({ path: file.path, before, after: data });
		this.trigger("modify", file);
		this.metadataCache.trigger("changed", file, data, {});
	}

	modify(file: TFile, data: string): Promise<void> {
		if (!this.stubTexts.has(file.path)) return Promise.reject(new Error(`ENOENT: ${file.path}`));
		this.write(file, data);
		return Promise.resolve();
	}

	/**
	 * Stub: called once, then cleared, when `process` or `create` starts, before the file is read: a
	 * concurrent edit (sync, another plugin, the user in another pane) that lands between the plugin's read
	 * of a note (through the index) and its write.
	 */
	stubConcurrent: ((path: string) => void) | null = null;

	private stubRunConcurrent(path: string): void {
		const edit = this.stubConcurrent;
		this.stubConcurrent = null;
		edit?.(path);
	}

	process(file: TFile, fn: (data: string) => string): Promise<string> {
		this.stubRunConcurrent(file.path);
		const before = this.stubTexts.get(file.path);
		if (before === undefined) return Promise.reject(new Error(`ENOENT: ${file.path}`));
		const after = fn(before);
		if (after !== before) this.write(file, after);
		return Promise.resolve(after);
	}

	create(path: string, data: string): Promise<TFile> {
		this.stubRunConcurrent(path);
		if (this.stubFiles.has(path)) return Promise.reject(new Error("File already exists."));
		const f = this.stubAdd(path, data);
		this.trigger("create", f);
		this.metadataCache.trigger("changed", f, data, {});
		return Promise.resolve(f);
	}

	createFolder(path: string): Promise<TFolder> {
		if (this.stubFiles.has(path)) return Promise.reject(new Error("Folder already exists."));
		const f = this.folder(path);
		this.trigger("create", f);
		return Promise.resolve(f);
	}

	delete(file: TAbstractFile): Promise<void> {
		return this.stubRemove(file);
	}

	/** Stub: removes a file or folder, firing `delete` for each file, as Obsidian does. */
	stubRemove(file: TAbstractFile): Promise<void> {
		const gone = file instanceof TFolder ? [...this.stubFiles.keys()].filter((p) => p.startsWith(`${file.path}/`)) : [];
		for (const p of gone) {
			const child = this.stubFiles.get(p) as TAbstractFile;
			this.stubFiles.delete(p);
			this.stubTexts.delete(p);
			this.metadataCache.stubInvalidate();
			this.trigger("delete", child);
		}
		this.stubFiles.delete(file.path);
		this.stubTexts.delete(file.path);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		this.metadataCache.stubInvalidate();
		this.trigger("delete", file);
		if (file instanceof TFile) this.metadataCache.trigger("deleted", file, null);
		return Promise.resolve();
	}

	/** Renames a file or a folder; a folder's files each fire their own `rename`, as in Obsidian. */
	rename(file: TAbstractFile, newPath: string): Promise<void> {
		const oldPath = file.path;
		const moves: [TAbstractFile, string][] = [[file, oldPath]];
		if (file instanceof TFolder) {
			for (const [p, child] of this.stubFiles) if (p.startsWith(`${oldPath}/`)) moves.push([child, p]);
		}
		for (const [f, from] of moves) {
			const to = newPath + from.slice(oldPath.length);
			this.stubFiles.delete(from);
			const text = this.stubTexts.get(from);
			this.stubTexts.delete(from);
			setPath(f, to);
			this.stubFiles.set(to, f);
			if (text !== undefined) this.stubTexts.set(to, text);
		}
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		const parent = this.folder(newPath.includes("/") ? newPath.slice(0, newPath.lastIndexOf("/")) : "");
		file.parent = parent;
		parent.children.push(file);
		this.metadataCache.stubInvalidate();
		for (const [f, from] of moves) this.trigger("rename", f, from);
		return Promise.resolve();
	}
}

export class MetadataCache extends Events {
	private stubByName: Map<string, TFile[]> | null = null;
	constructor(private vault: Vault) {
		super();
	}
	/** Stub: the vault's files changed; the name lookup is rebuilt on the next resolution. */
	stubInvalidate(): void {
		this.stubByName = null;
	}
	/** Obsidian's resolution, simplified: the exact path, else the shortest path ending with the link. */
	getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
		const lp = linkpath.trim().toLowerCase().replace(/\.md$/, "");
		if (lp === "") return null;
		if (!this.stubByName) {
			this.stubByName = new Map();
			for (const f of this.vault.getFiles()) {
				const key = (f.extension === "md" ? f.basename : f.name).toLowerCase();
				const list = this.stubByName.get(key) ?? [];
				list.push(f);
				list.sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1));
				this.stubByName.set(key, list);
			}
		}
		const candidates = this.stubByName.get(lp.slice(lp.lastIndexOf("/") + 1)) ?? [];
		const exact = candidates.find((f) => f.path.toLowerCase() === lp || f.path.toLowerCase() === `${lp}.md`);
		if (exact) return exact;
		return candidates.find((f) => !lp.includes("/") || f.path.toLowerCase().endsWith(`/${lp}.md`) || f.path.toLowerCase().endsWith(`/${lp}`)) ?? null;
	}
	getFileCache(_file: TFile): null {
		return null;
	}
}

// ---------------------------------------------------------------- frontmatter edits

function lineBreak(text: string): string {
	const nl = text.indexOf("\n");
	return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

function yamlValue(v: unknown): string {
	if (v !== null && typeof v === "object") return JSON.stringify(v);
	return stringifyYaml(v).replace(/\r?\n$/, "");
}

/** Edits the frontmatter keys `fn` changed, one line each, leaving every other byte as it was. */
export function stubEditFrontmatter(text: string, fn: (fm: Record<string, unknown>) => void): string {
	const eol = lineBreak(text);
	const bom = text.charCodeAt(0) === 0xfeff ? "\ufeff" : "";
	const body = text.slice(bom.length);
	const open = /^---[ \t]*\r?\n/.exec(body);
	let yamlStart = -1;
	let yamlEnd = -1;
	if (open) {
		yamlStart = open[0].length;
		let pos = yamlStart;
		while (pos <= body.length) {
			let end = body.indexOf("\n", pos);
			if (end < 0) end = body.length;
			if (/^(?:---|\.\.\.)[ \t]*\r?$/.test(body.slice(pos, end))) {
				yamlEnd = pos;
				break;
			}
			if (end >= body.length) break;
			pos = end + 1;
		}
	}
	const hasBlock = yamlEnd >= 0;
	const yamlText = hasBlock ? body.slice(yamlStart, yamlEnd) : "";
	const parsed: unknown = yamlText.trim() === "" ? {} : parseYaml(yamlText);
	const before = (parsed && typeof parsed === "object" ? parsed : {}) as Record<string, unknown>;
	const fm = JSON.parse(JSON.stringify(before)) as Record<string, unknown>;
	fn(fm);
	let yaml = yamlText;
	const keys = new Set([...Object.keys(before), ...Object.keys(fm)]);
	for (const key of keys) {
		if (JSON.stringify(before[key]) === JSON.stringify(fm[key])) continue;
		const lines = yaml.split("\n");
		const at = lines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`) || l.startsWith(`'${key}':`));
		let to = at + 1;
		while (at >= 0 && to < lines.length && /^(?:[ \t]+\S|- )/.test(lines[to] as string)) to++;
		const cr = at >= 0 && (lines[at] as string).endsWith("\r") ? "\r" : eol === "\r\n" ? "\r" : "";
		const line = `${key}: ${yamlValue(fm[key])}${cr}`;
		if (!(key in fm)) lines.splice(at, to - at);
		else if (at >= 0) lines.splice(at, to - at, line);
		else if (lines.length > 0 && lines[lines.length - 1] === "") lines.splice(lines.length - 1, 0, line);
		else lines.push(line);
		yaml = lines.join("\n");
	}
	if (hasBlock) return bom + body.slice(0, yamlStart) + yaml + body.slice(yamlEnd);
	return `${bom}---${eol}${yaml}---${eol}${body}`;
}

export class FileManager {
	constructor(private app: App) {}
	/** Deletes a file or folder (the stub has no trash), as the user does from the file explorer. */
	trashFile(file: TAbstractFile): Promise<void> {
		return this.app.vault.stubRemove(file);
	}
	processFrontMatter(file: TFile, fn: (fm: Record<string, unknown>) => void): Promise<void> {
		return this.app.vault.process(file, (text) => stubEditFrontmatter(text, fn)).then(() => undefined);
	}
}

// ---------------------------------------------------------------- workspace, leaves, views

export class View extends Component {
	app: App;
	icon = "";
	navigation = false;
	containerEl: HTMLElement;
	constructor(public leaf: WorkspaceLeaf) {
		super();
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
	}
	getViewType(): string {
		return "";
	}
	getDisplayText(): string {
		return "";
	}
	getIcon(): string {
		return this.icon;
	}
	onOpen(): Promise<void> | void {}
	onClose(): Promise<void> | void {}
	onResize(): void {}
}

export class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.containerEl.createDiv({ cls: "view-header" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}
	addAction(icon: string, title: string, cb: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.containerEl.createDiv({ cls: "view-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", cb);
		return el;
	}
}

export class WorkspaceLeaf extends Events {
	view: View | null = null;
	containerEl: HTMLElement;
	/** Stub: the file opened in this leaf and how. */
	stubOpened: { path: string; state?: unknown }[] = [];
	constructor(public app: App, public stubSide: "main" | "right") {
		super();
		this.containerEl = app.workspace.containerEl.createDiv({ cls: `workspace-leaf mod-${stubSide}` });
	}
	async setViewState(state: { type: string; active?: boolean }): Promise<void> {
		if (this.view) {
			await this.view.onClose();
			this.view.unload();
			this.view.containerEl.detach();
		}
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
	openFile(file: TFile, state?: unknown): Promise<void> {
		this.stubOpened.push({ path: file.path, state });
		this.app.workspace.stubOpened.push({ path: file.path, state });
		this.app.workspace.stubActiveFile = file;
		this.app.workspace.trigger("file-open", file);
		return Promise.resolve();
	}
	async detach(): Promise<void> {
		if (this.view) {
			await this.view.onClose();
			this.view.unload();
		}
		this.containerEl.detach();
		this.app.workspace.stubLeaves = this.app.workspace.stubLeaves.filter((l) => l !== this);
	}
	/** Stub: Obsidian calls this when the leaf's size changes (a hidden tab shown). */
	onResize(): void {
		this.view?.onResize();
	}
}

export class Workspace extends Events {
	layoutReady = false;
	containerEl: HTMLElement;
	stubLeaves: WorkspaceLeaf[] = [];
	/** Stub: every file opened, in order. */
	stubOpened: { path: string; state?: unknown }[] = [];
	stubRevealed: WorkspaceLeaf[] = [];
	/** Stub: the file last opened in a leaf (Obsidian's active file). */
	stubActiveFile: TFile | null = null;
	private stubReady: (() => unknown)[] = [];
	constructor(private app: App) {
		super();
		this.containerEl = document.body.createDiv({ cls: "workspace" });
	}
	onLayoutReady(cb: () => unknown): void {
		if (this.layoutReady) cb();
		else this.stubReady.push(cb);
	}
	/** Stub: Obsidian has finished loading the layout. */
	stubLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.stubReady.splice(0)) cb();
	}
	getActiveFile(): TFile | null {
		return this.stubActiveFile;
	}
	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.stubLeaves.filter((l) => l.view?.getViewType() === type);
	}
	getRightLeaf(_split: boolean): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, "right");
		this.stubLeaves.push(leaf);
		return leaf;
	}
	getLeaf(newLeaf?: boolean | string): WorkspaceLeaf {
		const main = this.stubLeaves.find((l) => l.stubSide === "main");
		if (main && !newLeaf) return main;
		const leaf = new WorkspaceLeaf(this.app, "main");
		this.stubLeaves.push(leaf);
		return leaf;
	}
	revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.stubRevealed.push(leaf);
		return Promise.resolve();
	}
	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.stubRevealed.push(leaf);
	}
}

// ---------------------------------------------------------------- the app and plugins

export interface Command {
	id: string;
	name: string;
	icon?: string;
	hotkeys?: unknown[];
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
}

export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	fileManager: FileManager;
	/** Stub: registered commands by full id (`plugin-id:command-id`). */
	stubCommands = new Map<string, Command>();
	stubViews = new Map<string, (leaf: WorkspaceLeaf) => View>();
	stubSettingTabs: PluginSettingTab[] = [];
	stubData = new Map<string, unknown>();
	ribbonEl: HTMLElement;
	statusBarEl: HTMLElement;

	constructor(files: Record<string, string> = {}, config: Record<string, string> = {}) {
		this.vault = new Vault();
		this.metadataCache = new MetadataCache(this.vault);
		this.vault.metadataCache = this.metadataCache;
		this.workspace = new Workspace(this);
		this.fileManager = new FileManager(this);
		for (const [path, text] of Object.entries(files)) this.vault.stubAdd(path, text);
		for (const [path, text] of Object.entries(config)) this.vault.stubConfig.set(path, text);
		this.ribbonEl = document.body.createDiv({ cls: "side-dock-ribbon" });
		this.statusBarEl = document.body.createDiv({ cls: "status-bar" });
	}

	/** Stub: runs a command by its full id, as the command palette does. */
	stubRunCommand(id: string): boolean {
		const c = this.stubCommands.get(id);
		if (!c) throw new Error(`no command ${id}`);
		if (c.checkCallback) return c.checkCallback(false) !== false;
		void c.callback?.();
		return true;
	}
}

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion?: string;
	dir?: string;
}

export class Plugin extends Component {
	constructor(public app: App, public manifest: PluginManifest) {
		super();
	}
	addRibbonIcon(icon: string, title: string, cb: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.ribbonEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", cb);
		this.register(() => el.detach());
		return el;
	}
	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBarEl.createDiv({ cls: "status-bar-item" });
		this.register(() => el.detach());
		return el;
	}
	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.app.stubCommands.set(full.id, full);
		this.register(() => this.app.stubCommands.delete(full.id));
		return full;
	}
	addSettingTab(tab: PluginSettingTab): void {
		this.app.stubSettingTabs.push(tab);
		this.register(() => (this.app.stubSettingTabs = this.app.stubSettingTabs.filter((t) => t !== tab)));
	}
	registerView(type: string, factory: (leaf: WorkspaceLeaf) => View): void {
		this.app.stubViews.set(type, factory);
		this.register(() => this.app.stubViews.delete(type));
	}
	loadData(): Promise<unknown> {
		const d = this.app.stubData.get(this.manifest.id);
		return Promise.resolve(d === undefined ? null : JSON.parse(JSON.stringify(d)));
	}
	saveData(data: unknown): Promise<void> {
		this.app.stubData.set(this.manifest.id, JSON.parse(JSON.stringify(data)));
		return Promise.resolve();
	}
}

// ---------------------------------------------------------------- notices, modals, suggesters

export class Notice {
	/** Stub: every notice shown, in order. */
	static stubAll: Notice[] = [];
	messageEl: HTMLElement;
	containerEl: HTMLElement;
	noticeEl: HTMLElement;
	stubHidden = false;
	constructor(message: string | DocumentFragment, public duration?: number) {
		this.containerEl = createDiv({ cls: "notice" });
		this.messageEl = this.containerEl.createDiv({ cls: "notice-message" });
		this.noticeEl = this.messageEl;
		this.setMessage(message);
		Notice.stubAll.push(this);
	}
	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		return this;
	}
	hide(): void {
		this.stubHidden = true;
	}
	/** Stub: the notice's text. */
	get stubText(): string {
		return this.messageEl.textContent ?? "";
	}
}

type KeyHandler = (evt: KeyboardEvent, ctx: unknown) => unknown;

export class Scope {
	private keys: { modifiers: string; key: string | null; func: KeyHandler }[] = [];
	register(modifiers: string[] | null, key: string | null, func: KeyHandler): unknown {
		const h = { modifiers: [...(modifiers ?? [])].sort().join(","), key, func };
		this.keys.push(h);
		return h;
	}
	unregister(handler: unknown): void {
		this.keys = this.keys.filter((k) => k !== handler);
	}
	/** Stub: runs the handler for a key event, the latest registered first. True when one ran. */
	stubHandle(evt: KeyboardEvent): boolean {
		const mods: string[] = [];
		if (evt.altKey) mods.push("Alt");
		if (evt.ctrlKey || evt.metaKey) mods.push("Mod");
		if (evt.shiftKey) mods.push("Shift");
		const m = mods.sort().join(",");
		for (let i = this.keys.length - 1; i >= 0; i--) {
			const k = this.keys[i];
			if (k && k.modifiers === m && (k.key === null || k.key === evt.key)) {
				if (k.func(evt, {}) === false) evt.preventDefault();
				return true;
			}
		}
		return false;
	}
}

export class Modal {
	/** Stub: the modals open now. */
	static stubOpen: Modal[] = [];
	scope = new Scope();
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	constructor(public app: App) {
		this.containerEl = createDiv({ cls: "modal-container" });
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
		this.containerEl.addEventListener("keydown", (evt) => {
			this.scope.stubHandle(evt);
		});
	}
	open(): void {
		document.body.appendChild(this.containerEl);
		Modal.stubOpen.push(this);
		void this.onOpen();
	}
	close(): void {
		if (!Modal.stubOpen.includes(this)) return;
		Modal.stubOpen = Modal.stubOpen.filter((m) => m !== this);
		this.containerEl.detach();
		this.onClose();
	}
	onOpen(): Promise<void> | void {}
	onClose(): void {}
	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
}

export interface Instruction {
	command: string;
	purpose: string;
}

export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	private instructionsEl: HTMLElement;
	private stubValues: T[] = [];
	private stubSelected = 0;
	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.instructionsEl = this.modalEl.createDiv({ cls: "prompt-instructions" });
		this.inputEl.addEventListener("input", () => void this.stubUpdate());
		this.scope.register([], "Enter", (evt) => {
			const v = this.stubValues[this.stubSelected];
			if (v !== undefined) this.selectSuggestion(v, evt);
			return false;
		});
		this.scope.register([], "ArrowDown", () => {
			this.stubSelect(Math.min(this.stubSelected + 1, this.stubValues.length - 1));
			return false;
		});
		this.scope.register([], "ArrowUp", () => {
			this.stubSelect(Math.max(this.stubSelected - 1, 0));
			return false;
		});
	}
	override open(): void {
		super.open();
		void this.stubUpdate();
	}
	setPlaceholder(placeholder: string): void {
		this.inputEl.setAttr("placeholder", placeholder);
	}
	setInstructions(instructions: Instruction[]): void {
		this.instructionsEl.empty();
		for (const i of instructions) {
			const el = this.instructionsEl.createDiv({ cls: "prompt-instruction" });
			el.createSpan({ cls: "prompt-instruction-command", text: i.command });
			el.createSpan({ text: i.purpose });
		}
	}
	onNoSuggestion(): void {
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	private stubSelect(i: number): void {
		this.stubSelected = Math.max(0, i);
		const items = this.resultContainerEl.querySelectorAll(".suggestion-item");
		items.forEach((el, j) => el.classList.toggle("is-selected", j === this.stubSelected));
	}
	/** Stub: renders the suggestions for the input's current text. */
	async stubUpdate(): Promise<void> {
		const values = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		this.stubValues = values;
		this.resultContainerEl.empty();
		if (values.length === 0) this.onNoSuggestion();
		values.forEach((v) => {
			const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
			this.renderSuggestion(v, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(v, evt));
		});
		this.stubSelect(0);
	}
}

// ---------------------------------------------------------------- settings

export class BaseComponent {
	disabled = false;
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

abstract class StubValueComponent<T> extends BaseComponent {
	protected changeCallbacks: ((v: T) => unknown)[] = [];
	abstract getValue(): T;
	abstract setValue(v: T): this;
	onChange(cb: (v: T) => unknown): this {
		this.changeCallbacks.push(cb);
		return this;
	}
	protected fire(): void {
		for (const cb of this.changeCallbacks) cb(this.getValue());
	}
}

/** A text field (`<input>` or `<textarea>`): its value, placeholder and input events. */
abstract class StubTextField<E extends HTMLInputElement | HTMLTextAreaElement> extends StubValueComponent<string> {
	constructor(readonly inputEl: E) {
		super();
		this.inputEl.addEventListener("input", () => this.fire());
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(v: string): this {
		this.inputEl.value = v;
		return this;
	}
	setPlaceholder(p: string): this {
		this.inputEl.setAttr("placeholder", p);
		return this;
	}
}

export class TextComponent extends StubTextField<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text" }));
	}
}

export class TextAreaComponent extends StubTextField<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class DropdownComponent extends StubValueComponent<string> {
	selectEl: HTMLSelectElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => this.fire());
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [v, d] of Object.entries(options)) this.addOption(v, d);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(v: string): this {
		this.selectEl.value = v;
		return this;
	}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}
	setButtonText(t: string): this {
		this.buttonEl.setText(t);
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setIcon(icon: string): this {
		this.buttonEl.setAttr("data-icon", icon);
		return this;
	}
	setTooltip(t: string): this {
		this.buttonEl.setAttr("aria-label", t);
		return this;
	}
	onClick(cb: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", cb);
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setDisabled(_d: boolean): this {
		return this;
	}
	private add<C extends BaseComponent>(c: C, cb: (c: C) => unknown): this {
		this.components.push(c);
		cb(c);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addTextArea(cb: (c: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
}

export abstract class PluginSettingTab {
	containerEl: HTMLElement;
	icon = "";
	constructor(public app: App, public plugin: Plugin) {
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}
	display(): void {}
	hide(): void {
		this.containerEl.empty();
	}
	getSettingDefinitions(): unknown[] {
		return [];
	}
	update(): void {}
}
