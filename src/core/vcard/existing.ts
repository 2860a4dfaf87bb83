/**
 * A person note in the vCard mapping's words (contact.ts), with which of the mapped keys it already has:
 * what the planner compares a card with, and what export writes as a card.
 */
import { asList } from "../frontmatter";
import { basename } from "../links";
import type { NoteFacts } from "../note";
import { type Person, plainText } from "../people";
import { type Contact, emptyContact, normaliseBirthday } from "./contact";

/** The person-note keys the mapping writes, in the order a new note lists them. */
export const CONTACT_KEYS = ["aliases", "circle", "email", "phone", "org", "role", "birthday", "related", "address", "url", "uid"] as const;
export type ContactKey = (typeof CONTACT_KEYS)[number];

/** The normalised frontmatter keys that count as each mapped key (`company` is `org`, conventions.md §2). */
const SYNONYMS: Record<ContactKey, string[]> = {
	aliases: ["aliases", "alias"],
	circle: ["circle", "circles"],
	email: ["email"],
	phone: ["phone"],
	org: ["org", "company"],
	role: ["role"],
	birthday: ["birthday"],
	related: ["related"],
	address: ["address"],
	url: ["url"],
	uid: ["uid"],
};

export interface ExistingContact {
	path: string;
	contact: Contact;
	/** The mapped keys the note has a value for. */
	present: Set<ContactKey>;
	/** Lower-case names already linked from `met_through`, `introduced_by` or `related`. */
	linked: Set<string>;
}

function has(facts: NoteFacts, key: ContactKey): boolean {
	return SYNONYMS[key].some((k) => {
		const v = facts.fields[k];
		return v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);
	});
}

function texts(facts: NoteFacts, key: ContactKey): string[] {
	const out: string[] = [];
	for (const k of SYNONYMS[key]) for (const s of asList(facts.fields[k])) {
		const t = plainText(s);
		if (t !== "") out.push(t);
	}
	return out;
}

/** Reads a person's note as a contact. `facts` are the index's facts for `person.path`. */
export function existingContact(person: Person, facts: NoteFacts): ExistingContact {
	const c = emptyContact(0, 0);
	c.name = person.name;
	c.aliases = [...person.aliases];
	c.email = [...person.email];
	c.phone = [...person.phone];
	c.org = [...person.org];
	c.role = [...person.role];
	c.circle = texts(facts, "circle");
	const b = person.birthday;
	if (b) c.birthday = b.year === null ? `--${String(b.month).padStart(2, "0")}-${String(b.day).padStart(2, "0")}` : normaliseBirthday(`${b.year}-${String(b.month).padStart(2, "0")}-${String(b.day).padStart(2, "0")}`);
	c.address = texts(facts, "address");
	c.url = texts(facts, "url");
	c.uid = texts(facts, "uid")[0] ?? null;
	const linked = new Set<string>();
	const related: string[] = [];
	for (const l of facts.links) {
		if (l.key !== "metthrough" && l.key !== "introducedby" && l.key !== "related") continue;
		const name = basename(l.target);
		linked.add(name.toLowerCase());
		if (!related.some((r) => r.toLowerCase() === name.toLowerCase())) related.push(name);
	}
	// `related: Bo` written as plain text, not as a link.
	for (const k of ["related", "metthrough", "introducedby"]) for (const s of asList(facts.fields[k])) {
		if (s.includes("[[") || s.includes("](")) continue;
		const name = s.trim();
		if (name !== "" && !linked.has(name.toLowerCase())) {
			linked.add(name.toLowerCase());
			related.push(name);
		}
	}
	c.related = related;
	const present = new Set<ContactKey>();
	for (const k of CONTACT_KEYS) if (has(facts, k)) present.add(k);
	return { path: person.path, contact: c, present, linked };
}
