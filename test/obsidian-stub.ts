/**
 * A small stand-in for the `obsidian` module in tests (vitest aliases `obsidian` here): only the classes
 * the plugin extends or calls (Plugin, ItemView, Modal, SuggestModal, Setting, Notice...) and the leaves
 * views live in. The vault, its metadata and its events are not here: the plugin reaches them through its
 * narrow doors (src/obsidian/ports.ts), which tests fake in test/obsidian/fakes/. Stub-only helpers
 * start with `stub`.
 */
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
	offref(ref: EventRef): void {
		const list = this.stubHandlers.get(ref.name);
		if (list) this.stubHandlers.set(ref.name, list.filter((r) => r !== ref));
	}
	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.stubHandlers.get(name) ?? [])]) ref.fn(...data);
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
	register(cb: () => unknown): void {
		this.stubCleanups.push(cb);
	}
	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}

// ---------------------------------------------------------------- helpers

/** As Obsidian's: slashes collapsed and trimmed, non-breaking spaces made spaces, Unicode NFC. */
export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/\u00a0|\u202f/g, " ").replace(/^\/+|\/+$/g, "");
	if (p === "") p = "/";
	return p.normalize("NFC");
}

/** Which app this is; a test sets `isMobile` (and `isDesktop`) before loading the plugin, and resets it. */
export const Platform = { isMobile: false, isDesktop: true };

export interface Debouncer<T extends unknown[]> {
	(...args: T): Debouncer<T>;
	cancel(): Debouncer<T>;
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
	return d;
}

/** Stub: the app version `requireApiVersion` compares with (tests set an older one to check fallbacks). */
export const stubApp = { apiVersion: "1.12.2" };

export function requireApiVersion(version: string): boolean {
	const have = stubApp.apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const d = (have[i] ?? 0) - (want[i] ?? 0);
		if (d !== 0) return d > 0;
	}
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

/** Only for `instanceof` in app-ports.ts, which tests replace by fakes: no vault lives here. */
export class TAbstractFile {
	path = "";
}
export class TFile extends TAbstractFile {
	extension = "";
}
export class TFolder extends TAbstractFile {}

// ---------------------------------------------------------------- workspace, leaves, views

export class View extends Component {
	app: App;
	icon = "";
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
}

/** The leaf a view lives in. The fake workspace (test/obsidian/fakes/workspace.ts) makes and shows them. */
export interface WorkspaceLeaf {
	app: App;
	view: View | null;
	containerEl: HTMLElement;
}

/** The workspace as the plugin's lifecycle sees it; what views and commands call is a port (fakes/workspace.ts). */
export class Workspace extends Events {
	layoutReady = false;
	private stubReady: (() => unknown)[] = [];
	onLayoutReady(cb: () => unknown): void {
		if (this.layoutReady) cb();
		else this.stubReady.push(cb);
	}
	/** Stub: Obsidian has finished loading the layout. */
	stubLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.stubReady.splice(0)) cb();
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

// ---------------------------------------------------------------- Markdown blocks, Bases, command line

export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}

export interface MarkdownPostProcessorContext {
	docId: string;
	sourcePath: string;
	frontmatter: unknown;
	addChild(child: MarkdownRenderChild): void;
	getSectionInfo(el: HTMLElement): null;
}

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

export class QueryController extends Component {}

export interface BasesEntry {
	file: TFile;
	getValue(propertyId: string): unknown;
}

export class BasesViewConfig {
	name = "";
	constructor(private readonly values: Record<string, unknown> = {}) {}
	get(key: string): unknown {
		return this.values[key];
	}
	set(key: string, value: unknown): void {
		this.values[key] = value;
	}
}

export abstract class BasesView extends Component {
	abstract type: string;
	app!: App;
	config: BasesViewConfig = new BasesViewConfig();
	data: { data: BasesEntry[] } = { data: [] };
	protected constructor(_controller: QueryController) {
		super();
	}
	abstract onDataUpdated(): void;
}

export interface BasesViewRegistration {
	name: string;
	icon: string;
	factory: (controller: QueryController, containerEl: HTMLElement) => BasesView;
	options?: (config: BasesViewConfig) => unknown[];
}

export type CliData = Record<string, string>;
export type CliFlags = Record<string, { value?: string; description: string; required?: boolean }>;
export type CliHandler = (params: CliData) => string | Promise<string>;

export class App {
	workspace: Workspace;
	/** Stub: registered commands by full id (`plugin-id:command-id`). */
	stubCommands = new Map<string, Command>();
	stubViews = new Map<string, (leaf: WorkspaceLeaf) => View>();
	stubSettingTabs: PluginSettingTab[] = [];
	stubData = new Map<string, unknown>();
	/** Stub: code block handlers by language, Bases views by id, command-line handlers by command. */
	stubCodeBlocks = new Map<string, CodeBlockHandler>();
	stubBasesViews = new Map<string, BasesViewRegistration>();
	stubCli = new Map<string, { description: string; flags: CliFlags | null; handler: CliHandler }>();
	ribbonEl: HTMLElement;
	statusBarEl: HTMLElement;

	constructor() {
		this.workspace = new Workspace();
		this.ribbonEl = document.body.createDiv({ cls: "side-dock-ribbon" });
		this.statusBarEl = document.body.createDiv({ cls: "status-bar" });
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
	/** Not available on mobile (Obsidian's docs): the stub throws there, so a plugin must check Platform. */
	addStatusBarItem(): HTMLElement {
		if (Platform.isMobile) throw new Error("addStatusBarItem is not available on mobile");
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
		// As Obsidian 1.13: the definitions are taken once, now, for search.
		tab.update();
		this.register(() => (this.app.stubSettingTabs = this.app.stubSettingTabs.filter((t) => t !== tab)));
	}
	registerView(type: string, factory: (leaf: WorkspaceLeaf) => View): void {
		this.app.stubViews.set(type, factory);
		this.register(() => this.app.stubViews.delete(type));
	}
	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): void {
		this.app.stubCodeBlocks.set(language, handler);
		this.register(() => this.app.stubCodeBlocks.delete(language));
	}
	registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
		this.app.stubBasesViews.set(viewId, registration);
		this.register(() => this.app.stubBasesViews.delete(viewId));
		return true;
	}
	registerCliHandler(command: string, description: string, flags: CliFlags | null, handler: CliHandler): void {
		if (this.app.stubCli.has(command)) throw new Error(`CLI command ${command} is already registered`);
		this.app.stubCli.set(command, { description, flags, handler });
		this.register(() => this.app.stubCli.delete(command));
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
	stubHidden = false;
	constructor(message: string | DocumentFragment, public duration?: number) {
		this.containerEl = createDiv({ cls: "notice" });
		this.messageEl = this.containerEl.createDiv({ cls: "notice-message" });
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
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	private add<C extends BaseComponent>(c: C, cb: (c: C) => unknown): this {
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
	/** What Obsidian's settings search indexes: stored by addSettingTab and by update(), not read again. */
	settingItems: unknown[] = [];
	update(): void {
		this.settingItems = this.getSettingDefinitions();
	}
}
