/**
 * History you can see: the person panel's bar chart of touchpoints by month (the last 12), and the
 * reminders view's heatmap of the weeks you reached out (the last 53). SVG built element by element
 * (createSvg), coloured by classes in styles.css from the theme's variables; each says itself in words
 * for screen readers (role="img" with an aria-label, and a visually hidden table).
 */
import { type IsoDate, type MonthCount, monthsText, type Network, networkTouchpointsByWeek, type Touchpoint, touchpointsByMonth, type WeekCount } from "../../core";

const BAR = 16;
const GAP = 4;
const CHART_HEIGHT = 48;
const LABEL = 12;

function plural(n: number): string {
	return n === 0 ? "none" : n === 1 ? "1 touchpoint" : `${n} touchpoints`;
}

/** A table only screen readers see: one row per bar or cell. */
function hiddenTable(parent: HTMLElement, caption: string, rows: [string, string][]): void {
	// The hiding is on a wrapper: a table's own height cannot be squeezed to 1 px.
	const table = parent.createDiv({ cls: "active-network-visually-hidden" }).createEl("table");
	table.createEl("caption", { text: caption });
	const body = table.createEl("tbody");
	for (const [a, b] of rows) {
		const tr = body.createEl("tr");
		tr.createEl("th", { text: a, attr: { scope: "row" } });
		tr.createEl("td", { text: b });
	}
}

/** The last 12 months of a person's touchpoints as bars, under a heading. */
export function renderTouchpointChart(parent: HTMLElement, touchpoints: readonly Touchpoint[], today: IsoDate): SVGSVGElement {
	const months: MonthCount[] = touchpointsByMonth(touchpoints, today);
	const max = Math.max(1, ...months.map((m) => m.count));
	const wrap = parent.createDiv({ cls: "active-network-history" });
	wrap.createDiv({ cls: "active-network-panel-heading", text: "Touchpoints, last 12 months" });
	const width = months.length * (BAR + GAP) - GAP;
	const svg = wrap.createSvg("svg", {
		cls: "active-network-month-chart",
		attr: { viewBox: `0 0 ${width} ${CHART_HEIGHT + LABEL}`, role: "img", "aria-label": `Touchpoints by month: ${monthsText(months)}` },
	});
	months.forEach((m, i) => {
		const h = m.count === 0 ? 1 : Math.max(3, Math.round((m.count / max) * CHART_HEIGHT));
		const bar = svg.createSvg("rect", {
			cls: `active-network-bar${m.count === 0 ? " mod-zero" : ""}`,
			attr: { x: i * (BAR + GAP), y: CHART_HEIGHT - h, width: BAR, height: h, rx: 2, "data-month": m.month, "data-count": m.count },
		});
		bar.createSvg("title").setText(`${m.name} ${m.month.slice(0, 4)}: ${plural(m.count)}`);
		svg.createSvg("text", { cls: "active-network-bar-label", attr: { x: i * (BAR + GAP) + BAR / 2, y: CHART_HEIGHT + LABEL - 2, "text-anchor": "middle", "aria-hidden": "true" } }).setText(m.name.charAt(0));
	});
	hiddenTable(wrap, "Touchpoints by month", months.map((m) => [`${m.name} ${m.month.slice(0, 4)}`, plural(m.count)]));
	return svg;
}

const CELL = 5;
const CELL_GAP = 1;
const HEAT_HEIGHT = 18;

/** 0 (none) to 4 (the busiest weeks), relative to the busiest week. */
export function heatLevel(count: number, max: number): number {
	return count === 0 || max === 0 ? 0 : Math.min(4, Math.ceil((4 * count) / max));
}

/** What the reminders view keeps across renders: whether the heatmap is open. */
export interface HeatmapState {
	open: boolean;
}

/** The network's last 53 weeks, one cell per week, in a collapsible section. */
export function renderNetworkHeatmap(parent: HTMLElement, network: Network, today: IsoDate, state: HeatmapState): HTMLElement {
	const weeks: WeekCount[] = networkTouchpointsByWeek(network, today);
	const max = Math.max(0, ...weeks.map((w) => w.count));
	const total = weeks.reduce((n, w) => n + w.count, 0);
	const reached = weeks.filter((w) => w.count > 0).length;
	const details = parent.createEl("details", { cls: "active-network-section active-network-heatmap" });
	details.open = state.open;
	details.addEventListener("toggle", () => (state.open = details.open));
	const summary = details.createEl("summary", { cls: "active-network-section-title" });
	summary.createSpan({ text: "Weeks you reached out" });
	summary.createSpan({ cls: "active-network-count", text: `${reached} of ${weeks.length}` });
	const body = details.createDiv({ cls: "active-network-heatmap-body" });
	const width = weeks.length * (CELL + CELL_GAP) - CELL_GAP;
	const svg = body.createSvg("svg", {
		cls: "active-network-week-heatmap",
		attr: { viewBox: `0 0 ${width} ${HEAT_HEIGHT}`, role: "img", "aria-label": `${total} touchpoints in the last ${weeks.length} weeks; you reached out in ${reached} of them` },
	});
	weeks.forEach((w, i) => {
		const cell = svg.createSvg("rect", {
			cls: `active-network-heat mod-level-${heatLevel(w.count, max)}`,
			attr: { x: i * (CELL + CELL_GAP), y: 0, width: CELL, height: HEAT_HEIGHT, rx: 1, "data-week": w.start, "data-count": w.count },
		});
		cell.createSvg("title").setText(`Week of ${w.start}: ${plural(w.count)}`);
	});
	const legend = body.createDiv({ cls: "active-network-heatmap-legend" });
	legend.createSpan({ text: weeks[0] ? `From ${weeks[0].start}` : "" });
	legend.createSpan({ text: max > 0 ? `Busiest week: ${plural(max)}` : "No touchpoints yet" });
	hiddenTable(body, "Touchpoints by week", weeks.map((w) => [`Week of ${w.start}`, plural(w.count)]));
	return details;
}
