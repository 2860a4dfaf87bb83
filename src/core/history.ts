/**
 * History you can see: touchpoints counted by month for one person (the person panel's chart) and by
 * week for the whole network (the reminders heatmap). Pure counts over `network.touchpoints`: nothing is
 * kept between calls, and `today` is passed in.
 */
import { addDays, daysBetween, type IsoDate } from "./dates";
import type { Network } from "./network";
import type { Touchpoint } from "./touchpoints";

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface MonthCount {
	/** `YYYY-MM`. */
	month: string;
	/** The month's name ("March"), for labels and the text alternative. */
	name: string;
	count: number;
}

export interface WeekCount {
	/** The Monday the week starts on. */
	start: IsoDate;
	count: number;
}

/** The `months` calendar months ending with today's, oldest first, each with its touchpoints. */
export function touchpointsByMonth(touchpoints: readonly Touchpoint[], today: IsoDate, months = 12): MonthCount[] {
	const year = Number(today.slice(0, 4));
	const month = Number(today.slice(5, 7));
	const out: MonthCount[] = [];
	const at = new Map<string, MonthCount>();
	for (let i = months - 1; i >= 0; i--) {
		const index = year * 12 + (month - 1) - i;
		const m = (index % 12) + 1;
		const key = `${String(Math.floor(index / 12)).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
		const entry = { month: key, name: MONTH_NAMES[m - 1] ?? "", count: 0 };
		out.push(entry);
		at.set(key, entry);
	}
	for (const t of countable(touchpoints, today)) {
		const entry = at.get(t.date.slice(0, 7));
		if (entry) entry.count++;
	}
	return out;
}

/** The Monday on or before `date`. */
export function weekStart(date: IsoDate): IsoDate {
	// 1970-01-05 was a Monday.
	const offset = ((daysBetween("1970-01-05", date) % 7) + 7) % 7;
	return addDays(date, -offset);
}

/** The `weeks` weeks (Monday first) ending with today's, oldest first, each with the network's touchpoints. */
export function networkTouchpointsByWeek(network: Network, today: IsoDate, weeks = 53): WeekCount[] {
	const last = weekStart(today);
	const first = addDays(last, -7 * (weeks - 1));
	const out: WeekCount[] = [];
	for (let i = 0; i < weeks; i++) out.push({ start: addDays(first, 7 * i), count: 0 });
	for (const list of network.touchpoints.values()) {
		for (const t of countable(list, today)) {
			if (t.date < first) continue;
			const i = Math.floor(daysBetween(first, t.date) / 7);
			const entry = out[i];
			if (entry) entry.count++;
		}
	}
	return out;
}

/**
 * The touchpoints that count, up to today: a `last_contact` field on a day that already has a logged
 * touchpoint of the same person says the same contact again and is left out.
 */
function countable(list: readonly Touchpoint[], today: IsoDate): Touchpoint[] {
	const logged = new Set(list.filter((t) => t.kind !== "field").map((t) => t.date));
	return list.filter((t) => t.date <= today && (t.kind !== "field" || !logged.has(t.date)));
}

/** "March: 2 touchpoints, April: none, ...": the chart as a sentence for screen readers. */
export function monthsText(months: readonly MonthCount[]): string {
	return months.map((m) => `${m.name} ${m.month.slice(0, 4)}: ${m.count === 0 ? "none" : m.count === 1 ? "1 touchpoint" : `${m.count} touchpoints`}`).join(", ");
}
