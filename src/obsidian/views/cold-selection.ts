/**
 * The cold view's multi-select: which people are ticked, and the bar that acts on all of them at once
 * ("3 selected: Snooze… Pause Clear"). The bulk writes are one undo step each (Actions.snoozeMany,
 * pauseMany). The set survives re-renders and scrolling; people who left the list are dropped from it.
 */
import type { NetworkHost } from "../host";

export class ColdSelection {
	readonly paths = new Set<string>();
	private readonly bar: HTMLElement;
	private readonly countEl: HTMLElement;

	constructor(
		parent: HTMLElement,
		private readonly host: NetworkHost,
		/** Re-renders the rows (their boxes) after a clear or a bulk action. */
		private readonly rerender: () => void,
	) {
		this.bar = parent.createDiv({ cls: "active-network-bulk-bar", attr: { role: "toolbar", "aria-label": "Selected people" } });
		this.countEl = this.bar.createSpan({ cls: "active-network-bulk-count", attr: { "aria-live": "polite" } });
		this.button("Snooze…", "snooze", () => this.host.actions.snoozeMany([...this.paths], () => this.clear()));
		this.button("Pause", "pause", () => void this.host.actions.pauseMany([...this.paths]).then(() => this.clear()));
		this.button("Clear", "clear", () => this.clear());
		this.sync();
	}

	private button(text: string, name: string, run: () => void): void {
		const b = this.bar.createEl("button", { cls: `active-network-bulk-${name}`, text });
		b.addEventListener("click", run);
	}

	has(path: string): boolean {
		return this.paths.has(path);
	}

	toggle(path: string, on: boolean): void {
		if (on) this.paths.add(path);
		else this.paths.delete(path);
		this.sync();
	}

	/** Keeps only the people still listed. */
	keep(listed: ReadonlySet<string>): void {
		for (const p of this.paths) if (!listed.has(p)) this.paths.delete(p);
		this.sync();
	}

	clear(): void {
		this.paths.clear();
		this.sync();
		this.rerender();
	}

	private sync(): void {
		const n = this.paths.size;
		this.bar.toggle(n > 0);
		this.countEl.setText(`${n} selected:`);
	}
}
