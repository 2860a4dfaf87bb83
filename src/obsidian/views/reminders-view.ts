/**
 * Reminders, the sidebar: overdue promises (mine and theirs), promises due soon, birthdays, the coldest
 * people and how many were never contacted. Every row says who, why and how long, opens its note on
 * click, and carries its actions.
 */
import type { IsoDate, Network } from "../../core";
import { alsoListed, type ReminderSection, reminders } from "../../core";
import { NetworkView } from "./network-view";
import { type HeatmapState, renderNetworkHeatmap } from "./history-charts";
import { renderPersonPanel } from "./person-panel";
import { COLD_VIEW, REMINDERS_VIEW } from "./view-types";
import { personActions, promiseActions, renderEmpty, renderRow, renderSection } from "./rows";
import { birthdayWhen, cadenceWhy, coldWhen, days, peopleNames, promiseWhen, promiseWhy } from "./wording";

const COLDEST = 5;

export class RemindersView extends NetworkView {
	/** The note open in the editor, for the person panel (kept while the sidebar itself has focus). */
	private activePath: string | null = null;
	/** The heatmap starts folded; it stays as the user left it across renders. */
	private readonly heatmap: HeatmapState = { open: false };

	getViewType(): string {
		return REMINDERS_VIEW;
	}

	getDisplayText(): string {
		return "Reminders";
	}

	override getIcon(): string {
		return "users";
	}

	override async onOpen(): Promise<void> {
		this.activePath = this.host.workspace.activeFilePath();
		// The panel follows the note being read; the sidebar taking focus leaves it as it is.
		this.register(
			this.host.workspace.onFileOpen((path) => {
				if (path === this.activePath) return;
				this.activePath = path;
				this.invalidate();
			}),
		);
		await super.onOpen();
	}

	protected render(el: HTMLElement, network: Network, today: IsoDate): void {
		const host = this.host;
		if (this.activePath !== null) renderPersonPanel(el, host, network, this.activePath, today);
		const r = reminders(network, host.settings, today, COLDEST);
		// One person in several sections: each row says where else they are (core/reminders.ts).
		const also = (why: string, paths: readonly string[], here: ReminderSection) => [why, alsoListed(r, paths, here)].filter(Boolean).join(" · ");
		const promiseRow = (parent: HTMLElement, p: (typeof r.overdue)[number]) =>
			renderRow(parent, {
				who: peopleNames(network, p.people),
				why: also(promiseWhy(p), p.people, p.overdue ? "overdue" : "due-soon"),
				when: promiseWhen(p),
				whenCls: p.overdue ? "mod-overdue" : "mod-soon",
				open: (evt) => void host.actions.openNote(p.file, p.line, evt),
				actions: promiseActions(host, p),
			});
		if (r.overdue.length > 0) {
			const list = renderSection(el, "Overdue promises", r.overdue.length);
			for (const p of r.overdue) promiseRow(list, p);
		}
		if (r.dueSoon.length > 0) {
			const list = renderSection(el, `Promises due within ${days(host.settings.promiseHorizonDays)}`, r.dueSoon.length);
			for (const p of r.dueSoon) promiseRow(list, p);
		}
		if (r.birthdays.length > 0) {
			const list = renderSection(el, "Birthdays", r.birthdays.length);
			for (const b of r.birthdays) {
				renderRow(list, {
					who: b.name,
					why: also(b.turns === null ? "Birthday" : `Birthday, turns ${b.turns}`, [b.path], "birthdays"),
					when: birthdayWhen(b.daysUntil, b.date),
					whenCls: b.daysUntil === 0 ? "mod-soon" : undefined,
					open: (evt) => void host.actions.openNote(b.path, null, evt),
					actions: personActions(host, b.path),
				});
			}
		}
		if (r.cold.length > 0) {
			const list = renderSection(el, "Coldest people", r.coldTotal);
			for (const s of r.cold) {
				renderRow(list, {
					who: s.name,
					why: also(cadenceWhy(s), [s.path], "cold"),
					when: coldWhen(s, today),
					whenCls: "mod-overdue",
					open: (evt) => void host.actions.openNote(s.path, null, evt),
					actions: personActions(host, s.path),
				});
			}
			if (r.coldTotal > r.cold.length) this.link(list, `Show all ${r.coldTotal} cold relationships`, COLD_VIEW);
		}
		if (r.overdue.length + r.dueSoon.length + r.birthdays.length + r.cold.length === 0) {
			renderEmpty(el, "Nothing due today: no overdue promises, no birthdays coming, and no one has gone cold.");
		}
		if (r.never > 0) {
			const footer = el.createDiv({ cls: "active-network-section" });
			this.link(footer, r.never === 1 ? "1 person never contacted" : `${r.never} people never contacted`, COLD_VIEW);
		}
		renderNetworkHeatmap(el, network, today, this.heatmap);
	}

	private link(parent: HTMLElement, text: string, view: string): void {
		const a = parent.createDiv({ cls: "active-network-link", text, attr: { role: "link", tabindex: 0 } });
		a.addEventListener("click", () => void this.host.workspace.openView(view));
		a.addEventListener("keydown", (evt) => {
			if (evt.key === "Enter") void this.host.workspace.openView(view);
		});
	}
}
