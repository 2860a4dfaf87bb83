/**
 * vCard 2.1 brought to 3.0, one content line at a time, before ical.js reads it (ical.js reads 3.0 and
 * 4.0 only: it rejects 2.1's bare parameters `TEL;WORK;VOICE:` and knows neither QUOTED-PRINTABLE nor
 * CHARSET). This normalises input; it is not a parser of its own:
 *
 * - bare parameters become `TYPE=` parameters (`TEL;WORK;VOICE` → `TEL;TYPE=WORK;TYPE=VOICE`);
 * - `ENCODING=QUOTED-PRINTABLE` (or bare `QUOTED-PRINTABLE`) values are decoded to bytes; `8BIT` and
 *   `7BIT` are dropped; `BASE64` becomes 3.0's `ENCODING=b`;
 * - the value's bytes are read in its `CHARSET` (UTF-8 when none; a 2.1 value that is not valid UTF-8
 *   is read as Windows-1252, what ISO-8859-1 means on the web) through TextDecoder;
 * - the decoded text is escaped as 3.0 text: line breaks as `\n`, a backslash as `\\`, a comma as `\,`
 *   (2.1 escapes nothing but `\;`, which is kept; its commas are plain text).
 *
 * Lines of 3.0 and 4.0 cards pass through untouched unless they carry QUOTED-PRINTABLE or CHARSET too
 * (some phones write those into 3.0 cards).
 */
import type { ContentLine } from "./lines";

const decoders = new Map<string, TextDecoder | null>();

function decoder(label: string, fatal = false): TextDecoder | null {
	const key = `${label.toLowerCase()}|${fatal}`;
	if (!decoders.has(key)) {
		let d: TextDecoder | null = null;
		try {
			d = new TextDecoder(label, { fatal });
		} catch {
			d = null; // a label TextDecoder does not know
		}
		decoders.set(key, d);
	}
	return decoders.get(key) ?? null;
}

const utf8 = decoder("utf-8") as TextDecoder;

function hex(b: number): number {
	if (b >= 0x30 && b <= 0x39) return b - 0x30;
	if (b >= 0x41 && b <= 0x46) return b - 0x37;
	if (b >= 0x61 && b <= 0x66) return b - 0x57;
	return -1;
}

/** QUOTED-PRINTABLE to bytes: `=XX` is a byte; any other `=` is kept as it is (lenient, like mail readers). */
export function decodeQuotedPrintable(value: Uint8Array): Uint8Array {
	const out = new Uint8Array(value.length);
	let n = 0;
	for (let i = 0; i < value.length; i++) {
		const b = value[i] as number;
		if (b === 0x3d && i + 2 < value.length && hex(value[i + 1] as number) >= 0 && hex(value[i + 2] as number) >= 0) {
			out[n++] = hex(value[i + 1] as number) * 16 + hex(value[i + 2] as number);
			i += 2;
		} else out[n++] = b;
	}
	return out.subarray(0, n);
}

export interface Normalised {
	/** The content line as 3.0/4.0 text, ready for ical.js. */
	text: string;
	/** A note about the line (an unknown charset), or null. */
	warning: string | null;
}

function splitHead(head: string): string[] {
	return head.split(";").map((p) => p.trim());
}

/** Escapes decoded 2.1 text as 3.0 text. */
function escape21(text: string): string {
	let out = "";
	for (let i = 0; i < text.length; i++) {
		const c = text[i] as string;
		if (c === "\r") {
			if (text[i + 1] === "\n") i++;
			out += "\\n";
		} else if (c === "\n") out += "\\n";
		else if (c === "\\" && text[i + 1] !== ";") out += "\\\\";
		else if (c === ",") out += "\\,";
		else out += c;
	}
	return out;
}

function newlinesEscaped(text: string): string {
	return text.split("\r\n").join("\n").split("\n").join("\\n");
}

/** One content line as text for ical.js, converting 2.1 constructs when `legacy` or when the line needs it. */
export function normaliseLine(line: ContentLine, legacy: boolean): Normalised {
	const upper = line.head.toUpperCase();
	const needs = legacy || upper.includes("QUOTED-PRINTABLE") || upper.includes("CHARSET");
	if (!needs) return { text: `${line.head}:${utf8.decode(line.value)}`, warning: null };
	const [name = "", ...params] = splitHead(line.head);
	const kept: string[] = [];
	let qp = false;
	let charset: string | null = null;
	for (const p of params) {
		if (p === "") continue;
		const eq = p.indexOf("=");
		const key = (eq < 0 ? "" : p.slice(0, eq)).trim().toUpperCase();
		const val = (eq < 0 ? p : p.slice(eq + 1)).trim();
		const v = val.toUpperCase();
		if ((key === "ENCODING" || key === "") && v === "QUOTED-PRINTABLE") qp = true;
		else if ((key === "ENCODING" || key === "") && (v === "8BIT" || v === "7BIT")) continue;
		else if ((key === "ENCODING" || key === "") && (v === "BASE64" || v === "B")) kept.push("ENCODING=b");
		else if (key === "CHARSET") charset = val;
		else if (key === "") kept.push(`TYPE=${val}`);
		else kept.push(legacy && key === "TYPE" ? `TYPE=${val}` : p);
	}
	const bytes = qp ? decodeQuotedPrintable(line.value) : line.value;
	let warning: string | null = null;
	let text: string;
	const named = charset === null ? null : decoder(charset);
	if (charset !== null && named === null) warning = `unknown charset "${charset}", read as UTF-8`;
	if (named) text = named.decode(bytes);
	else if (legacy && charset === null) {
		// 2.1 without a charset: UTF-8 when the bytes are UTF-8, else the Windows code page.
		try {
			text = (decoder("utf-8", true) as TextDecoder).decode(bytes);
		} catch {
			text = (decoder("windows-1252") as TextDecoder).decode(bytes);
		}
	} else text = utf8.decode(bytes);
	const value = legacy ? escape21(text) : newlinesEscaped(text);
	return { text: `${[name, ...kept].join(";")}:${value}`, warning };
}
