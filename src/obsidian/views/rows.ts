/**
 * The pieces every view is built from: sections, rows (who, why, how long, and actions), empty states.
 * Note text only ever goes in as text (createEl's `text`, setText), never as HTML.
 */
import { setIcon } from "obsidian";
import { circlesOf, type Network, type OpenPromise } from "../../core";
import type { NetworkHost } from "../host";
import { peopleNames, promiseWhen, promiseWhy } from "./wording";

export interface RowAction {
	icon: string;
	label: string;
	run: () => void;
}

export interface Row {
	who: string;
	why: string;
	when: string;
	/** Extra class for the "how long" line (`mod-overdue`, `mod-soon`). */
	whenCls?: string;
	open: (evt: MouseEvent | KeyboardEvent) => void;
	actions: RowAction[];
	/** A checkbox before the row (the cold view's multi-select). */
	select?: { checked: boolean; toggle: (on: boolean) => void };
}

export function renderSection(parent: HTMLElement, title: string, count?: number): HTMLElement {
	const section = parent.createDiv({ cls: "active-network-section" });
	const head = section.createDiv({ cls: "active-network-section-title" });
	head.createSpan({ text: title });
	if (count !== undefined) head.createSpan({ cls: "active-network-count", text: String(count) });
	return section.createDiv({ cls: "active-network-rows" });
}

export function renderRow(parent: HTMLElement, row: Row): HTMLElement {
	const el = parent.createDiv({ cls: "active-network-row", attr: { tabindex: 0, role: "button" } });
	if (row.select) {
		const { toggle } = row.select;
		el.addClass("mod-selectable");
		const box = el.createEl("input", { cls: "active-network-row-select", type: "checkbox", attr: { "aria-label": `Select ${row.who}` } });
		box.checked = row.select.checked;
		// The box is its own control: a click or Space on it never opens the note.
		box.addEventListener("click", (evt) => evt.stopPropagation());
		box.addEventListener("keydown", (evt) => evt.stopPropagation());
		box.addEventListener("change", () => toggle(box.checked));
	}
	const main = el.createDiv({ cls: "active-network-row-main" });
	main.createDiv({ cls: "active-network-row-who", text: row.who });
	main.createDiv({ cls: "active-network-row-why", text: row.why });
	main.createDiv({ cls: `active-network-row-when${row.whenCls ? ` ${row.whenCls}` : ""}`, text: row.when });
	el.addEventListener("click", (evt) => row.open(evt));
	el.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter" && evt.target === el) row.open(evt);
	});
	if (row.actions.length > 0) {
		const actions = el.createDiv({ cls: "active-network-row-actions" });
		for (const a of row.actions) {
			const button = actions.createDiv({ cls: "clickable-icon active-network-action", attr: { "aria-label": a.label, role: "button", tabindex: 0, "data-action": a.icon } });
			setIcon(button, a.icon);
			const run = (evt: Event) => {
				evt.stopPropagation();
				evt.preventDefault();
				a.run();
			};
			button.addEventListener("click", run);
			button.addEventListener("keydown", (evt) => {
				if (evt.key === "Enter" || evt.key === " ") run(evt);
			});
		}
	}
	return el;
}

/** An empty state: what is missing and what to do about it. `code` is shown as inline code. */
export function renderEmpty(parent: HTMLElement, text: string, code?: string, after?: string): HTMLElement {
	const el = parent.createDiv({ cls: "active-network-empty" });
	el.createSpan({ text });
	if (code) {
		el.createEl("code", { text: code });
		if (after) el.createSpan({ text: after });
	}
	return el;
}

export function renderNoPeople(parent: HTMLElement): void {
	renderEmpty(parent, "No people yet: add ", "type: person", " to a note's frontmatter, or tag it #person.");
}

export function personActions(host: NetworkHost, path: string): RowAction[] {
	return [
		{ icon: "message-square-plus", label: "Log touchpoint", run: () => host.actions.logTouchpoint(path) },
		{ icon: "alarm-clock-off", label: "Snooze", run: () => host.actions.snooze(path) },
	];
}

export function promiseActions(host: NetworkHost, p: OpenPromise): RowAction[] {
	const actions: RowAction[] = [{ icon: "check", label: "Mark kept", run: () => void host.actions.markKept(p) }];
	const first = p.people[0];
	if (first !== undefined) actions.push(...personActions(host, first));
	return actions;
}

/** One open promise as a row (the same in the promises view, the person panel and the blocks); `whenCls` overrides "overdue or nothing". */
export function renderPromiseRow(parent: HTMLElement, host: NetworkHost, network: Network, p: OpenPromise, whenCls: string | undefined = p.overdue ? "mod-overdue" : undefined): HTMLElement {
	return renderRow(parent, {
		who: peopleNames(network, p.people),
		why: promiseWhy(p),
		when: promiseWhen(p),
		whenCls,
		open: (evt) => void host.actions.openNote(p.file, p.line, evt),
		actions: promiseActions(host, p),
	});
}

/** Replaces a select's options, keeping its value when it is still among them (else the first). */
export function setOptions(select: HTMLSelectElement, options: [string, string][]): void {
	const value = select.value;
	select.empty();
	for (const [v, label] of options) select.createEl("option", { value: v, text: label });
	select.value = options.some(([v]) => v === value) ? value : (options[0]?.[0] ?? "");
}

/** The "All circles" filter of the cold, promises and graph views: its choice, and its options. */
export class CircleFilter {
	/** The chosen circle, or "" for all. */
	value = "";
	private readonly el: HTMLSelectElement;

	constructor(parent: HTMLElement, onChange: () => void) {
		this.el = parent.createEl("select", { cls: "dropdown active-network-filter-circle", attr: { "aria-label": "Circle" } });
		this.el.addEventListener("change", () => {
			this.value = this.el.value;
			onChange();
		});
	}

	/** Offers the circles the network has now, keeping the choice while it still exists. */
	update(network: Network): void {
		setOptions(this.el, [["", "All circles"], ...circlesOf(network).map((c): [string, string] => [c, c])]);
		this.value = this.el.value;
	}
}
