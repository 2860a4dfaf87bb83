/**
 * Next touchpoints: who to be in touch with now, most urgent first, each with its reasons and what to
 * bring up (an open promise, what they need, what you talked about last).
 */
import { describeCadence } from "./cadence";
import { personState } from "./cold";
import { compareNames } from "./orders";
import { days, daysBetween, type IsoDate } from "./dates";
import type { Network } from "./network";
import { nextBirthday, type Person } from "./people";
import { memoPerDay } from "./answer-cache";
import { isOpen, type OpenPromise, openPromise, openPromises } from "./promises";
import { pathOf, PersonOrder } from "./person-order";
import { ledgerFor } from "./reciprocity";
import type { Settings } from "./settings";
import { driftDetail, rhythmOfTouches } from "./rhythm";
import type { PromiseTask, Touchpoint } from "./touchpoints";

/** `balance` (give and take gone one-sided) only ever joins another reason; it never lists a person alone. */
export type ReasonKind = "promise-overdue" | "promise-due" | "birthday" | "cold" | "never" | "drift" | "balance";

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
	/**
	 * What to bring up: open promises that are not already a reason (no due date yet, or due later), in
	 * the promises' order; what they need; the last touchpoint's text.
	 */
	bringUp: string[];
	lastContact: IsoDate | null;
}

function lastTime(t: Touchpoint): string {
	if (t.kind === "note") return t.text === t.date ? `Last time: ${t.date} (daily note)` : `Last time (${t.date}): ${t.text}`;
	if (t.kind === "field") return `Last time: ${t.date} (last_contact)`;
	return `Last time (${t.date}): ${t.text || "(no note)"}`;
}

/** Who to be in touch with now, most urgent first, at most `limit` (ranked once per network and day). */
export function nextTouchpoints(network: Network, settings: Settings, today: IsoDate, limit = 10): NextTouchpoint[] {
	return ranked(network, settings, today).rows.slice(0, Math.max(0, limit));
}

/** What a person brings to the ranking by themselves (birthday, cold, never, what to bring up). */
interface PersonPart {
	score: number;
	reasons: Reason[];
	bringUp: string[];
	lastContact: IsoDate | null;
	/** Paused or snoozed: no reminders at all, promises included. */
	quiet: boolean;
	/** The give-and-take note, added when the person is listed for another reason. */
	balance: string | null;
}

/**
 * Each person's part, kept per settings, person (a new object when the note changes), day and
 * touchpoint list (a new array when their touchpoints change): after an update only the people it
 * touched are worked out again.
 */
const parts = new WeakMap<Settings, WeakMap<Person, { today: IsoDate; touches: unknown; part: PersonPart }>>();

function personPart(person: Person, network: Network, settings: Settings, today: IsoDate): PersonPart {
	const touches = network.touchpoints.get(person.path);
	let bySettings = parts.get(settings);
	if (!bySettings) parts.set(settings, (bySettings = new WeakMap()));
	const hit = bySettings.get(person);
	if (hit && hit.today === today && hit.touches === touches) return hit.part;
	const s = personState(person, network, settings, today);
	const last = touches?.[0];
	const part: PersonPart = { score: 0, reasons: [], bringUp: [], lastContact: last?.date ?? null, quiet: s.status === "paused" || s.status === "snoozed", balance: null };
	if (person.needs.length > 0) part.bringUp.push(`How can I help? They need: ${person.needs.join("; ")}`);
	if (last) part.bringUp.push(lastTime(last));
	if (!part.quiet && person.birthday) {
		// Paused: no reminders; snoozed: no reminders before snooze_until.
		const next = nextBirthday(person.birthday, today);
		const until = daysBetween(today, next);
		if (until <= settings.birthdayHorizonDays) {
			part.score += 50 + (settings.birthdayHorizonDays - until);
			const age = person.birthday.year ? ` (turns ${Number(next.slice(0, 4)) - person.birthday.year})` : "";
			part.reasons.push({ kind: "birthday", detail: until === 0 ? `birthday today${age}` : `birthday on ${next}, in ${days(until)}${age}` });
		}
	}
	if (s.status === "cold") {
		const ratio = s.daysOverdue / (s.cadenceDays || 1);
		part.score += 20 + Math.min(30, 20 * ratio);
		part.reasons.push({ kind: "cold", detail: `last contact ${s.lastContact} (${days(daysBetween(s.lastContact ?? today, today))} ago), ${days(s.daysOverdue)} overdue for ${describeCadence(s.cadence)}` });
	} else if (s.status === "never") {
		part.score += 10;
		part.reasons.push({ kind: "never", detail: "never contacted" });
	} else if (s.status === "ok" && touches) {
		// Drifting: not cold yet, but far past how often you are usually in touch (section 5).
		const rhythm = rhythmOfTouches(touches, today);
		const drift = driftDetail(rhythm, s.lastContact, today);
		if (drift !== null && rhythm !== null) {
			// 14 to 19: below every cold person (20 and up), above the never contacted (10).
			part.score += 12 + Math.min(7, daysBetween(s.lastContact ?? today, today) / rhythm);
			part.reasons.push({ kind: "drift", detail: drift });
		}
	}
	part.balance = ledgerFor(network, person.path, settings).note;
	bySettings.set(person, { today, touches, part });
	return part;
}

/** Reasons per open promise (those objects are kept per promise and day) and horizon. */
const reasonMemo = new WeakMap<OpenPromise, { horizon: number; r: PromiseReason | null }>();

interface PromiseReason {
	score: number;
	reason: Reason;
}

/** A promise's reason, or null when it is neither overdue nor due within the horizon. */
function promiseReason(p: OpenPromise, horizon: number): PromiseReason | null {
	const hit = reasonMemo.get(p);
	if (hit?.horizon === horizon) return hit.r;
	const r = computePromiseReason(p, horizon);
	reasonMemo.set(p, { horizon, r });
	return r;
}

function computePromiseReason(p: OpenPromise, horizon: number): PromiseReason | null {
	if (p.daysLeft === null) return null;
	const who = p.direction === "mine" ? "you promised" : "they promised";
	if (p.overdue) {
		return { score: 100 + Math.min(-p.daysLeft, 365), reason: { kind: "promise-overdue", detail: `${who}: ${p.text} (due ${p.due}, ${days(-p.daysLeft)} overdue)`, file: p.file, line: p.line } };
	}
	if (p.daysLeft <= horizon) {
		return { score: 60 + (horizon - p.daysLeft), reason: { kind: "promise-due", detail: `${who}: ${p.text} (due ${p.due}, in ${days(p.daysLeft)})`, file: p.file, line: p.line } };
	}
	return null;
}

/** What a person's promises bring: reasons (overdue or due soon) and, when listed anyway, things to bring up. */
interface Promised {
	score: number;
	reasons: Reason[];
	texts: string[];
}

function addPromise(acc: Promised, p: OpenPromise, horizon: number): void {
	const r = promiseReason(p, horizon);
	if (r) {
		acc.score += r.score;
		acc.reasons.push(r.reason);
	} else acc.texts.push(`Open promise: ${p.text}`);
}

function entry(person: Person, part: PersonPart, promised: Promised | undefined): NextTouchpoint | null {
	if ((promised?.reasons.length ?? 0) === 0 && part.reasons.length === 0) return null;
	const reasons = [...(promised?.reasons ?? []), ...part.reasons];
	if (part.balance) reasons.push({ kind: "balance", detail: part.balance });
	const score = Math.round(((promised?.score ?? 0) + part.score) * 10) / 10;
	const bringUp = [...(promised?.texts ?? []), ...part.bringUp];
	return { path: person.path, name: person.name, score, reasons, bringUp, lastContact: part.lastContact };
}

/**
 * A person's entry, kept per person part (itself kept per settings, person, day and touchpoints) and
 * promise list (a new array when the person's promises change): after an update only the people it
 * touched are worked out again, and no pass over every promise is made.
 */
const entries = new WeakMap<PersonPart, { promises: readonly PromiseTask[] | undefined; entry: NextTouchpoint | null }>();

function personEntry(person: Person, network: Network, settings: Settings, today: IsoDate, byPerson: Map<string, PromiseTask[]>): NextTouchpoint | null {
	const part = personPart(person, network, settings, today);
	const promises = part.quiet ? undefined : byPerson.get(person.path);
	const hit = entries.get(part);
	if (hit && hit.promises === promises) return hit.entry;
	let promised: Promised | undefined;
	for (const p of promises ?? []) {
		if (!isOpen(p)) continue;
		addPromise((promised ??= { score: 0, reasons: [], texts: [] }), openPromise(p, today), settings.promiseHorizonDays);
	}
	const e = entry(person, part, promised);
	entries.set(part, { promises, entry: e });
	return e;
}

/**
 * The ranked list once per network, settings and day; after an update, the previous network's list with
 * the entries of the people it touched worked out again and put back in place (no visit of everyone).
 */
const ranked = memoPerDay((network: Network, settings: Settings, today: IsoDate, previous: PersonOrder<NextTouchpoint> | undefined): PersonOrder<NextTouchpoint> => {
	const out: NextTouchpoint[] = [];
	const byPerson = network.promisesByPerson;
	if (byPerson) {
		const entryOf = (path: string): NextTouchpoint | null => {
			const person = network.people.get(path);
			return person ? personEntry(person, network, settings, today, byPerson) : null;
		};
		const patched = previous && network.changes && previous.patched(network.changes.people, entryOf);
		if (patched) return patched;
		for (const person of network.people.values()) {
			const e = personEntry(person, network, settings, today, byPerson);
			if (e) out.push(e);
		}
		return PersonOrder.of(out.sort(byScore), byScore, pathOf);
	}
	// A network made by hand: a pass over every open promise, in the promises' order (overdue first, by
	// due date), so each person's reasons and things to bring up keep that order.
	const fromPromises = new Map<string, Promised>();
	for (const p of openPromises(network, today)) {
		for (const path of p.people) {
			const person = network.people.get(path);
			if (!person || personPart(person, network, settings, today).quiet) continue;
			let acc = fromPromises.get(path);
			if (!acc) fromPromises.set(path, (acc = { score: 0, reasons: [], texts: [] }));
			addPromise(acc, p, settings.promiseHorizonDays);
		}
	}
	for (const person of network.people.values()) {
		const e = entry(person, personPart(person, network, settings, today), fromPromises.get(person.path));
		if (e) out.push(e);
	}
	return PersonOrder.of(out.sort(byScore), byScore, pathOf);
});

function byScore(a: NextTouchpoint, b: NextTouchpoint): number {
	return b.score - a.score || compareNames(a, b);
}
