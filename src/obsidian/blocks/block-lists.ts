/**
 * What an `active-network` block shows for each list: the same rows, wording and actions as the views
 * (rows.ts, wording.ts). Note text only reaches the DOM as text.
 */
import {
	type BlockQuery, coldReport, filterCold, filterPromises, type IsoDate, type Network, nextTouchpoints, openPromises, upcomingBirthdays,
} from "../../core";
import type { NetworkHost } from "../host";
import { personActions, renderEmpty, renderPromiseRow, renderRow, renderSection } from "../views/rows";
import { birthdayWhen, cadenceWhy, coldWhen, touchpointLine } from "../views/wording";

function inCircle(network: Network, path: string, circle: string | null): boolean {
	if (circle === null) return true;
	const want = circle.toLowerCase();
	return (network.people.get(path)?.circles ?? []).some((c) => c.toLowerCase() === want);
}

/** The first `limit` (all when null), and a line saying how many more there are. */
function cutList<T>(el: HTMLElement, list: T[], limit: number | null): T[] {
	if (limit === null || list.length <= limit) return list;
	el.createDiv({ cls: "active-network-block-more", text: `… and ${list.length - limit} more (raise the limit to see them)` });
	return list.slice(0, limit);
}

function circleNote(q: BlockQuery): string {
	return q.circle === null ? "" : ` in ${q.circle}`;
}

export function renderTouchpoints(el: HTMLElement, host: NetworkHost, network: Network, q: BlockQuery, today: IsoDate): void {
	const all = nextTouchpoints(network, host.settings, today, Number.MAX_SAFE_INTEGER).filter((t) => inCircle(network, t.path, q.circle));
	if (all.length === 0) return void renderEmpty(el, `Nobody${circleNote(q)} needs a touchpoint right now.`);
	const rows = renderSection(el, "Next touchpoints", all.length);
	for (const t of cutList(el, all, q.limit ?? 10)) {
		renderRow(rows, {
			who: t.name,
			why: t.reasons.map((r) => touchpointLine(r.detail)).join(" · "),
			when: t.lastContact ? `Last contact ${t.lastContact}` : "Never contacted",
			open: (evt) => void host.actions.openNote(t.path, null, evt),
			actions: personActions(host, t.path),
		});
	}
}

export function renderCold(el: HTMLElement, host: NetworkHost, network: Network, q: BlockQuery, today: IsoDate, never: boolean): void {
	const report = coldReport(network, host.settings, today);
	const list = filterCold(network, never ? report.never : report.cold, { circle: q.circle, person: "", sort: never ? "name" : "ratio" });
	if (list.length === 0) return void renderEmpty(el, never ? `Everyone${circleNote(q)} has a touchpoint.` : `No one${circleNote(q)} is cold: everyone is within their cadence.`);
	const rows = renderSection(el, never ? "Never contacted" : "Cold", list.length);
	for (const s of cutList(el, list, q.limit)) {
		renderRow(rows, {
			who: s.circles.length > 0 ? `${s.name} (${s.circles.join(", ")})` : s.name,
			why: cadenceWhy(s),
			when: never ? "No touchpoint yet: log one, or set last_contact" : coldWhen(s, today),
			whenCls: never ? undefined : "mod-overdue",
			open: (evt) => void host.actions.openNote(s.path, null, evt),
			actions: personActions(host, s.path),
		});
	}
}

export function renderPromises(el: HTMLElement, host: NetworkHost, network: Network, q: BlockQuery, today: IsoDate): void {
	const list = filterPromises(network, openPromises(network, today), { direction: q.direction, circle: q.circle, person: null, sort: "due" }).filter(
		(p) => (!q.overdue || p.overdue) && (q.withinDays === null || (p.daysLeft !== null && p.daysLeft <= q.withinDays)),
	);
	if (list.length === 0) return void renderEmpty(el, "No open promises match this block.");
	const overdue = list.filter((p) => p.overdue).length;
	const rows = renderSection(el, overdue > 0 ? `Open promises, ${overdue} overdue` : "Open promises", list.length);
	for (const p of cutList(el, list, q.limit)) {
		renderPromiseRow(rows, host, network, p);
	}
}

export function renderBirthdays(el: HTMLElement, host: NetworkHost, network: Network, q: BlockQuery, today: IsoDate): void {
	const horizon = q.withinDays ?? host.settings.birthdayHorizonDays;
	const list = upcomingBirthdays(network, { ...host.settings, birthdayHorizonDays: horizon }, today).filter((b) => inCircle(network, b.path, q.circle));
	if (list.length === 0) return void renderEmpty(el, `No birthdays${circleNote(q)} in the next ${horizon} days.`);
	const rows = renderSection(el, "Birthdays", list.length);
	for (const b of cutList(el, list, q.limit)) {
		renderRow(rows, {
			who: b.name,
			why: b.turns === null ? "Birthday" : `Birthday, turns ${b.turns}`,
			when: birthdayWhen(b.daysUntil, b.date),
			whenCls: b.daysUntil === 0 ? "mod-soon" : undefined,
			open: (evt) => void host.actions.openNote(b.path, null, evt),
			actions: personActions(host, b.path),
		});
	}
}
