/**
 * A person's rhythm (conventions.md, section 5): how often you are usually in touch, learnt from the
 * touchpoints themselves. Worked out at query time from the touchpoints the network already keeps, so the
 * derivation stays as it is; memoised per network and day.
 */
import { memoPerNetwork } from "./answer-cache";
import { describeCadence } from "./cadence";
import { daysBetween, type IsoDate, type Span } from "./dates";
import type { PeopleNetwork } from "./network";
import type { Touchpoint } from "./touchpoints";

/** Fewer distinct touchpoint days than this: no rhythm. */
export const RHYTHM_MIN_DAYS = 4;

/**
 * The median gap in days between consecutive distinct touchpoint days on or before `today` (the lower
 * middle gap when their number is even), or null with fewer than 4 such days.
 */
export function rhythmOf(dates: Iterable<IsoDate>, today: IsoDate): number | null {
	const distinct = [...new Set([...dates].filter((d) => d <= today))].sort();
	if (distinct.length < RHYTHM_MIN_DAYS) return null;
	const gaps: number[] = [];
	for (let i = 1; i < distinct.length; i++) gaps.push(daysBetween(distinct[i - 1] as IsoDate, distinct[i] as IsoDate));
	return lowerMedian(gaps);
}

/** The middle gap (the lower middle one when their number is even); sorts `gaps`. */
function lowerMedian(gaps: number[]): number | null {
	gaps.sort((a, b) => a - b);
	return gaps[Math.floor((gaps.length - 1) / 2)] ?? null;
}

/**
 * `rhythmOf` a person's touchpoints as the network keeps them, latest first: the distinct days are read
 * off in one pass, with no set, copy or sort of the dates (asked for everyone by the people list). A
 * list out of that order is read by `rhythmOf` instead.
 */
export function rhythmOfTouches(touches: readonly Pick<Touchpoint, "date">[], today: IsoDate): number | null {
	const gaps: number[] = [];
	let last: IsoDate | null = null;
	for (let i = 0; i < touches.length; i++) {
		const date = (touches[i] as Pick<Touchpoint, "date">).date;
		if (date > today || date === last) continue;
		if (last !== null) {
			if (date > last) return rhythmOf(touches.map((t) => t.date), today);
			gaps.push(daysBetween(date, last));
		}
		last = date;
	}
	return gaps.length + 1 < RHYTHM_MIN_DAYS ? null : lowerMedian(gaps);
}

const rhythms = memoPerNetwork((network: PeopleNetwork, today: IsoDate): Map<string, number | null> => {
	const out = new Map<string, number | null>();
	for (const path of network.people.keys()) out.set(path, rhythmOfTouches(network.touchpoints.get(path) ?? [], today));
	return out;
});

/** A person's rhythm in days, or null (worked out once per network and day for everyone). */
export function rhythmDays(network: PeopleNetwork, path: string, today: IsoDate): number | null {
	return rhythms(network, today).get(path) ?? null;
}

/**
 * A number of days in the unit a person would say it in: under two weeks in days, under four weeks in
 * weeks, under a year in months, else years (rounded to the nearest).
 */
export function spanOfDays(n: number): Span {
	if (n < 14) return { days: n };
	if (n < 28) return { weeks: Math.round(n / 7) };
	if (n < 365) return { months: Math.round(n / 30.4375) };
	return { years: Math.round(n / 365.25) };
}

/** The rhythm as a cadence value for the frontmatter: `10d`, `2w`, `3m`, `1y`. */
export function rhythmCadence(n: number): string {
	const s = spanOfDays(n);
	if (s.weeks) return `${s.weeks}w`;
	if (s.months) return `${s.months}m`;
	if (s.years) return `${s.years}y`;
	return `${s.days ?? n}d`;
}

/** "every 2 weeks": the rhythm in words. */
export function describeRhythm(n: number): string {
	return describeCadence(spanOfDays(n));
}

/** `since` days in the unit of the rhythm: "7 weeks", "10 days" (never "0 weeks"). */
function inUnitOf(rhythm: number, since: number): string {
	const s = spanOfDays(rhythm);
	const [unit, size]: [string, number] = s.years ? ["year", 365.25] : s.months ? ["month", 30.4375] : s.weeks ? ["week", 7] : ["day", 1];
	const n = Math.max(1, Math.round(since / size));
	return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/**
 * The drift words, "usually every 2 weeks, now 7 weeks", when the days since the last touchpoint are more
 * than twice the rhythm; else null. (Whether the person is cold, paused or snoozed is the caller's part.)
 */
export function driftDetail(rhythm: number | null, lastContact: IsoDate | null, today: IsoDate): string | null {
	if (rhythm === null || lastContact === null) return null;
	const since = daysBetween(lastContact, today);
	if (since <= 2 * rhythm) return null;
	return `usually ${describeRhythm(rhythm)}, now ${inUnitOf(rhythm, since)}`;
}
