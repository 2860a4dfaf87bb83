/** Choose an open promise (for "Mark a promise kept"): overdue first, searchable by text and people. */
import { type App, SuggestModal } from "obsidian";
import type { Network, OpenPromise } from "../../core";
import { peopleNames, promiseWhen, promiseWhy } from "../views/wording";

export class PromiseSuggestModal extends SuggestModal<OpenPromise> {
	constructor(
		app: App,
		private readonly network: Network,
		private readonly promises: readonly OpenPromise[],
		private readonly choose: (p: OpenPromise) => void,
	) {
		super(app);
		this.setPlaceholder("Which promise was kept?");
		this.emptyStateText = "No open promises.";
	}

	getSuggestions(query: string): OpenPromise[] {
		const q = query.trim().toLowerCase();
		if (q === "") return [...this.promises];
		return this.promises.filter((p) => `${p.text} ${peopleNames(this.network, p.people)}`.toLowerCase().includes(q));
	}

	renderSuggestion(p: OpenPromise, el: HTMLElement): void {
		el.addClass("active-network-suggestion");
		el.createDiv({ cls: "active-network-suggestion-title", text: peopleNames(this.network, p.people) });
		el.createDiv({ cls: "active-network-reason", text: promiseWhy(p) });
		el.createDiv({ cls: `active-network-suggestion-note${p.overdue ? " mod-overdue" : ""}`, text: promiseWhen(p) });
	}

	onChooseSuggestion(p: OpenPromise): void {
		this.choose(p);
	}
}
