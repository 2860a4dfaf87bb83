/**
 * Reminders as calendar events (conventions.md, section 8): birthdays yearly, open promises on their due
 * date, check-ins (cold and never-contacted people today, others with a cadence on their due date). Pure:
 * the network, the settings and `today` in, events and problems out; the existing queries (people
 * states, cold report, open promises) decide who is cold and what is open. calendar-ics.ts writes them.
 */
import { coldReport, type PersonState, peopleStates } from "./cold";
import { formatIso, type IsoDate, isRealDate, parseIsoDate } from "./dates";
import type { Network } from "./network";
import { nextBirthday, type Person } from "./people";
import type { Problem } from "./problems";
import { type OpenPromise, openPromises } from "./promises";
import type { Settings } from "./settings";
import { taskText } from "./task-text";
import { days, eventUid, everyText, obsidianUrl, promiseLine, promiseSummary } from "./calendar-words";

export type CalendarEventKind = "birthday" | "promise" | "check-in";

export interface CalendarEvent {
	/** Stays the same from one export to the next while what the event stands for is unchanged. */
	uid: string;
	kind: CalendarEventKind;
	/** The all-day event's (first) day, DTSTART. */
	date: IsoDate;
	/** The next day it falls on, on or after today (a yearly event); else `date`. */
	next: IsoDate;
	yearly: boolean;
	/** A birthday on 29 February: it recurs on the last day of February. */
	lastDayOfFebruary: boolean;
	summary: string;
	/** What to bring up, one line each. */
	description: string[];
	/** The note the URL opens (the person's; a promise's first person's). */
	note: string;
	url: string;
	people: string[];
}

export interface Calendar {
	events: CalendarEvent[];
	/** What was left out, and why (a person with no name, an impossible date). */
	problems: Problem[];
}

const KIND_ORDER: Record<CalendarEventKind, number> = { birthday: 0, promise: 1, "check-in": 2 };

/** Snoozed and paused people get no reminders (as in the plugin's views); their promises neither. */
function isQuiet(s: PersonState | undefined): boolean {
	return s?.status === "snoozed" || s?.status === "paused";
}

/**
 * The calendar's events on `today`, by the day they next fall on, then kind and title. `vaultName` is
 * the vault's name as Obsidian knows it (its folder's name), for the links.
 */
export function calendarEvents(network: Network, settings: Settings, today: IsoDate, vaultName: string): Calendar {
	const problems: Problem[] = [];
	const states = new Map(peopleStates(network, settings, today).map((s) => [s.path, s]));
	const named = new Map<string, Person>();
	for (const person of network.people.values()) {
		if (person.name.trim() === "") {
			problems.push({ path: person.path, line: null, severity: "warning", message: "a person note with no name (the file name is empty) is left out of the calendar" });
		} else named.set(person.path, person);
	}
	const open = openPromises(network, today);
	const byPerson = new Map<string, OpenPromise[]>();
	for (const p of open) {
		for (const path of p.people) {
			let list = byPerson.get(path);
			if (!list) byPerson.set(path, (list = []));
			list.push(p);
		}
	}
	/** What to bring up with a person: their open promises (but `except`), and their needs. */
	const bringUp = (path: string, except?: OpenPromise): string[] => {
		const person = named.get(path);
		if (!person) return [];
		const lines = (byPerson.get(path) ?? []).filter((p) => p !== except).map(promiseLine);
		for (const need of person.needs) lines.push(`How can I help? ${need}`);
		return lines;
	};
	const url = (path: string) => obsidianUrl(vaultName, path);
	const events: CalendarEvent[] = [];
	const add = (e: Omit<CalendarEvent, "url" | "next" | "lastDayOfFebruary"> & Partial<CalendarEvent>, where: { path: string; line: number | null }): void => {
		if (parseIsoDate(e.date) === null) {
			problems.push({ ...where, severity: "error", message: `"${e.date}" is not a real date: no calendar event for "${e.summary}"` });
			return;
		}
		events.push({ next: e.date, lastDayOfFebruary: false, url: url(e.note), ...e });
	};

	for (const person of named.values()) {
		const b = person.birthday;
		if (!b || isQuiet(states.get(person.path))) continue;
		if (!isRealDate(2000, b.month, b.day) || (b.year !== null && !isRealDate(b.year, b.month, b.day))) {
			problems.push({ path: person.path, line: null, severity: "error", message: `birthday ${b.year ?? "--"}-${b.month}-${b.day} is not a real date: no calendar event` });
			continue;
		}
		const leapDay = b.month === 2 && b.day === 29;
		const year = b.year ?? Number(today.slice(0, 4));
		// Without a year, 29 February starts on the current year's last day of February.
		const date = formatIso(year, b.month, leapDay && !isRealDate(year, 2, 29) ? 28 : b.day);
		const lines = b.year === null ? [] : [`Born ${formatIso(b.year, b.month, b.day)}.`];
		add({
			uid: eventUid("birthday", person.path), kind: "birthday", date, next: nextBirthday(b, today), yearly: true, lastDayOfFebruary: leapDay,
			summary: `Birthday: ${person.name}`, description: [...lines, ...bringUp(person.path)], note: person.path, people: [person.path],
		}, { path: person.path, line: null });
	}

	// A promise is known by its file and its text without bookkeeping (not its line, which moves when
	// lines are added above it); identical texts in one file are told apart by their order.
	const seen = new Map<string, number>();
	const byLine = [...network.promises].sort((a, c) => (a.file < c.file ? -1 : a.file > c.file ? 1 : a.line - c.line));
	const occurrence = new Map<string, number>();
	for (const p of byLine) {
		const key = `${p.file}\u0000${taskText(p.text)}`;
		const n = seen.get(key) ?? 0;
		seen.set(key, n + 1);
		occurrence.set(`${p.file}\u0000${p.line}`, n);
	}
	for (const p of open) {
		if (p.due === null) continue;
		const people = p.people.filter((path) => named.has(path));
		if (people.length === 0 || people.every((path) => isQuiet(states.get(path)))) continue;
		const names = people.map((path) => named.get(path)?.name ?? path);
		const also = people.flatMap((path) => bringUp(path, p).map((l) => (people.length > 1 ? `${named.get(path)?.name}: ${l}` : l)));
		add({
			uid: eventUid("promise", p.file, taskText(p.text), occurrence.get(`${p.file}\u0000${p.line}`) ?? 0), kind: "promise", date: p.due, yearly: false,
			summary: promiseSummary(p, names), description: [`Written in ${p.file}, line ${p.line}.`, ...[...new Set(also)]], note: people[0] as string, people,
		}, { path: p.file, line: p.line });
	}

	const cold = coldReport(network, settings, today);
	const checkIns: { s: PersonState; date: IsoDate | null; why: string }[] = [
		...cold.cold.map((s) => ({ s, date: today, why: `${days(s.daysOverdue)} past ${s.cadence ? everyText(s.cadence) : "their cadence"}` })),
		...cold.never.map((s) => ({ s, date: today, why: "never contacted" })),
	];
	for (const s of states.values()) {
		if (s.status === "ok" && s.cadence) checkIns.push({ s, date: s.due, why: everyText(s.cadence) });
		const until = named.get(s.path)?.snoozeUntil ?? null;
		if (s.status === "snoozed" && s.cadence && until !== null) {
			// Back on the list when the snooze ends, or at the due date when that is later.
			const date = s.due !== null && s.due > until ? s.due : until;
			checkIns.push({ s, date, why: `snoozed until ${until}, ${everyText(s.cadence)}` });
		}
	}
	for (const { s, date, why } of checkIns) {
		const person = named.get(s.path);
		if (!person || date === null) continue;
		const last = s.lastContact === null ? [] : [`Last contact: ${s.lastContact}.`];
		add({
			uid: eventUid("check-in", s.path), kind: "check-in", date, yearly: false,
			summary: `Check in with ${person.name}: ${why}`, description: [...last, ...bringUp(s.path)], note: s.path, people: [s.path],
		}, { path: s.path, line: null });
	}
	events.sort((a, b) => (a.next < b.next ? -1 : a.next > b.next ? 1 : 0) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0) || (a.uid < b.uid ? -1 : 1));
	return { events, problems };
}
