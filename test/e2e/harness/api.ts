/** What the harness page offers the end-to-end tests, on `window.activeNetworkHarness`. */

/** The day the harness runs on: the plugin's `today` is fixed to it, as in the plugin tests. */
export const HARNESS_TODAY = "2026-11-25";

export interface HarnessApi {
	/** The date the plugin sees as today. */
	readonly today: string;
	/** The vault the page was opened on (`?vault=`). */
	readonly vault: string;
	/** A note's current text in the in-memory vault, or null when there is no such note. */
	text(path: string): string | null;
	/** Every note's path. */
	paths(): string[];
	/** The registered commands, by full id and name. */
	commands(): { id: string; name: string }[];
	/** Every note opened (a row clicked, a suggestion chosen), in order; `line` is 0-based, as Obsidian's eState. */
	opened(): { path: string; line: number | null }[];
	/** Every notice shown, in order. */
	notices(): string[];
	/** Opens a note (or a `.base`) in the main area, drawing its `active-network` blocks as reading view does. */
	openNote(path: string): Promise<void>;
	/** Opens Obsidian's settings window on the plugin's tab, as *Settings → Active Network* does. */
	openSettings(): void;
	/** Right-clicks a file: the titles of the items the plugin adds to its menu. */
	fileMenu(path: string): string[];
	/** Right-clicks a file and chooses the item called `title`; false when there is none. */
	chooseFromFileMenu(path: string, title: string): boolean;
	/** Waits until the index has taken in every change so far. */
	settle(): Promise<void>;
}

declare global {
	interface Window {
		activeNetworkHarness?: HarnessApi;
	}
}
