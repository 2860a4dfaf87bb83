/** Suggested introductions: pairs not yet connected who should meet, best first, each with why. */
import { type App, SuggestModal } from "obsidian";
import type { IntroSuggestion, Network } from "../../core";

/** How many reasons each suggestion shows. */
const REASONS = 3;

export class IntroSuggestModal extends SuggestModal<IntroSuggestion> {
	constructor(
		app: App,
		private readonly network: Network,
		private readonly suggestions: IntroSuggestion[],
		private readonly choose: (s: IntroSuggestion) => void,
	) {
		super(app);
		this.setPlaceholder("Who should meet whom");
		this.emptyStateText =
			suggestions.length === 0 ? "No introductions to suggest yet: write what people need and offer, and their interests, in their notes." : "No suggestion with that name.";
		this.setInstructions([
			{ command: "↵", purpose: "to draft the introduction" },
			{ command: "esc", purpose: "to dismiss" },
		]);
	}

	private name(path: string): string {
		return this.network.people.get(path)?.name ?? path;
	}

	getSuggestions(query: string): IntroSuggestion[] {
		const q = query.trim().toLowerCase();
		if (q === "") return this.suggestions;
		return this.suggestions.filter((s) => `${this.name(s.a)} ${this.name(s.b)}`.toLowerCase().includes(q));
	}

	renderSuggestion(s: IntroSuggestion, el: HTMLElement): void {
		el.addClass("active-network-suggestion");
		el.createDiv({ cls: "active-network-suggestion-title", text: `${this.name(s.a)} and ${this.name(s.b)}` });
		for (const r of s.reasons.slice(0, REASONS)) el.createDiv({ cls: `active-network-reason mod-${r.kind}`, text: r.detail.charAt(0).toUpperCase() + r.detail.slice(1) });
		if (s.reasons.length > REASONS) el.createDiv({ cls: "active-network-suggestion-note", text: `and ${s.reasons.length - REASONS} more in common` });
	}

	onChooseSuggestion(s: IntroSuggestion): void {
		this.choose(s);
	}
}
