/**
 * What the views, modals and commands need from the plugin, as an interface: they depend on this, never
 * on main.ts, and the plugin never keeps a reference to them.
 */
import type { App } from "obsidian";
import type { IsoDate, Settings } from "../core";
import type { Actions } from "./actions";
import type { SurfaceFactory } from "./graph/surface";
import type { NetworkFeed, NoteWriter, UndoLog, WorkspacePort } from "./ports";

export interface NetworkHost {
	/** Only handed on to Obsidian's own constructors (Modal, SuggestModal): nothing reaches into it. */
	readonly app: App;
	readonly settings: Settings;
	readonly feed: NetworkFeed;
	/** Every write goes through it. */
	readonly writer: NoteWriter;
	/** Groups the writes of one action into one undo step. */
	readonly undo: UndoLog;
	readonly workspace: WorkspacePort;
	readonly actions: Actions;
	/** What draws the people graph (WebGL through sigma; tests give their own). */
	readonly graphSurface: SurfaceFactory;
	/** Today's local calendar date: the one clock every query gets. */
	today(): IsoDate;
	/** Stores new settings and re-indexes. */
	saveSettings(next: Settings): Promise<void>;
}
