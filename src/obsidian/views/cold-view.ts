/**
 * Cold relationships: everyone past their cadence, with filters (circle, person) and sort orders, and
 * the people never contacted below them.
 */
import { coldReport, type ColdSort, filterCold, type IsoDate, type Network } from "../../core";
import { NetworkView } from "./network-view";
import { CircleFilter, personActions, renderEmpty, renderRow, renderSection } from "./rows";
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
	}

	protected render(el: HTMLElement, network: Network, today: IsoDate): void {
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
		if (cold.length > 0) {
			const list = renderSection(el, "Cold", cold.length);
			for (const s of cold) {
				renderRow(list, {
					who: s.circles.length > 0 ? `${s.name} (${s.circles.join(", ")})` : s.name,
					why: cadenceWhy(s),
					when: coldWhen(s, today),
					whenCls: "mod-overdue",
					open: (evt) => void this.host.actions.openNote(s.path, null, evt),
					actions: personActions(this.host, s.path),
				});
			}
		} else if (report.cold.length === 0) {
			renderEmpty(el, "No one is cold: everyone is within their cadence.");
		}
		if (never.length > 0) {
			const list = renderSection(el, "Never contacted", never.length);
			for (const s of never) {
				renderRow(list, {
					who: s.circles.length > 0 ? `${s.name} (${s.circles.join(", ")})` : s.name,
					why: cadenceWhy(s),
					when: "No touchpoint yet: log one, or set last_contact",
					open: (evt) => void this.host.actions.openNote(s.path, null, evt),
					actions: personActions(this.host, s.path),
				});
			}
		}
	}
}
