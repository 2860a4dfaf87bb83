/**
 * What a card would change in a person note it matches: the keys the note lacks (added) and the keys
 * whose values differ (conflicts: shown, never changed without the user's choice). Values are compared
 * as the mapping reads them: emails and names case-insensitively, phones by their digits, birthdays in
 * one form (`MM-DD` is `--MM-DD`).
 */
import { type Contact, normaliseBirthday, phoneDigits, uidKey } from "./contact";
import { CONTACT_KEYS, type ContactKey, type ExistingContact } from "./existing";

export type KeyValue = string | string[];

export interface Conflict {
	key: ContactKey;
	/** The note's value. */
	note: KeyValue;
	/** The card's value. */
	card: KeyValue;
}

/** Keys whose value is a list even with one element (Obsidian's aliases; links). */
const ALWAYS_LIST = new Set<ContactKey>(["aliases", "related"]);

export function keyValue(key: ContactKey, values: string[]): KeyValue {
	return values.length === 1 && !ALWAYS_LIST.has(key) ? (values[0] as string) : values;
}

function norm(key: ContactKey, s: string): string {
	if (key === "phone") return phoneDigits(s) || s.trim().toLowerCase();
	if (key === "birthday") return normaliseBirthday(s) ?? s.trim();
	if (key === "uid") return uidKey(s);
	return s.trim().toLowerCase();
}

/** The contact's values for a key, as a list (related: the link targets already resolved). */
export function valuesOf(c: Contact, key: ContactKey): string[] {
	switch (key) {
		case "birthday":
			return c.birthday === null ? [] : [c.birthday];
		case "uid":
			return c.uid === null ? [] : [c.uid];
		default:
			return c[key];
	}
}

export interface Diff {
	add: Partial<Record<ContactKey, KeyValue>>;
	conflicts: Conflict[];
}

/**
 * Compares a card with the note it matched. `related` are the card's related people as note names
 * (resolved by the planner); a name the note already links from met_through or related is not added.
 */
export function diffContact(card: Contact, related: string[], note: ExistingContact): Diff {
	const add: Diff["add"] = {};
	const conflicts: Conflict[] = [];
	for (const key of CONTACT_KEYS) {
		let values = key === "related" ? related : valuesOf(card, key);
		if (key === "related") {
			const self = note.contact.name.toLowerCase();
			values = values.filter((n) => !note.linked.has(n.toLowerCase()) && n.toLowerCase() !== self);
		}
		if (values.length === 0) continue;
		const wrap = (vs: string[]) => (key === "related" ? vs.map((n) => `[[${n}]]`) : vs);
		if (!note.present.has(key)) {
			add[key] = keyValue(key, wrap(values));
			continue;
		}
		const mine = valuesOf(note.contact, key);
		// The note's name counts among its aliases: a card's nickname equal to it is nothing new.
		const have = new Set((key === "aliases" ? [...mine, note.contact.name] : mine).map((v) => norm(key, v)));
		const unmatched = values.filter((v) => !have.has(norm(key, v)));
		if (unmatched.length === 0) continue;
		// Single-valued keys differ; for list keys the card holds values the note does not.
		conflicts.push({ key, note: mine.length === 0 ? "(unreadable)" : keyValue(key, wrap(mine)), card: keyValue(key, wrap(values)) });
	}
	return { add, conflicts };
}

/** Everything a new note gets from a card. */
export function allOf(card: Contact, related: string[]): Diff["add"] {
	const add: Diff["add"] = {};
	for (const key of CONTACT_KEYS) {
		const values = key === "related" ? related.map((n) => `[[${n}]]`) : valuesOf(card, key);
		if (values.length > 0) add[key] = keyValue(key, values);
	}
	return add;
}
