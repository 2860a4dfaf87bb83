/**
 * A .vcf file as bytes, cut into cards and their content lines. This is not a vCard parser (ical.js
 * parses each line, read.ts): it only finds where cards begin and end, so that a problem can say which
 * card and which line, and a card left open by a missing `END:VCARD` ends where the next one begins;
 * and it unfolds lines (RFC 6350 folding, plus vCard 2.1's QUOTED-PRINTABLE soft line breaks, which
 * ical.js cannot read). Values stay bytes: their charset is known only once the parameters are read.
 * Bytes, not text, because vCard 2.1 lets each property name its own CHARSET.
 */

/** One unfolded content line: its name-and-parameters part (text) and its value (bytes). */
export interface ContentLine {
	/** 1-based line in the file where it starts. */
	line: number;
	/** `item1.EMAIL;TYPE=work` (the part before the first `:` outside quotes), decoded as UTF-8. */
	head: string;
	/** Upper-case property name without group: `EMAIL`. */
	name: string;
	value: Uint8Array;
	/** No `:` found: not a content line at all (binary junk, a stray word). */
	broken: boolean;
}

export interface RawCard {
	/** 1-based index in the file. */
	index: number;
	/** Line of its `BEGIN:VCARD`. */
	line: number;
	lines: ContentLine[];
	/** No `END:VCARD` before the next `BEGIN:VCARD` or the end of the file. */
	unclosed: boolean;
}

export interface SplitFile {
	cards: RawCard[];
	/** Non-blank lines outside any card (ignored). */
	stray: number[];
}

/** Photos, logos, sounds and keys: large, never copied into notes, so never even joined. */
const SKIPPED = new Set(["PHOTO", "LOGO", "SOUND", "KEY"]);

const utf8 = new TextDecoder("utf-8");

/** The file as UTF-8 bytes: a string is encoded, UTF-16 with a byte-order mark is converted. */
export function asBytes(input: Uint8Array | string): Uint8Array {
	if (typeof input === "string") return new TextEncoder().encode(input);
	if (input.length >= 2 && ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff))) {
		const text = new TextDecoder(input[0] === 0xff ? "utf-16le" : "utf-16be").decode(input);
		return new TextEncoder().encode(text);
	}
	if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) return input.subarray(3);
	return input;
}

/** [start, end) of every physical line, without its CR LF. */
function physicalLines(bytes: Uint8Array): [number, number][] {
	const out: [number, number][] = [];
	let start = 0;
	for (;;) {
		const nl = bytes.indexOf(0x0a, start);
		const end = nl < 0 ? bytes.length : nl;
		out.push([start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end]);
		if (nl < 0) return out;
		start = nl + 1;
	}
}

function isBlank(bytes: Uint8Array, [s, e]: [number, number]): boolean {
	for (let i = s; i < e; i++) if (bytes[i] !== 0x20 && bytes[i] !== 0x09) return false;
	return true;
}

/** The line's text if it is short and ASCII-ish (for BEGIN/END tests), else "". */
function shortText(bytes: Uint8Array, [s, e]: [number, number]): string {
	return e - s > 40 ? "" : utf8.decode(bytes.subarray(s, e)).trim().toUpperCase();
}

/** Where the head ends: the first `:` outside double quotes, or -1. */
function colonAt(bytes: Uint8Array, s: number, e: number): number {
	let quoted = false;
	for (let i = s; i < e; i++) {
		const b = bytes[i];
		if (b === 0x22) quoted = !quoted;
		else if (b === 0x3a && !quoted) return i;
	}
	return -1;
}

function concat(parts: Uint8Array[]): Uint8Array {
	if (parts.length === 1) return parts[0] as Uint8Array;
	let n = 0;
	for (const p of parts) n += p.length;
	const out = new Uint8Array(n);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

function propertyName(head: string): string {
	const semi = head.indexOf(";");
	const name = semi < 0 ? head : head.slice(0, semi);
	return name.slice(name.lastIndexOf(".") + 1).trim().toUpperCase();
}

/**
 * The card's content lines between BEGIN and END (physical line indexes [from, to)), unfolded: a line
 * starting with a space or tab continues the one before (its first character dropped); a
 * QUOTED-PRINTABLE value ending in `=` continues on the next line (the `=` and the line break dropped).
 */
function contentLines(bytes: Uint8Array, lines: [number, number][], from: number, to: number): ContentLine[] {
	const out: ContentLine[] = [];
	let i = from;
	while (i < to) {
		const span = lines[i] as [number, number];
		const [s, e] = span;
		if (isBlank(bytes, span)) {
			i++;
			continue;
		}
		const colon = colonAt(bytes, s, e);
		const lineNo = i + 1;
		i++;
		if (colon < 0) {
			out.push({ line: lineNo, head: utf8.decode(bytes.subarray(s, e)), name: "", value: new Uint8Array(0), broken: true });
			while (i < to && isFolded(bytes, lines[i] as [number, number])) i++;
			continue;
		}
		const head = utf8.decode(bytes.subarray(s, colon));
		const name = propertyName(head);
		if (SKIPPED.has(name)) {
			while (i < to && isFolded(bytes, lines[i] as [number, number])) i++;
			out.push({ line: lineNo, head, name, value: new Uint8Array(0), broken: false });
			continue;
		}
		const parts = [bytes.subarray(colon + 1, e)];
		const qp = head.toUpperCase().includes("QUOTED-PRINTABLE");
		for (;;) {
			if (i >= to) break;
			const next = lines[i] as [number, number];
			const last = parts[parts.length - 1] as Uint8Array;
			if (qp && last.length > 0 && last[last.length - 1] === 0x3d) {
				// A soft line break: the next line goes on as it is (its leading spaces are data).
				parts[parts.length - 1] = last.subarray(0, last.length - 1);
				parts.push(bytes.subarray(next[0], next[1]));
				i++;
			} else if (isFolded(bytes, next)) {
				parts.push(bytes.subarray(next[0] + 1, next[1]));
				i++;
			} else break;
		}
		out.push({ line: lineNo, head, name, value: concat(parts), broken: false });
	}
	return out;
}

function isFolded(bytes: Uint8Array, [s, e]: [number, number]): boolean {
	return e > s && (bytes[s] === 0x20 || bytes[s] === 0x09);
}

/** Cuts the file into cards. */
export function splitCards(input: Uint8Array | string): SplitFile {
	const bytes = asBytes(input);
	const lines = physicalLines(bytes);
	const cards: RawCard[] = [];
	const stray: number[] = [];
	let open = -1;
	const close = (end: number, unclosed: boolean) => {
		cards.push({ index: cards.length + 1, line: open + 1, lines: contentLines(bytes, lines, open + 1, end), unclosed });
		open = -1;
	};
	for (let i = 0; i < lines.length; i++) {
		const span = lines[i] as [number, number];
		const t = shortText(bytes, span);
		if (t === "BEGIN:VCARD") {
			if (open >= 0) close(i, true);
			open = i;
		} else if (t === "END:VCARD") {
			if (open >= 0) close(i, false);
			else stray.push(i + 1);
		} else if (open < 0 && !isBlank(bytes, span)) stray.push(i + 1);
	}
	if (open >= 0) close(lines.length, true);
	return { cards, stray };
}
