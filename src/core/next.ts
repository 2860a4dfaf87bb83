/**
 * Next touchpoints: who to be in touch with now, most urgent first, each with its reasons and what to
 * bring up (an open promise, what they need, what you talked about last).
 */
import { coldReport, compareNames, personState } from "./cold";
import { daysBetween, type IsoDate } from "./dates";
import type { Network } from "./network";
import { nextBirthday } from "./people";
import { openPromises } from "./promises";
import { ledgerFor } from "./reciprocity";
import type { Settings } from "./settings";
import type { Touchpoint } from "./touchpoints";

/** `balance` (give and take gone one-sided) only ever joins another reason; it never lists a person alone. */
export type ReasonKind = "promise-overdue" | "promise-due" | "birthday" | "cold" | "never" | "balance";

export interface Reason {
	kind: ReasonKind;
	detail: string;
	/** For promise reasons: where the task is. */
	file?: string;
	line?: number;
}

export interface NextTouchpoint {
	path: string;
	name: string;
	score: number;
	reasons: Reason[];
	/** What to bring up: their needs, open promises, the last touchpoint's text. */
	bringUp: string[];
	lastContact: IsoDate | null;
}

function lastTime(t: Touchpoint): string {
	if (t.kind === "note") return t.text === t.date ? `Last time: ${t.date} (daily note)` : `Last time (${t.date}): ${t.text}`;
	if (t.kind === "field") return `Last time: ${t.date} (last_contact)`;
	return `Last time (${t.date}): ${t.text || "(no note)"}`;
}

function days(n: number): string {
	return `${n} day${n === 1 ? "" : "s"}`;
}

export function nextTouchpoints(network: Network, settings: Settings, today: IsoDate, limit = 10): NextTouchpoint[] {
	const byPerson = new Map<string, NextTouchpoint>();
	const entry = (path: string): NextTouchpoint | null => {
		const person = network.people.get(path);
		if (!person) return null;
		let e = byPerson.get(path);
		if (!e) {
			const last = network.touchpoints.get(path)?.[0];
			e = { path, name: person.name, score: 0, reasons: [], bringUp: [], lastContact: last?.date ?? null };
			if (person.needs.length > 0) e.bringUp.push(`How can I help? They need: ${person.needs.join("; ")}`);
			if (last) e.bringUp.push(lastTime(last));
			byPerson.set(path, e);
		}
		return e;
	};
	const state = (path: string) => {
		const p = network.people.get(path);
		return p ? personState(p, network, settings, today) : null;
	};
	for (const p of openPromises(network, today)) {
		for (const path of p.people) {
			const s = state(path);
			if (!s || s.status === "paused" || s.status === "snoozed") continue;
			const e = entry(path);
			if (!e || p.daysLeft === null) continue;
			const who = p.direction === "mine" ? "you promised" : "they promised";
			if (p.overdue) {
				e.score += 100 + Math.min(-p.daysLeft, 365);
				e.reasons.push({ kind: "promise-overdue", detail: `${who}: ${p.text} (due ${p.due}, ${days(-p.daysLeft)} overdue)`, file: p.file, line: p.line });
			} else if (p.daysLeft <= settings.promiseHorizonDays) {
				e.score += 60 + (settings.promiseHorizonDays - p.daysLeft);
				e.reasons.push({ kind: "promise-due", detail: `${who}: ${p.text} (due ${p.due}, in ${days(p.daysLeft)})`, file: p.file, line: p.line });
			} else continue;
			e.bringUp.unshift(`Open promise: ${p.text}`);
		}
	}
	for (const person of network.people.values()) {
		if (!person.birthday) continue;
		const s = state(person.path);
		// Paused: no reminders; snoozed: no reminders before snooze_until (as for promises above).
		if (!s || s.status === "paused" || s.status === "snoozed") continue;
		const next = nextBirthday(person.birthday, today);
		const until = daysBetween(today, next);
		if (until > settings.birthdayHorizonDays) continue;
		const e = entry(person.path);
		if (!e) continue;
		e.score += 50 + (settings.birthdayHorizonDays - until);
		const age = person.birthday.year ? ` (turns ${Number(next.slice(0, 4)) - person.birthday.year})` : "";
		e.reasons.push({ kind: "birthday", detail: until === 0 ? `birthday today${age}` : `birthday on ${next}, in ${days(until)}${age}` });
	}
	const cold = coldReport(network, settings, today);
	for (const s of cold.cold) {
		const e = entry(s.path);
		if (!e) continue;
		const ratio = s.daysOverdue / (s.cadenceDays || 1);
		e.score += 20 + Math.min(30, 20 * ratio);
		e.reasons.push({ kind: "cold", detail: `last contact ${s.lastContact} (${days(daysBetween(s.lastContact ?? today, today))} ago), ${days(s.daysOverdue)} past a ${days(s.cadenceDays ?? 0)} cadence` });
	}
	for (const s of cold.never) {
		const e = entry(s.path);
		if (!e) continue;
		e.score += 10;
		e.reasons.push({ kind: "never", detail: "never contacted" });
	}
	for (const e of byPerson.values()) {
		if (e.reasons.length === 0) continue;
		const ledger = ledgerFor(network, e.path, settings);
		if (ledger.note) e.reasons.push({ kind: "balance", detail: ledger.note });
	}
	return [...byPerson.values()]
		.filter((e) => e.reasons.length > 0)
		.map((e) => ({ ...e, score: Math.round(e.score * 10) / 10 }))
		.sort((a, b) => b.score - a.score || compareNames(a, b))
		.slice(0, Math.max(0, limit));
}
