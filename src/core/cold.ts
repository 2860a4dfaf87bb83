/** When someone is cold (conventions.md, section 5). */
import { parseCadence } from "./cadence";
import { addSpan, daysBetween, type IsoDate, type Span } from "./dates";
import { memoPerDay } from "./answer-cache";
import type { PeopleNetwork } from "./network";
import { compareNames } from "./orders";
import { pathOf, PersonOrder } from "./person-order";
import type { Person } from "./people";
import type { Settings } from "./settings";

export type PersonStatus = "ok" | "cold" | "never" | "snoozed" | "paused";

export interface PersonState {
	path: string;
	name: string;
	circles: string[];
	/** The cadence in force, null when paused. */
	cadence: Span | null;
	/** Where the cadence comes from: the person, a circle, or the default. */
	cadenceSource: "person" | "circle" | "default";
	/** Days from the last touchpoint to the due date (from today when never contacted); null when paused. */
	cadenceDays: number | null;
	lastContact: IsoDate | null;
	due: IsoDate | null;
	daysOverdue: number;
	status: PersonStatus;
}

export function cadenceFor(person: Person, settings: Settings): { span: Span | null; source: PersonState["cadenceSource"] } {
	if (person.cadence) return { span: person.cadence.kind === "paused" ? null : person.cadence.span, source: "person" };
	for (const circle of person.circles) {
		const text = settings.circleCadences[circle];
		if (text === undefined) continue;
		const c = parseCadence(text);
		if (c) return { span: c.kind === "paused" ? null : c.span, source: "circle" };
	}
	return { span: { days: settings.defaultCadenceDays }, source: "default" };
}

/**
 * A person's state is asked for by every query, for every person: it is worked out once per person,
 * settings, day and last contact (a new Person object when the note changes), not on every call.
 */
const stateMemo = new WeakMap<Settings, WeakMap<Person, { key: string; state: PersonState }>>();

export function personState(person: Person, network: PeopleNetwork, settings: Settings, today: IsoDate): PersonState {
	const lastContact = network.touchpoints.get(person.path)?.[0]?.date ?? null;
	let bySettings = stateMemo.get(settings);
	if (!bySettings) stateMemo.set(settings, (bySettings = new WeakMap()));
	const key = `${today}|${lastContact ?? ""}`;
	const hit = bySettings.get(person);
	if (hit?.key === key) return hit.state;
	const state = computeState(person, lastContact, settings, today);
	bySettings.set(person, { key, state });
	return state;
}

function computeState(person: Person, lastContact: IsoDate | null, settings: Settings, today: IsoDate): PersonState {
	const { span, source } = cadenceFor(person, settings);
	const due = span && lastContact ? addSpan(lastContact, span) : null;
	const cadenceDays = span ? daysBetween(lastContact ?? today, addSpan(lastContact ?? today, span)) : null;
	const snoozed = person.snoozeUntil !== null && today < person.snoozeUntil;
	let status: PersonStatus;
	if (!span) status = "paused";
	else if (snoozed) status = "snoozed";
	else if (!lastContact) status = "never";
	else status = due !== null && today > due ? "cold" : "ok";
	return {
		path: person.path,
		name: person.name,
		circles: person.circles,
		cadence: span,
		cadenceSource: source,
		cadenceDays,
		lastContact,
		due,
		daysOverdue: status === "cold" && due ? daysBetween(due, today) : 0,
		status,
	};
}

/**
 * Every person's state in name order (`peopleOrder`: no sort of 5,000 names per network); after an
 * update, the previous network's answer with the states of the people it touched put in again.
 */
const statesOrder = memoPerDay((network: PeopleNetwork, settings: Settings, today: IsoDate, previous: PersonOrder<PersonState> | undefined) => {
	const stateOf = (path: string): PersonState | null => {
		const p = network.people.get(path);
		return p ? personState(p, network, settings, today) : null;
	};
	const patched = previous && network.changes && previous.patched(network.changes.people, stateOf);
	if (patched) return patched;
	const out: PersonState[] = [];
	for (const path of network.peopleOrder) {
		const s = stateOf(path);
		if (s) out.push(s);
	}
	return PersonOrder.of(out, compareNames, pathOf);
});

/** Every person's state, sorted by name (once per network, settings and day; frozen). */
export function peopleStates(network: PeopleNetwork, settings: Settings, today: IsoDate): readonly PersonState[] {
	return statesOrder(network, settings, today).rows;
}

export interface ColdReport {
	/** Cold people, most overdue relative to their cadence first. */
	cold: PersonState[];
	/** People never contacted, by name. */
	never: PersonState[];
}

function byOverdue(a: PersonState, b: PersonState): number {
	return b.daysOverdue / (b.cadenceDays || 1) - a.daysOverdue / (a.cadenceDays || 1) || compareNames(a, b);
}

interface ColdAnswer {
	report: ColdReport;
	cold: PersonOrder<PersonState>;
	never: PersonOrder<PersonState>;
}

const coldAnswer = memoPerDay((network: PeopleNetwork, settings: Settings, today: IsoDate, previous: ColdAnswer | undefined): ColdAnswer => {
	const changes = network.changes;
	const withStatus = (status: PersonStatus) => (path: string): PersonState | null => {
		const p = network.people.get(path);
		const s = p ? personState(p, network, settings, today) : null;
		return s?.status === status ? s : null;
	};
	let cold = previous && changes ? previous.cold.patched(changes.people, withStatus("cold")) : null;
	let never = previous && changes ? previous.never.patched(changes.people, withStatus("never")) : null;
	if (!cold || !never) {
		const states = peopleStates(network, settings, today);
		cold = PersonOrder.of(states.filter((s) => s.status === "cold").sort(byOverdue), byOverdue, pathOf);
		never = PersonOrder.of(states.filter((s) => s.status === "never"), compareNames, pathOf);
	}
	return { report: Object.freeze({ cold: cold.rows, never: never.rows }) as ColdReport, cold, never };
});

/** Cold and never-contacted people (once per network, settings and day; frozen). */
export function coldReport(network: PeopleNetwork, settings: Settings, today: IsoDate): ColdReport {
	return coldAnswer(network, settings, today).report;
}
