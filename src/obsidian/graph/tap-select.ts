/**
 * Touch in the people graph: a tap cannot hover (and sigma reports "enter" just before the tap), so the
 * first tap on someone selects them (their neighbours highlighted, their name and an Open button shown)
 * and a second tap on the same person, or the button, opens the note. Mouse clicks open at once.
 */
export class TapSelection {
	/** The person a tap selected, or null. */
	selected: string | null = null;
	private el: HTMLElement | null = null;

	constructor(
		private readonly nameOf: (path: string) => string,
		private readonly open: (path: string) => void,
	) {}

	/** The bar where the selected person's name and the Open button go (made once per body). */
	mount(parent: HTMLElement): void {
		this.el = parent.createDiv({ cls: "active-network-graph-selected" });
		this.show(null);
	}

	/** A tap on `path`: selects them, or opens them when they are already selected. */
	tap(path: string): void {
		if (this.selected === path) this.open(path);
		else this.show(path);
	}

	/** Shows `path` as selected (null: no one). */
	show(path: string | null): void {
		this.selected = path;
		const el = this.el;
		if (!el) return;
		el.empty();
		if (path === null) {
			el.hide();
			return;
		}
		el.show();
		el.createSpan({ cls: "active-network-graph-selected-name", text: this.nameOf(path) });
		const button = el.createEl("button", { cls: "mod-cta", text: "Open note" });
		button.addEventListener("click", () => this.open(path));
	}
}
