/** Active Network: the plugin's lifecycle and wiring. Everything it wires lives in obsidian/ and core/. */
import { type App, Plugin, type WorkspaceLeaf } from "obsidian";
import { DEFAULT_SETTINGS, type IsoDate, localToday, resolveSettings, type Settings } from "./core";
import { Actions } from "./obsidian/actions";
import { appPorts } from "./obsidian/app-ports";
import { registerCalendar } from "./obsidian/calendar/calendar-commands";
import { registerContactCommands } from "./obsidian/contacts/contact-commands";
import { registerCommands } from "./obsidian/commands";
import type { NetworkHost } from "./obsidian/host";
import type { SurfaceFactory } from "./obsidian/graph/surface";
import { createSigmaSurface } from "./obsidian/graph/sigma-surface";
import { LiveIndex } from "./obsidian/live-index";
import type { NoteWriter, Ports, UndoLog, VaultSource, WorkspacePort } from "./obsidian/ports";
import { storedSettings } from "./obsidian/settings-data";
import { ActiveNetworkSettingTab } from "./obsidian/settings-tab";
import { ColdView } from "./obsidian/views/cold-view";
import { PeopleGraphView } from "./obsidian/views/graph-view";
import { PromisesView } from "./obsidian/views/promises-view";
import { RemindersView } from "./obsidian/views/reminders-view";
import { COLD_VIEW, GRAPH_VIEW, PROMISES_VIEW, REMINDERS_VIEW } from "./obsidian/views/view-types";

export default class ActiveNetworkPlugin extends Plugin implements NetworkHost {
	override settings: Settings = DEFAULT_SETTINGS;
	feed!: LiveIndex;
	source!: VaultSource;
	writer!: NoteWriter;
	/** Each action's writes as one step. Not yet undoable: the undo log comes with issue 15. */
	undo: UndoLog = { group: (_label, action) => action() };
	workspace!: WorkspacePort;
	actions!: Actions;
	/** Obsidian's objects behind the plugin's narrow doors (tests give fakes). */
	portsFor: (app: App) => Ports = appPorts;
	/** Draws the people graph: WebGL through sigma, loaded when the graph is first shown. */
	graphSurface: SurfaceFactory = createSigmaSurface;
	private rebuildTimer: number | null = null;

	/** Today's local calendar date, passed into every query. */
	today(): IsoDate {
		return localToday(new Date());
	}

	override async onload(): Promise<void> {
		this.settings = resolveSettings(await this.loadData());
		({ source: this.source, writer: this.writer, workspace: this.workspace } = this.portsFor(this.app));
		this.feed = this.addChild(new LiveIndex(this, this.addStatusBarItem()));
		this.actions = new Actions(this);
		this.registerView(REMINDERS_VIEW, (leaf: WorkspaceLeaf) => new RemindersView(leaf, this));
		this.registerView(COLD_VIEW, (leaf: WorkspaceLeaf) => new ColdView(leaf, this));
		this.registerView(PROMISES_VIEW, (leaf: WorkspaceLeaf) => new PromisesView(leaf, this));
		this.registerView(GRAPH_VIEW, (leaf: WorkspaceLeaf) => new PeopleGraphView(leaf, this));
		this.addRibbonIcon("users", "Show reminders", () => void this.workspace.openView(REMINDERS_VIEW));
		registerCommands(this, this);
		registerContactCommands(this, this);
		registerCalendar(this, this, () => this.app.vault.getName());
		this.addSettingTab(new ActiveNetworkSettingTab(this.app, this, this));
		this.app.workspace.onLayoutReady(() => void this.feed.start());
	}

	override onunload(): void {
		if (this.rebuildTimer !== null) window.clearTimeout(this.rebuildTimer);
	}

	/** Saves the settings and re-indexes (after a short pause, so typing in a field re-indexes once). */
	async saveSettings(next: Settings): Promise<void> {
		this.settings = resolveSettings(storedSettings(next));
		await this.saveData(storedSettings(this.settings));
		if (this.rebuildTimer !== null) window.clearTimeout(this.rebuildTimer);
		this.rebuildTimer = window.setTimeout(() => {
			this.rebuildTimer = null;
			if (this.app.workspace.layoutReady) void this.feed.rebuild();
		}, 500);
	}
}
