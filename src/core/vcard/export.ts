/**
 * People → a .vcf file (vCard 4.0, or 3.0), serialised by ical.js, with the import's mapping read
 * backwards: UID only from `uid`, RELATED (3.0: Apple's X-ABRELATEDNAMES) from `related` and
 * `met_through`. Bodies are never exported: a note's body is the user's own writing, not a card's NOTE.
 */
import ICAL from "ical.js";
import type { Network } from "../network";
import type { NetworkIndex } from "../network-index";
import type { Contact } from "./contact";
import { existingContact } from "./existing";

export type VcardVersion = 3 | 4;

/** "Åsa Lindqvist" → ["Lindqvist", "Åsa"]: the last word as the family name (3.0 requires N). */
function splitName(name: string): [string, string] {
	const i = name.trim().lastIndexOf(" ");
	return i < 0 ? [name.trim(), ""] : [name.slice(i + 1).trim(), name.slice(0, i).trim()];
}

/** One contact as a vCard component. `relatedNames` maps a linked name or alias to the person's name. */
export function contactCard(c: Contact, version: VcardVersion, relatedNames: (n: string) => string = (n) => n): ICAL.Component {
	const card = new ICAL.Component("vcard");
	card.addPropertyWithValue("version", version === 4 ? "4.0" : "3.0");
	card.addPropertyWithValue("prodid", "-//Active Network//vCard export//EN");
	const add = (name: string, value: string | string[], multi = false) => {
		const p = new ICAL.Property(name, card);
		if (multi) p.setValues(value as string[]);
		else p.setValue(value);
		card.addProperty(p);
		return p;
	};
	add("fn", c.name);
	const [family, given] = splitName(c.name);
	add("n", [family, given, "", "", ""]);
	if (c.aliases.length > 0) add("nickname", c.aliases, true);
	for (const e of c.email) add("email", e);
	for (const t of c.phone) add("tel", t);
	for (const o of c.org) add("org", [o]);
	for (const r of c.role) add("title", r);
	if (c.birthday !== null) {
		if (!c.birthday.startsWith("--")) add("bday", c.birthday);
		else if (version === 4) add("bday", c.birthday);
		else add("bday", `1604${c.birthday.slice(1)}`).setParameter("x-apple-omit-year", "1604");
	}
	if (c.circle.length > 0) add("categories", c.circle, true);
	const related: string[] = [];
	for (const r of c.related) {
		const n = relatedNames(r);
		if (!related.some((x) => x.toLowerCase() === n.toLowerCase())) related.push(n);
	}
	for (const r of related) {
		if (version === 4) add("related", r).setParameter("value", "text");
		else add("x-abrelatednames", r);
	}
	if (c.uid !== null) add("uid", c.uid);
	for (const a of c.address) add("adr", ["", "", a, "", "", "", ""]);
	for (const u of c.url) add("url", u);
	return card;
}

/** Every person of the network as one .vcf text, in name order, with CRLF line ends (RFC 6350). */
export function exportVcards(index: NetworkIndex, network: Network, version: VcardVersion = 4): string {
	const contacts: Contact[] = [];
	for (const path of network.peopleOrder) {
		const person = network.people.get(path);
		const facts = index.facts(path);
		if (person && facts) contacts.push(existingContact(person, facts).contact);
	}
	const names = new Map<string, string>();
	for (const c of contacts) if (!names.has(c.name.toLowerCase())) names.set(c.name.toLowerCase(), c.name);
	for (const c of contacts) for (const a of c.aliases) if (!names.has(a.toLowerCase())) names.set(a.toLowerCase(), c.name);
	const resolve = (n: string) => names.get(n.toLowerCase()) ?? n;
	return contacts.map((c) => `${contactCard(c, version, resolve).toString()}\r\n`).join("");
}
