/** Active Network: the plugin's lifecycle and wiring. Everything it wires lives in obsidian/ and core/. */
import { type App, Platform, Plugin, type WorkspaceLeaf } from "obsidian";
import { DEFAULT_SETTINGS, type IsoDate, localToday, resolveSettings, type Settings } from "./core";
import { Actions } from "./obsidian/actions";
import { appPorts } from "./obsidian/app-ports";
import { registerCalendar } from "./obsidian/calendar/calendar-commands";
import { registerContactCommands } from "./obsidian/contacts/contact-commands";
import { registerCommands } from "./obsidian/commands";
import type { ActiveNetworkApi } from "./obsidian/api/types";
import { registerIntegrations } from "./obsidian/integrations";
import type { NetworkHost } from "./obsidian/host";
import type { SurfaceFactory } from "./obsidian/graph/surface";
import { createSigmaSurface } from "./obsidian/graph/sigma-surface";
import { LiveIndex, type LiveIndexOptions } from "./obsidian/live-index";
import type { NoteWriter, Ports, UndoLog, VaultSource, WorkspacePort } from "./obsidian/ports";
import { storedSettings } from "./obsidian/settings-data";
import { ActiveNetworkSettingTab } from "./obsidian/settings-tab";
import { UndoableWriter } from "./obsidian/undo/undoable-writer";
import { registerUndoCommand, showUndoNotice } from "./obsidian/undo/undo-ui";
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
	/** Each action's writes as one step; the same object as `writer` once loaded (undo/undoable-writer.ts). */
	undo: UndoLog = { group: (_label, action) => action() };
	workspace!: WorkspacePort;
	actions!: Actions;
	/** Read-only answers for other plugins, Dataview JS and Templater (docs/api.md). */
	api!: ActiveNetworkApi;
	/** Obsidian's objects behind the plugin's narrow doors (tests give fakes). */
	portsFor: (app: App) => Ports = appPorts;
	/** Draws the people graph: WebGL through sigma, loaded when the graph is first shown. */
	graphSurface: SurfaceFactory = createSigmaSurface;
	/** How the live index paces itself (tests give their own clock and slices). */
	indexOptions: LiveIndexOptions = {};
	private rebuildTimer: number | null = null;

	/** Today's local calendar date, passed into every query. */
	today(): IsoDate {
		return localToday(new Date());
	}

	override async onload(): Promise<void> {
		this.settings = resolveSettings(await this.loadData());
		const ports = this.portsFor(this.app);
		({ source: this.source, workspace: this.workspace } = ports);
		// Every write is recorded so that it can be undone; each step's notice carries an Undo button.
		const undoable = new UndoableWriter(ports.writer, (step) => showUndoNotice(undoable, step));
		this.writer = undoable;
		this.undo = undoable;
		// No status bar on mobile: there the views and a notice show indexing progress.
		this.feed = this.addChild(new LiveIndex(this, Platform.isMobile ? null : this.addStatusBarItem(), this.indexOptions));
		this.actions = new Actions(this);
		this.registerView(REMINDERS_VIEW, (leaf: WorkspaceLeaf) => new RemindersView(leaf, this));
		this.registerView(COLD_VIEW, (leaf: WorkspaceLeaf) => new ColdView(leaf, this));
		this.registerView(PROMISES_VIEW, (leaf: WorkspaceLeaf) => new PromisesView(leaf, this));
		this.registerView(GRAPH_VIEW, (leaf: WorkspaceLeaf) => new PeopleGraphView(leaf, this));
		this.addRibbonIcon("users", "Show reminders", () => void this.workspace.openView(REMINDERS_VIEW));
		registerCommands(this, this);
		registerUndoCommand(this, undoable);
		this.api = registerIntegrations(this, this, () => this.source.notePaths().length);
		registerContactCommands(this, this);
		registerCalendar(this, this, () => this.app.vault.getName());
		const tab = new ActiveNetworkSettingTab(this.app, this, this);
		this.addSettingTab(tab);
		this.register(tab.watchContext());
		this.app.workspace.onLayoutReady(() => void this.feed.start());
	}

	override onunload(): void {
		if (this.rebuildTimer !== null) window.clearTimeout(this.rebuildTimer);
	}

	/** Saves the settings and re-indexes (after a short pause, so typing in a field re-indexes once). */
	async saveSettings(next: Settings): Promise<void> {
		this.settings = resolveSettings(storedSettings(next));
		await this.saveData(storedSettings(this.settings));
		this.rebuildSoon();
	}

	/**
	 * Obsidian calls this when `data.json` changed on disk (Sync, iCloud, git). The new settings are read
	 * and indexed once; nothing is written back (only the user's own change, in saveSettings, saves), so
	 * the synced settings are never overwritten by the old ones.
	 */
	override async onExternalSettingsChange(): Promise<void> {
		const next = resolveSettings(await this.loadData());
		if (JSON.stringify(storedSettings(next)) === JSON.stringify(storedSettings(this.settings))) return;
		this.settings = next;
		this.rebuildSoon();
	}

	private rebuildSoon(): void {
		if (this.rebuildTimer !== null) window.clearTimeout(this.rebuildTimer);
		this.rebuildTimer = window.setTimeout(() => {
			this.rebuildTimer = null;
			if (this.app.workspace.layoutReady) void this.feed.rebuild();
		}, 500);
	}
}
