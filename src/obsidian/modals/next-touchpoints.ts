/**
 * Next touchpoints: the ranked people to be in touch with, each with why and what to bring up. Enter
 * opens the person's note; Shift+Enter or Mod+Enter (or a click with either) logs a touchpoint instead.
 */
import { type App, Keymap, SuggestModal } from "obsidian";
import type { NextTouchpoint } from "../../core";
import { touchpointLine } from "../views/wording";

export class NextTouchpointsModal extends SuggestModal<NextTouchpoint> {
	private readonly rendered = new WeakMap<HTMLElement, NextTouchpoint>();

	constructor(
		app: App,
		private readonly items: NextTouchpoint[],
		emptyText: string,
		private readonly openItem: (item: NextTouchpoint, evt: MouseEvent | KeyboardEvent) => void,
		private readonly log: (item: NextTouchpoint) => void,
	) {
		super(app);
		this.setPlaceholder("Who to be in touch with next");
		this.emptyStateText = emptyText;
		this.setInstructions([
			{ command: "↵", purpose: "to open the note" },
			{ command: "shift ↵", purpose: "to log a touchpoint" },
			{ command: "esc", purpose: "to dismiss" },
		]);
		const logSelected = (evt: KeyboardEvent): false => {
			const el = this.resultContainerEl.querySelector<HTMLElement>(".suggestion-item.is-selected");
			const item = el ? this.rendered.get(el) : undefined;
			if (item) this.selectSuggestion(item, evt);
			return false;
		};
		this.scope.register(["Shift"], "Enter", logSelected);
		this.scope.register(["Mod"], "Enter", logSelected);
	}

	getSuggestions(query: string): NextTouchpoint[] {
		const q = query.trim().toLowerCase();
		return q === "" ? this.items : this.items.filter((i) => i.name.toLowerCase().includes(q));
	}

	renderSuggestion(item: NextTouchpoint, el: HTMLElement): void {
		this.rendered.set(el, item);
		el.addClass("active-network-suggestion");
		el.createDiv({ cls: "active-network-suggestion-title", text: item.name });
		for (const r of item.reasons) el.createDiv({ cls: `active-network-reason mod-${r.kind}`, text: touchpointLine(r.detail) });
		for (const b of item.bringUp) el.createDiv({ cls: "active-network-bring-up", text: touchpointLine(b) });
	}

	onChooseSuggestion(item: NextTouchpoint, evt: MouseEvent | KeyboardEvent): void {
		if (evt.shiftKey || Keymap.isModEvent(evt)) this.log(item);
		else this.openItem(item, evt);
	}
}
