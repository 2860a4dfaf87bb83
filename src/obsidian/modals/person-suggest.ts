/** Choose a person: a suggester over everyone the index knows, matching names and aliases. */
import { type App, SuggestModal } from "obsidian";
import { compareNames, type Person } from "../../core";

/** People whose name or an alias contains the query, names starting with it first. */
export function matchPeople(people: Iterable<Person>, query: string): Person[] {
	const q = query.trim().toLowerCase();
	const all = [...people].sort(compareNames);
	if (q === "") return all;
	const rank = (p: Person): number => {
		const name = p.name.toLowerCase();
		if (name.startsWith(q)) return 0;
		if (name.includes(q)) return 1;
		return p.aliases.some((a) => a.toLowerCase().includes(q)) ? 2 : 3;
	};
	return all
		.map((p) => ({ p, r: rank(p) }))
		.filter((x) => x.r < 3)
		.sort((a, b) => a.r - b.r)
		.map((x) => x.p);
}

export class PersonSuggestModal extends SuggestModal<Person> {
	constructor(
		app: App,
		private readonly people: Person[],
		placeholder: string,
		private readonly choose: (person: Person) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.emptyStateText = people.length === 0 ? "No people yet: add `type: person` to a note." : "No person by that name.";
	}

	getSuggestions(query: string): Person[] {
		return matchPeople(this.people, query);
	}

	renderSuggestion(person: Person, el: HTMLElement): void {
		el.addClass("active-network-suggestion");
		el.createDiv({ cls: "active-network-suggestion-title", text: person.name });
		const details = [person.circles.join(", "), person.org.join(", "), person.aliases.length > 0 ? `also ${person.aliases.join(", ")}` : ""].filter((s) => s !== "");
		if (details.length > 0) el.createDiv({ cls: "active-network-suggestion-note", text: details.join(" · ") });
	}

	onChooseSuggestion(person: Person): void {
		this.choose(person);
	}
}
