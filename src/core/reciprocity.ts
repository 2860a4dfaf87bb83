/**
 * Give and take: a ledger per person from `#gave`/`#got` touchpoints and kept promises (yours count as
 * given, theirs as received), and a gentle flag when a relationship has gone one-sided either way.
 */
import { nameCollator } from "./orders";
import type { IsoDate } from "./dates";
import type { Network } from "./network";
import type { Settings } from "./settings";

export interface Ledger {
	path: string;
	name: string;
	gave: number;
	got: number;
	lastGave: IsoDate | null;
	lastGot: IsoDate | null;
	/** How many in a row, most recent first, went the same way (and which way). */
	streak: { direction: "gave" | "got"; count: number } | null;
	/** Set when the streak reaches the threshold: they only take, or you only ask. */
	oneSided: "they-take" | "you-ask" | null;
	/** A sentence for the user, or null. */
	note: string | null;
}

const WORDS = ["no times", "once", "twice"];
function times(n: number): string {
	return WORDS[n] ?? `${n} times`;
}

export function ledgerFor(network: Network, path: string, settings: Settings): Ledger {
	const person = network.people.get(path);
	const entries = (network.touchpoints.get(path) ?? []).filter((t) => t.help !== null);
	let gave = 0, got = 0;
	let lastGave: IsoDate | null = null, lastGot: IsoDate | null = null;
	for (const t of entries) {
		if (t.help === "gave") {
			gave++;
			if (lastGave === null || t.date > lastGave) lastGave = t.date;
		} else {
			got++;
			if (lastGot === null || t.date > lastGot) lastGot = t.date;
		}
	}
	// Touchpoints are latest first: the streak is the run at the head of the list.
	let streak: Ledger["streak"] = null;
	const first = entries[0]?.help;
	if (first) {
		let count = 0;
		while (count < entries.length && entries[count]?.help === first) count++;
		streak = { direction: first, count };
	}
	let oneSided: Ledger["oneSided"] = null;
	let note: string | null = null;
	if (streak && streak.count >= settings.oneSidedThreshold) {
		if (streak.direction === "gave") {
			oneSided = "they-take";
			note = got === 0 ? `you have helped ${times(streak.count)} and they have not helped back yet` : `you have helped ${times(streak.count)} since they last helped you`;
		} else {
			oneSided = "you-ask";
			note = gave === 0 ? `you have asked ${times(streak.count)} and not helped back yet` : `you have asked ${times(streak.count)} since you last helped`;
		}
	}
	return { path, name: person?.name ?? path, gave, got, lastGave, lastGot, streak, oneSided, note };
}

/** Every person's ledger, sorted by name. */
export function balances(network: Network, settings: Settings): Ledger[] {
	return [...network.people.keys()]
		.map((p) => ledgerFor(network, p, settings))
		.sort((a, b) => nameCollator.compare(a.name, b.name) || (a.path < b.path ? -1 : 1));
}
