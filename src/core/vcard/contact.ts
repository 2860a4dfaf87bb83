/**
 * A contact as the vCard mapping sees it (conventions.md section 7): the fields a card gives a person
 * note, in the note's own words. Both sides use it: a card read from a file, and a person note read
 * from the vault (existing.ts), so comparing them and exporting one as a card are the same mapping.
 */
import { formatIso, isRealDate } from "../dates";

export interface Contact {
	/** 1-based index of the card in its file (0 for a note). */
	card: number;
	/** Line of its BEGIN:VCARD (0 for a note). */
	line: number;
	/** Every card merged into this one (duplicates in one file), first is `card`. */
	cards: number[];
	/** FN, else N as "Given Family". */
	name: string;
	aliases: string[];
	email: string[];
	phone: string[];
	org: string[];
	role: string[];
	/** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
	birthday: string | null;
	circle: string[];
	/** Names of related people (RELATED as text, X-ABRELATEDNAMES). */
	related: string[];
	/** RELATED given as `urn:uuid:...`: resolved against the file's and the vault's uids. */
	relatedUids: string[];
	uid: string | null;
	address: string[];
	url: string[];
	/** NOTE: the body of a new note. */
	note: string | null;
}

export interface VcardProblem {
	/** 1-based card index, or null for the file as a whole. */
	card: number | null;
	/** 1-based line in the file, or null. */
	line: number | null;
	message: string;
}

export function emptyContact(card: number, line: number): Contact {
	return {
		card, line, cards: [card], name: "", aliases: [], email: [], phone: [], org: [], role: [], birthday: null,
		circle: [], related: [], relatedUids: [], uid: null, address: [], url: [], note: null,
	};
}

function digitsOnly(s: string): boolean {
	if (s === "") return false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x30 || c > 0x39) return false;
	}
	return true;
}

/** Apple writes a birthday without a year as 1604 (the first leap year of its calendar). */
const NO_YEAR = 1604;

/**
 * A BDAY value (as ical.js gives it: `1980-02-29`, `1980-02-29T10:00:00Z`, `--02-29`) as a birthday:
 * `YYYY-MM-DD`, or `--MM-DD` for no year (also Apple's year 1604 and `X-APPLE-OMIT-YEAR`). Null when it
 * is not a real date.
 */
export function birthdayOf(value: string, omitYear: boolean): string | null {
	const s = value.trim();
	if (s.startsWith("--")) {
		const [m, d] = [s.slice(2, 4), s.slice(5, 7)];
		if (s.length !== 7 || s[4] !== "-" || !digitsOnly(m) || !digitsOnly(d)) return null;
		return isRealDate(2000, Number(m), Number(d)) ? `--${m}-${d}` : null;
	}
	if (s.length < 10 || s[4] !== "-" || s[7] !== "-" || (s.length > 10 && s[10] !== "T")) return null;
	const [y, m, d] = [s.slice(0, 4), s.slice(5, 7), s.slice(8, 10)];
	if (!digitsOnly(y) || !digitsOnly(m) || !digitsOnly(d)) return null;
	const year = Number(y), month = Number(m), day = Number(d);
	if (omitYear || year === NO_YEAR) return isRealDate(2000, month, day) ? `--${m}-${d}` : null;
	return isRealDate(year, month, day) ? formatIso(year, month, day) : null;
}

/** A birthday as written in a note (`YYYY-MM-DD`, `MM-DD`, `--MM-DD`) in the contact's form, or null. */
export function normaliseBirthday(value: string): string | null {
	const s = value.trim();
	if (s.length === 5 && s[2] === "-") return birthdayOf(`--${s}`, false);
	return birthdayOf(s, false);
}

/** Digits of a phone number, for matching and comparing (`+46 70-123` → `4670123`). */
export function phoneDigits(s: string): string {
	let out = "";
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0x30 && c <= 0x39) out += s[i];
	}
	return out;
}

/** A uid compared without its `urn:uuid:` prefix and case. */
export function uidKey(s: string): string {
	const t = s.trim().toLowerCase();
	return t.startsWith("urn:uuid:") ? t.slice(9) : t;
}
