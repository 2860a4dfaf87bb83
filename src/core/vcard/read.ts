/**
 * A .vcf file → contacts, through ical.js (Mozilla's vCard 3.0/4.0 parser), one content line at a
 * time so that a line it cannot read is a problem with its card and line and the rest of the card,
 * and every other card, is still read. vCard 2.1 is brought to 3.0 first (legacy.ts).
 */
import ICAL from "ical.js";
import { type Contact, type VcardProblem, birthdayOf, emptyContact } from "./contact";
import { normaliseLine } from "./legacy";
import { type ContentLine, type RawCard, splitCards } from "./lines";

const VCARD4 = ICAL.design.getDesignSet("vcard");
const VCARD3 = ICAL.design.getDesignSet("vcard3");
const UTF8 = new TextDecoder("utf-8");
const GOOGLE_GROUPS = new Set(["mycontacts", "starred"]);

export interface ReadResult {
	/** How many cards the file holds (read or not). */
	cards: number;
	contacts: Contact[];
	problems: VcardProblem[];
}

/** A jCal property: [name, params, type, ...values]; values are strings or arrays of strings. */
type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];

function str(v: unknown): string {
	if (typeof v === "string") return v;
	if (Array.isArray(v)) return v.map(str).filter((s) => s !== "").join(" ");
	return typeof v === "number" || typeof v === "boolean" ? String(v) : "";
}

/** ical.js leaves `\;` in unstructured text (vCard 4.0 does not escape `;` there; Apple and Google do). */
function text(v: unknown): string {
	return str(v).split("\\;").join(";").trim();
}

/** Does the text start with a URI scheme (`mailto:`, `https:`)? A letter, then letters, digits, `+.-`, then `:`. */
function hasScheme(t: string): boolean {
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i) | 0x20;
		const letter = c >= 0x61 && c <= 0x7a;
		if (t[i] === ":") return i > 0;
		if (!(letter || (i > 0 && ((c >= 0x30 && c <= 0x39) || t[i] === "+" || t[i] === "." || t[i] === "-")))) return false;
	}
	return false;
}

function components(v: unknown): string[] {
	return Array.isArray(v) ? v.map(str) : [str(v)];
}

function addUnique(list: string[], value: string): void {
	const v = value.trim();
	if (v !== "" && !list.some((x) => x.toLowerCase() === v.toLowerCase())) list.push(v);
}

function versionOf(card: RawCard): string {
	const v = card.lines.find((l) => l.name === "VERSION");
	return v ? UTF8.decode(v.value).trim() : "";
}

function parseLine(line: ContentLine, legacy: boolean, v4: boolean, problem: (line: number, message: string) => void): JCalProperty | null {
	const n = normaliseLine(line, legacy);
	if (n.warning) problem(line.line, n.warning);
	try {
		return ICAL.parse.property(n.text, v4 ? VCARD4 : VCARD3) as JCalProperty;
	} catch (e) {
		problem(line.line, `cannot read ${line.name || "this line"}: ${(e as Error).message.slice(0, 120)}`);
		return null;
	}
}

/** Fills the contact from one property (the mapping of conventions.md section 7). */
function apply(c: Contact, p: JCalProperty, line: number, problem: (line: number, message: string) => void, fn: { seen: boolean }): void {
	const [name, params, , ...values] = p;
	// ical.js splits some 3.0 text values at unescaped commas (NOTE, TITLE): one value, as written.
	const first = values.length > 1 && name !== "nickname" && name !== "categories" ? values.map(str).join(",") : values[0];
	switch (name) {
		case "fn":
			if (!fn.seen && text(first) !== "") {
				c.name = text(first);
				fn.seen = true;
			}
			break;
		case "n":
			if (!fn.seen && c.name === "") {
				const [family = "", given = ""] = components(first).map((s) => s.trim());
				c.name = [given, family].filter((s) => s !== "").join(" ");
			}
			break;
		case "nickname":
			for (const v of values) addUnique(c.aliases, text(v));
			break;
		case "email":
			addUnique(c.email, text(first));
			break;
		case "tel": {
			const t = text(first);
			addUnique(c.phone, t.toLowerCase().startsWith("tel:") ? t.slice(4) : t);
			break;
		}
		case "org":
			addUnique(c.org, components(first)[0] ?? "");
			break;
		case "title":
			addUnique(c.role, text(first));
			break;
		case "bday": {
			const b = birthdayOf(str(first), params["x-apple-omit-year"] !== undefined);
			if (b === null) problem(line, `BDAY "${str(first).slice(0, 40)}" is not a date (YYYY-MM-DD or --MM-DD); the birthday is left out`);
			else c.birthday ??= b;
			break;
		}
		case "categories":
			// Google adds its own system groups to every card; they are no circle of the user's.
			for (const v of values) if (!GOOGLE_GROUPS.has(text(v).toLowerCase())) addUnique(c.circle, text(v));
			break;
		case "related":
		case "x-abrelatednames": {
			const t = text(first);
			if (t.toLowerCase().startsWith("urn:uuid:")) addUnique(c.relatedUids, t.slice(9));
			else if (p[2] === "uri" || hasScheme(t)) break; // a link to elsewhere (mailto:, http:): no name to link
			else addUnique(c.related, t);
			break;
		}
		case "uid":
			if (c.uid === null && text(first) !== "") c.uid = text(first);
			break;
		case "adr": {
			const parts = components(first).map((s) => s.trim()).filter((s) => s !== "");
			addUnique(c.address, parts.join(", "));
			break;
		}
		case "url":
			addUnique(c.url, text(first));
			break;
		case "note":
			if (text(first) !== "") c.note = c.note === null ? str(first).split("\\;").join(";") : `${c.note}\n\n${str(first).split("\\;").join(";")}`;
			break;
	}
}

function readCard(card: RawCard, problems: VcardProblem[]): Contact | null {
	const problem = (line: number | null, message: string) => problems.push({ card: card.index, line, message });
	if (card.unclosed) problem(card.line, "this card has no END:VCARD; it ends where the next card (or the file) ends");
	const version = versionOf(card);
	const legacy = version.startsWith("2");
	const v4 = version.startsWith("4");
	const c = emptyContact(card.index, card.line);
	const fn = { seen: false };
	const broken = card.lines.filter((l) => l.broken);
	if (broken.length > 0) {
		const b = broken[0] as ContentLine;
		problem(b.line, broken.length === 1 ? "not a vCard line (no \":\"), skipped" : `${broken.length} lines from here on are not vCard lines (binary data?), skipped`);
	}
	for (const line of card.lines) {
		if (line.broken || line.name === "VERSION" || line.name === "PHOTO" || line.name === "LOGO" || line.name === "SOUND" || line.name === "KEY") continue;
		const p = parseLine(line, legacy, v4, problem);
		if (p) apply(c, p, line.line, problem, fn);
	}
	if (c.name === "") {
		problem(card.line, "this card has no name (FN or N); it is left out");
		return null;
	}
	return c;
}

/** Reads every card of a .vcf file (bytes as read from disk, or text). Never throws on bad input. */
export function readVcards(input: Uint8Array | string): ReadResult {
	const split = splitCards(input);
	const problems: VcardProblem[] = [];
	if (split.stray.length > 0) {
		problems.push({ card: null, line: split.stray[0] ?? null, message: `${split.stray.length} line${split.stray.length === 1 ? "" : "s"} outside any BEGIN:VCARD … END:VCARD, ignored` });
	}
	const contacts: Contact[] = [];
	for (const card of split.cards) {
		const c = readCard(card, problems);
		if (c) contacts.push(c);
	}
	if (split.cards.length === 0) problems.push({ card: null, line: null, message: "no BEGIN:VCARD in this file: it holds no contacts" });
	problems.sort((a, b) => (a.card ?? 0) - (b.card ?? 0) || (a.line ?? 0) - (b.line ?? 0));
	return { cards: split.cards.length, contacts, problems };
}
