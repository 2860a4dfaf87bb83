/**
 * Open promises, mine and theirs: overdue first, with filters (mine or theirs, circle, person) and sort
 * orders. A click opens the task's line; each row can mark the promise kept.
 */
import {
	compareNames,
	filterPromises,
	type IsoDate,
	type Network,
	openPromises,
	type PromiseSort,
} from "../../core";
import { NetworkView } from "./network-view";
import { CircleFilter, renderEmpty, renderPromiseRow, renderSection, setOptions } from "./rows";
import { PROMISES_VIEW } from "./view-types";
import { ListKeeper } from "./virtual-list";


const SORTS: [PromiseSort, string][] = [
	["due", "Due date"],
	["person", "Person"],
	["note", "Note"],
];

export class PromisesView extends NetworkView {
	private direction: "" | "mine" | "theirs" = "";
	private person = "";
	private sort: PromiseSort = "due";
	private circles: CircleFilter | null = null;
	private personEl: HTMLSelectElement | null = null;
	/** The long list of the last render: only the rows on screen are in the DOM. */
	readonly lists = new ListKeeper(() => this.contentEl);

	getViewType(): string {
		return PROMISES_VIEW;
	}

	getDisplayText(): string {
		return "Open promises";
	}

	override getIcon(): string {
		return "list-checks";
	}

	protected override buildToolbar(el: HTMLElement): void {
		const direction = el.createEl("select", { cls: "dropdown active-network-filter-direction", attr: { "aria-label": "Whose promises" } });
		for (const [v, label] of [
			["", "Mine and theirs"],
			["mine", "Mine"],
			["theirs", "Theirs"],
		]) {
			direction.createEl("option", { value: v, text: label });
		}
		direction.addEventListener("change", () => {
			this.direction = direction.value === "mine" || direction.value === "theirs" ? direction.value : "";
			this.refresh(true);
		});
		this.circles = new CircleFilter(el, () => this.refresh(true));
		this.personEl = el.createEl("select", { cls: "dropdown active-network-filter-person", attr: { "aria-label": "Person" } });
		this.personEl.addEventListener("change", () => {
			this.person = this.personEl?.value ?? "";
			this.refresh(true);
		});
		const sort = el.createEl("select", { cls: "dropdown active-network-sort", attr: { "aria-label": "Sort" } });
		for (const [v, label] of SORTS) sort.createEl("option", { value: v, text: label });
		sort.addEventListener("change", () => {
			this.sort = sort.value as PromiseSort;
			this.refresh(true);
		});
	}

	protected render(el: HTMLElement, network: Network, today: IsoDate): void {
		this.lists.reset();
		const all = openPromises(network, today);
		this.circles?.update(network);
		if (this.personEl) {
			const paths = new Set(all.flatMap((p) => p.people));
			const people = [...paths].map((p) => network.people.get(p)).filter((p) => p !== undefined).sort(compareNames);
			setOptions(this.personEl, [["", "Everyone"], ...people.map((p): [string, string] => [p.path, p.name])]);
			this.person = this.personEl.value;
		}
		if (all.length === 0) {
			renderEmpty(el, "No open promises. A promise is a task in a person's note or linking a person: ", "- [ ] Send Maya the article 📅 2026-12-01", ".");
			return;
		}
		const list = filterPromises(network, all, { direction: this.direction || null, circle: this.circles?.value || null, person: this.person || null, sort: this.sort });
		if (list.length === 0) {
			renderEmpty(el, "No open promises match these filters.");
			return;
		}
		const overdue = list.filter((p) => p.overdue).length;
		const rows = renderSection(el, overdue > 0 ? `Open promises, ${overdue} overdue` : "Open promises", list.length);
		this.lists.render(rows, list, {
			label: "Open promises",
			render: (parent, p) =>
				renderPromiseRow(parent, this.host, network, p, p.overdue ? "mod-overdue" : p.daysLeft !== null && p.daysLeft <= this.host.settings.promiseHorizonDays ? "mod-soon" : undefined),
		});
	}

	override onResize(): void {
		super.onResize();
		this.lists.update();
	}

	override async onClose(): Promise<void> {
		this.lists.reset();
		await super.onClose();
	}
}
