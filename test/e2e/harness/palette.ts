/**
 * A simulated command palette: Ctrl/Cmd+P (or the ribbon's terminal icon) lists every registered command
 * as "Active Network: <name>", filters by the words typed, and runs the chosen one as Obsidian's palette
 * does. It is the stub's own SuggestModal, so it looks and behaves like the plugin's suggesters.
 */
import { type App, type Command, SuggestModal } from "../../obsidian-stub";
import { runCommandById } from "../../obsidian/fakes";

export class CommandPalette extends SuggestModal<Command> {
	constructor(
		app: App,
		private readonly pluginName: string,
	) {
		super(app);
		this.modalEl.addClass("an-harness-command-palette");
		this.setPlaceholder("Select a command...");
		this.setInstructions([
			{ command: "↑↓", purpose: "to navigate" },
			{ command: "↵", purpose: "to use" },
			{ command: "esc", purpose: "to dismiss" },
		]);
	}

	private label(c: Command): string {
		return `${this.pluginName}: ${c.name}`;
	}

	getSuggestions(query: string): Command[] {
		const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
		return [...this.app.stubCommands.values()]
			.filter((c) => words.every((w) => this.label(c).toLowerCase().includes(w)))
			.sort((a, b) => a.name.localeCompare(b.name));
	}

	renderSuggestion(c: Command, el: HTMLElement): void {
		el.addClass("mod-complex");
		el.setAttr("data-command", c.id);
		el.createSpan({ cls: "an-harness-command-plugin", text: `${this.pluginName}: ` });
		el.createSpan({ cls: "an-harness-command-name", text: c.name });
	}

	onChooseSuggestion(c: Command): void {
		runCommandById(this.app, c.id);
	}
}
