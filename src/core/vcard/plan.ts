/**
 * The import plan: cards + the people the vault knows → one entry per person to create, update or leave
 * unchanged, before anything is written (conventions.md section 7). Pure: the vault comes in as
 * `PlanInput`, built from the index by `planInputFrom`.
 */
import { basename } from "../links";
import type { Network } from "../network";
import type { NetworkIndex } from "../network-index";
import type { Settings } from "../settings";
import { type Contact, phoneDigits, uidKey } from "./contact";
import { allOf, type Conflict, diffContact, type KeyValue } from "./diff";
import { type ContactKey, type ExistingContact, existingContact } from "./existing";
import { safeFileName, uniquePath } from "./file-name";

export interface PlanInput {
	/** Every person note, read as a contact, in path order. */
	people: ExistingContact[];
	/** Every note path in the vault (new names must not collide with any). */
	paths: string[];
	/** Where new notes go. */
	folder: string;
	/** The frontmatter that marks a new note as a person (`type: person`), or null for none. */
	mark: { key: string; value: KeyValue } | null;
}

export type PlanAction = "create" | "update" | "unchanged";

export interface PlanEntry {
	/** The first card of the entry (1-based), and every card merged into it. */
	card: number;
	cards: number[];
	name: string;
	action: PlanAction;
	path: string;
	/** Keys to add (for `create`: every key of the new note but the person mark). */
	add: Partial<Record<ContactKey, KeyValue>>;
	conflicts: Conflict[];
	/** The (merged) card: the body of a new note comes from its NOTE. */
	contact: Contact;
}

/** The vault as the planner needs it. */
export function planInputFrom(index: NetworkIndex, network: Network, settings: Settings): PlanInput {
	const people: ExistingContact[] = [];
	for (const path of [...network.people.keys()].sort()) {
		const person = network.people.get(path);
		const facts = index.facts(path);
		if (person && facts) people.push(existingContact(person, facts));
	}
	return { people, paths: index.allPaths(), folder: settings.peopleFolders[0] ?? "People", mark: personMark(settings) };
}

/** The frontmatter that marks a new note as a person: the first person key and value, else the first tag. */
export function personMark(settings: Pick<Settings, "personKeys" | "personValues" | "personTags">): PlanInput["mark"] {
	const key = settings.personKeys[0];
	const value = settings.personValues[0];
	const tag = settings.personTags[0];
	return key && value ? { key, value } : tag ? { key: "tags", value: [tag] } : null;
}

function addUnique(list: string[], values: string[]): void {
	for (const v of values) if (!list.some((x) => x.toLowerCase() === v.toLowerCase())) list.push(v);
}

/** Folds a duplicate card into the first: lists are joined, the first single value stays. */
function mergeInto(a: Contact, b: Contact): void {
	a.cards.push(...b.cards);
	for (const k of ["aliases", "email", "phone", "org", "role", "circle", "related", "relatedUids", "address", "url"] as const) addUnique(a[k], b[k]);
	a.birthday ??= b.birthday;
	a.uid ??= b.uid;
	if (b.note !== null && b.note !== a.note) a.note = a.note === null ? b.note : `${a.note}\n\n${b.note}`;
}

/** Cards of one file that are one person (the same UID, or the same name and an email in common) become one. */
export function mergeDuplicates(contacts: Contact[]): Contact[] {
	const out: Contact[] = [];
	const byKey = new Map<string, Contact>();
	const keys = (c: Contact) => [
		...(c.uid === null ? [] : [`uid\u0000${uidKey(c.uid)}`]),
		...c.email.map((e) => `ne\u0000${c.name.toLowerCase()}\u0000${e.toLowerCase()}`),
	];
	for (const c0 of contacts) {
		const c = { ...c0, cards: [...c0.cards], aliases: [...c0.aliases], email: [...c0.email], phone: [...c0.phone], org: [...c0.org], role: [...c0.role],
			circle: [...c0.circle], related: [...c0.related], relatedUids: [...c0.relatedUids], address: [...c0.address], url: [...c0.url] };
		const same = keys(c).map((k) => byKey.get(k)).find((x) => x !== undefined);
		const target = same ?? c;
		if (same) mergeInto(same, c);
		else out.push(c);
		for (const k of keys(target)) if (!byKey.has(k)) byKey.set(k, target);
	}
	return out;
}

/** Lookups from a card's identifiers to a person, the first by path winning. */
class Matcher {
	private readonly uid = new Map<string, ExistingContact>();
	private readonly email = new Map<string, ExistingContact>();
	private readonly phone = new Map<string, ExistingContact>();
	private readonly name = new Map<string, ExistingContact>();

	constructor(people: ExistingContact[]) {
		const put = (m: Map<string, ExistingContact>, k: string, p: ExistingContact) => {
			if (k !== "" && !m.has(k)) m.set(k, p);
		};
		for (const p of people) {
			if (p.contact.uid !== null) put(this.uid, uidKey(p.contact.uid), p);
			for (const e of p.contact.email) put(this.email, e.toLowerCase(), p);
			for (const t of p.contact.phone) put(this.phone, phoneDigits(t), p);
		}
		// Names before aliases: a person's own name wins over someone else's alias.
		for (const p of people) put(this.name, p.contact.name.toLowerCase(), p);
		for (const p of people) for (const a of p.contact.aliases) put(this.name, a.toLowerCase(), p);
	}

	/** By uid, else an email, else a phone's digits, else the name (as written or as its file name) or an alias. */
	match(c: Contact): ExistingContact | null {
		const first = (m: Map<string, ExistingContact>, ks: string[]) => {
			for (const k of ks) {
				const p = k === "" ? undefined : m.get(k);
				if (p) return p;
			}
			return null;
		};
		return (
			first(this.uid, c.uid === null ? [] : [uidKey(c.uid)]) ??
			first(this.email, c.email.map((e) => e.toLowerCase())) ??
			first(this.phone, c.phone.map(phoneDigits)) ??
			first(this.name, [c.name.toLowerCase(), ...c.aliases.map((a) => a.toLowerCase())]) ??
			first(this.name, [safeFileName(c.name).toLowerCase()])
		);
	}

	/** A related person's note name, when the name or alias is a person's. */
	named(name: string): string | null {
		const p = this.name.get(name.toLowerCase());
		return p ? p.contact.name : null;
	}

	byUid(uid: string): string | null {
		const p = this.uid.get(uidKey(uid));
		return p ? p.contact.name : null;
	}
}

/** Plans the import of the cards into the vault. Cards come in file order; entries come out in card order. */
export function planImport(contacts: Contact[], input: PlanInput): PlanEntry[] {
	const matcher = new Matcher(input.people);
	const taken = new Set(input.paths.map((p) => p.toLowerCase()));
	// Cards that match the same person are one entry too.
	const matched = new Map<string, { person: ExistingContact; contact: Contact }>();
	const creates: Contact[] = [];
	const order: { card: number; path: string | null; contact: Contact }[] = [];
	for (const c of mergeDuplicates(contacts)) {
		const person = matcher.match(c);
		if (!person) {
			creates.push(c);
			order.push({ card: c.card, path: null, contact: c });
			continue;
		}
		const seen = matched.get(person.path);
		if (seen) mergeInto(seen.contact, c);
		else {
			matched.set(person.path, { person, contact: c });
			order.push({ card: c.card, path: person.path, contact: c });
		}
	}
	// New notes get their names first, so related names can link to them.
	const newName = new Map<Contact, string>();
	const fileByName = new Map<string, string>();
	const fileByUid = new Map<string, string>();
	for (const c of creates) {
		const path = uniquePath(input.folder, safeFileName(c.name), taken);
		newName.set(c, path);
		const name = basename(path);
		for (const n of [c.name, ...c.aliases]) if (!fileByName.has(n.toLowerCase())) fileByName.set(n.toLowerCase(), name);
		if (c.uid !== null && !fileByUid.has(uidKey(c.uid))) fileByUid.set(uidKey(c.uid), name);
	}
	const relatedOf = (c: Contact): string[] => {
		const out: string[] = [];
		const push = (n: string | null) => {
			if (n !== null && n !== "" && !out.some((x) => x.toLowerCase() === n.toLowerCase())) out.push(n);
		};
		for (const n of c.related) push(matcher.named(n) ?? fileByName.get(n.toLowerCase()) ?? safeFileName(n));
		for (const u of c.relatedUids) push(matcher.byUid(u) ?? fileByUid.get(uidKey(u)) ?? null);
		return out;
	};
	return order.map(({ path, contact }) => {
		if (path === null) {
			const newPath = newName.get(contact) as string;
			const name = basename(newPath);
			// The name as the card writes it stays findable (and linkable) as an alias.
			if (name.toLowerCase() !== contact.name.trim().toLowerCase()) addUnique(contact.aliases, [contact.name.trim()]);
			const related = relatedOf(contact).filter((n) => n.toLowerCase() !== name.toLowerCase());
			return { card: contact.card, cards: contact.cards, name: contact.name, action: "create", path: newPath, add: allOf(contact, related), conflicts: [], contact };
		}
		const m = matched.get(path) as { person: ExistingContact; contact: Contact };
		// Names linked through an alias (`[[Bob]]`) count as the person's own name too.
		const linked = new Set(m.person.linked);
		for (const n of m.person.linked) linked.add((matcher.named(n) ?? n).toLowerCase());
		const d = diffContact(m.contact, relatedOf(m.contact), { ...m.person, linked });
		const action: PlanAction = Object.keys(d.add).length > 0 ? "update" : "unchanged";
		return { card: contact.card, cards: contact.cards, name: contact.name, action, path, add: d.add, conflicts: d.conflicts, contact };
	});
}
