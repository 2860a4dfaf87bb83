/**
 * What the plugin's sidebar and list views show: today's reminders (overdue and coming promises,
 * birthdays, the coldest people), and the filters and sort orders of the cold and promises lists. Pure
 * functions of the network, the settings and `today`.
 */
import { coldReport, type PersonState, personState } from "./cold";
import { compareNames, nameCollator } from "./orders";
import { daysBetween, type IsoDate } from "./dates";
import type { Network } from "./network";
import { nextBirthday } from "./people";
import { type OpenPromise, openPromises } from "./promises";
import type { Settings } from "./settings";

export interface BirthdayReminder {
	path: string;
	name: string;
	/** The next birthday, on or after today. */
	date: IsoDate;
	daysUntil: number;
	/** The age they turn, when the birth year is known. */
	turns: number | null;
}

/** Birthdays within `settings.birthdayHorizonDays` (paused people excepted), soonest first. */
export function upcomingBirthdays(network: Network, settings: Settings, today: IsoDate): BirthdayReminder[] {
	const out: BirthdayReminder[] = [];
	for (const person of network.people.values()) {
		if (!person.birthday) continue;
		if (personState(person, network, settings, today).status === "paused") continue;
		const date = nextBirthday(person.birthday, today);
		const daysUntil = daysBetween(today, date);
		if (daysUntil > settings.birthdayHorizonDays) continue;
		out.push({ path: person.path, name: person.name, date, daysUntil, turns: person.birthday.year ? Number(date.slice(0, 4)) - person.birthday.year : null });
	}
	return out.sort((a, b) => a.daysUntil - b.daysUntil || compareNames(a, b));
}

export interface Reminders {
	/** Open promises past their due date, mine and theirs, most overdue first. */
	overdue: OpenPromise[];
	/** Open promises due today or within `settings.promiseHorizonDays`. */
	dueSoon: OpenPromise[];
	birthdays: BirthdayReminder[];
	/** The coldest people, most overdue relative to their cadence first. */
	cold: PersonState[];
	/** How many people are cold in all (`cold` may be cut to a limit). */
	coldTotal: number;
	/** How many people were never contacted. */
	never: number;
	/**
	 * Per person (path), the sections they are listed under, in the sidebar's order: one person can be
	 * an overdue promise, a birthday and the coldest at once, and `alsoListed` ties those rows together.
	 */
	listedIn: Map<string, { name: string; sections: ReminderSection[] }>;
}

export type ReminderSection = "overdue" | "due-soon" | "birthdays" | "cold";

export const REMINDER_SECTION_TITLES: Record<ReminderSection, string> = {
	overdue: "Overdue promises",
	"due-soon": "Promises due soon",
	birthdays: "Birthdays",
	cold: "Coldest people",
};

function listWords(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The mark on a row for people also listed under other sections, e.g. "also under Birthdays and
 * Coldest people" (with their names when the row is a promise with several people); "" when none.
 */
export function alsoListed(r: Reminders, paths: readonly string[], here: ReminderSection): string {
	const parts: string[] = [];
	for (const path of paths) {
		const entry = r.listedIn.get(path);
		const others = entry ? entry.sections.filter((s) => s !== here).map((s) => REMINDER_SECTION_TITLES[s]) : [];
		if (others.length === 0 || !entry) continue;
		parts.push(`${paths.length > 1 ? `${entry.name} ` : ""}also under ${listWords(others)}`);
	}
	return parts.join("; ");
}

/**
 * Today's reminders. A promise is left out when every person it is with is snoozed or paused (as in
 * next touchpoints); `coldLimit` cuts the cold list.
 */
export function reminders(network: Network, settings: Settings, today: IsoDate, coldLimit = 5): Reminders {
	const quiet = new Map<string, boolean>();
	const isQuiet = (path: string): boolean => {
		let q = quiet.get(path);
		if (q === undefined) {
			const p = network.people.get(path);
			const status = p ? personState(p, network, settings, today).status : "ok";
			q = status === "snoozed" || status === "paused";
			quiet.set(path, q);
		}
		return q;
	};
	const overdue: OpenPromise[] = [];
	const dueSoon: OpenPromise[] = [];
	for (const p of openPromises(network, today)) {
		if (p.daysLeft === null || p.people.every(isQuiet)) continue;
		if (p.overdue) overdue.push(p);
		else if (p.daysLeft <= settings.promiseHorizonDays) dueSoon.push(p);
	}
	const cold = coldReport(network, settings, today);
	const birthdays = upcomingBirthdays(network, settings, today);
	const coldest = cold.cold.slice(0, Math.max(0, coldLimit));
	const listedIn: Reminders["listedIn"] = new Map();
	const mark = (path: string, section: ReminderSection) => {
		let entry = listedIn.get(path);
		if (!entry) listedIn.set(path, (entry = { name: network.people.get(path)?.name ?? path, sections: [] }));
		if (!entry.sections.includes(section)) entry.sections.push(section);
	};
	for (const p of overdue) for (const path of p.people) mark(path, "overdue");
	for (const p of dueSoon) for (const path of p.people) mark(path, "due-soon");
	for (const b of birthdays) mark(b.path, "birthdays");
	for (const s of coldest) mark(s.path, "cold");
	return { overdue, dueSoon, birthdays, cold: coldest, coldTotal: cold.cold.length, never: cold.never.length, listedIn };
}

/** Every circle named by a person, sorted. */
export function circlesOf(network: Network): string[] {
	const set = new Set<string>();
	for (const p of network.people.values()) for (const c of p.circles) set.add(c);
	return [...set].sort();
}

/** Does a person's name or one of their aliases contain `query` (case-insensitive)? */
export function personMatches(network: Network, path: string, query: string): boolean {
	const q = query.trim().toLowerCase();
	if (q === "") return true;
	const p = network.people.get(path);
	if (!p) return false;
	return p.name.toLowerCase().includes(q) || p.aliases.some((a) => a.toLowerCase().includes(q));
}

export type ColdSort = "ratio" | "overdue" | "last-contact" | "name";

export interface ColdFilter {
	/** Only people in this circle. */
	circle?: string | null;
	/** Only people whose name or alias contains this. */
	person?: string;
	sort?: ColdSort;
}

/** Filters and sorts cold people (the default sort, `ratio`, is the cold report's own order). */
export function filterCold(network: Network, states: readonly PersonState[], f: ColdFilter): PersonState[] {
	const list = states.filter((s) => (!f.circle || s.circles.includes(f.circle)) && personMatches(network, s.path, f.person ?? ""));
	switch (f.sort ?? "ratio") {
		case "overdue":
			return list.sort((a, b) => b.daysOverdue - a.daysOverdue || compareNames(a, b));
		case "last-contact":
			return list.sort((a, b) => (a.lastContact ?? "").localeCompare(b.lastContact ?? "") || compareNames(a, b));
		case "name":
			return list.sort(compareNames);
		default:
			return list;
	}
}

export type PromiseSort = "due" | "person" | "note";

export interface PromiseFilter {
	circle?: string | null;
	direction?: "mine" | "theirs" | null;
	/** Only promises with this person (a path). */
	person?: string | null;
	sort?: PromiseSort;
}

/** The name of a promise's first person, for sorting and display. */
export function firstPersonName(network: Network, p: { people: readonly string[] }): string {
	const first = p.people[0];
	return first === undefined ? "" : (network.people.get(first)?.name ?? first);
}

/** Filters and sorts open promises (the default sort, `due`, is overdue first, then by due date). */
export function filterPromises(network: Network, list: readonly OpenPromise[], f: PromiseFilter): OpenPromise[] {
	const out = list.filter(
		(p) =>
			(!f.direction || p.direction === f.direction) &&
			(!f.person || p.people.includes(f.person)) &&
			(!f.circle || p.people.some((path) => network.people.get(path)?.circles.includes(f.circle as string))),
	);
	switch (f.sort ?? "due") {
		case "person":
			return out.sort((a, b) => nameCollator.compare(firstPersonName(network, a), firstPersonName(network, b)) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
		case "note":
			return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
		default:
			return out;
	}
}
