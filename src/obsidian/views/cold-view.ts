/**
 * Cold relationships: everyone past their cadence, with filters (circle, person) and sort orders, and
 * the people never contacted below them. Each row has a box: ticked people are snoozed or paused at once
 * (cold-selection.ts). Long lists render only the rows on screen (virtual-list.ts).
 */
import { coldReport, type ColdSort, filterCold, type IsoDate, type Network, type PersonState } from "../../core";
import { ColdSelection } from "./cold-selection";
import { NetworkView } from "./network-view";
import { CircleFilter, personActions, renderEmpty, renderRow, renderSection } from "./rows";
import { ListKeeper } from "./virtual-list";
import { COLD_VIEW } from "./view-types";
import { cadenceWhy, coldWhen } from "./wording";

const SORTS: [ColdSort, string][] = [
	["ratio", "Most overdue for their cadence"],
	["overdue", "Most days overdue"],
	["last-contact", "Longest since last contact"],
	["name", "Name"],
];

export class ColdView extends NetworkView {
	private person = "";
	private sort: ColdSort = "ratio";
	private circles: CircleFilter | null = null;
	private selection: ColdSelection | null = null;
	/** The long lists of the last render. */
	readonly lists = new ListKeeper(() => this.contentEl);

	getViewType(): string {
		return COLD_VIEW;
	}

	getDisplayText(): string {
		return "Cold relationships";
	}

	override getIcon(): string {
		return "snowflake";
	}

	protected override buildToolbar(el: HTMLElement): void {
		this.circles = new CircleFilter(el, () => this.refresh(true));
		const search = el.createEl("input", { cls: "active-network-filter-person", type: "search", placeholder: "Person", attr: { "aria-label": "Person" } });
		search.addEventListener("input", () => {
			this.person = search.value;
			this.refresh(true);
		});
		const sort = el.createEl("select", { cls: "dropdown active-network-sort", attr: { "aria-label": "Sort" } });
		for (const [v, label] of SORTS) sort.createEl("option", { value: v, text: label });
		sort.addEventListener("change", () => {
			this.sort = sort.value as ColdSort;
			this.refresh(true);
		});
		const review = el.createEl("button", { cls: "active-network-review-start", text: "Review one by one" });
		review.addEventListener("click", () => this.host.actions.reviewCold());
		this.selection = new ColdSelection(el, this.host, () => this.refresh(true));
	}

	override onResize(): void {
		super.onResize();
		this.lists.update();
	}

	override async onClose(): Promise<void> {
		this.lists.reset();
		await super.onClose();
	}

	private row(list: HTMLElement, s: PersonState, when: string, whenCls?: string): HTMLElement {
		const selection = this.selection;
		return renderRow(list, {
			who: s.circles.length > 0 ? `${s.name} (${s.circles.join(", ")})` : s.name,
			why: cadenceWhy(s),
			when,
			whenCls,
			open: (evt) => void this.host.actions.openNote(s.path, null, evt),
			actions: personActions(this.host, s.path),
			select: selection ? { checked: selection.has(s.path), toggle: (on) => selection.toggle(s.path, on) } : undefined,
		});
	}

	protected render(el: HTMLElement, network: Network, today: IsoDate): void {
		this.lists.reset();
		this.circles?.update(network);
		const report = coldReport(network, this.host.settings, today);
		const filter = { circle: this.circles?.value || null, person: this.person, sort: this.sort };
		const cold = filterCold(network, report.cold, filter);
		const never = filterCold(network, report.never, { ...filter, sort: "name" });
		if (report.cold.length === 0 && report.never.length === 0) {
			renderEmpty(el, "No one is cold: everyone is within their cadence.");
			return;
		}
		if (cold.length === 0 && never.length === 0) {
			renderEmpty(el, "No one matches these filters.");
			return;
		}
		this.selection?.keep(new Set([...cold, ...never].map((s) => s.path)));
		if (cold.length > 0) {
			const list = renderSection(el, "Cold", cold.length);
			this.lists.render(list, cold, { label: "Cold", render: (parent, s) => this.row(parent, s, coldWhen(s, today), "mod-overdue") });
		} else if (report.cold.length === 0) {
			renderEmpty(el, "No one is cold: everyone is within their cadence.");
		}
		if (never.length > 0) {
			const list = renderSection(el, "Never contacted", never.length);
			this.lists.render(list, never, { label: "Never contacted", render: (parent, s) => this.row(parent, s, "No touchpoint yet: log one, or set last_contact") });
		}
	}
}
