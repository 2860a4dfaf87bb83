/**
 * One frontmatter key set or removed, every other byte kept: comments, key order, the quoting of other
 * keys, LF or CRLF line breaks, a byte order mark, the body. The edit works on the key's own lines (its
 * key line and the indented or `- ` lines of its value), then reads the result back with the core's YAML
 * reading and refuses unless it is the old frontmatter with exactly that one change: a form too complex
 * to edit by lines (block scalars, anchors, a repeated key, broken YAML) is refused, never guessed at.
 */
import { findFrontmatter, normalizeKey, parseFrontmatterYaml } from "./frontmatter";

export type FrontmatterEdit = { ok: true; text: string } | { ok: false; reason: string };
export type FrontmatterScalar = string | number | boolean;
export type FrontmatterValue = FrontmatterScalar | readonly FrontmatterScalar[];

/** Words some YAML readers (YAML 1.1, Obsidian's property editor) take for booleans or null. */
const RESERVED = new Set(["true", "false", "yes", "no", "y", "n", "on", "off", "null", "~", ""]);
/** Characters that can start or change the meaning of a plain YAML scalar. */
const INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`"]);

function isIsoDateShape(s: string): boolean {
	if (s.length !== 10 || s[4] !== "-" || s[7] !== "-") return false;
	for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7 && !(s[i]! >= "0" && s[i]! <= "9")) return false;
	return true;
}

/**
 * A count and a word (`2w`, `3 months`, `10 days`), as a cadence is written: plain in YAML, since no
 * number, date or time has that shape. A letter right after the digits that could start a number's
 * notation (`1e3`, `0x1f`, `0o7`, `0b1`) is left to the quoted path.
 */
function isCountAndWord(s: string): boolean {
	let i = 0;
	while (i < s.length && s[i]! >= "0" && s[i]! <= "9") i++;
	if (i === 0 || i === s.length) return false;
	if (s[i] === " ") i++;
	else if ("eExXoObB".includes(s[i]!)) return false;
	if (i === s.length) return false;
	for (; i < s.length; i++) {
		const c = s[i]!.toLowerCase();
		if (c < "a" || c > "z") return false;
	}
	return true;
}

/** Can `s` be written unquoted and be read back as the same string by any YAML reader? */
function plainSafe(s: string): boolean {
	if (RESERVED.has(s.toLowerCase())) return false;
	if (isIsoDateShape(s) || isCountAndWord(s)) return true;
	const first = s[0]!;
	// Anything number-like (`0123`, `+49 30`, `1e3`, `.5`, `12:30`) is quoted, so a phone number stays text.
	if (INDICATORS.has(first) || first === "." || first === "+" || (first >= "0" && first <= "9")) return false;
	if (s.trim() !== s) return false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x20 || c === 0x7f || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)) return false;
		const ch = s[i]!;
		if (ch === ":" || ch === "#" || ch === "," || ch === "[" || ch === "]" || ch === "{" || ch === "}" || ch === '"' || ch === "'") return false;
	}
	return true;
}

/** One scalar as YAML: plain when safe, else double-quoted (a JSON string is a valid YAML one). */
export function yamlScalar(value: FrontmatterScalar): string {
	if (typeof value === "boolean") return value ? "true" : "false";
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
	return plainSafe(value) ? value : JSON.stringify(value);
}

function yamlValue(value: FrontmatterValue): string {
	return Array.isArray(value) ? `[${(value as readonly FrontmatterScalar[]).map(yamlScalar).join(", ")}]` : yamlScalar(value as FrontmatterScalar);
}

function yamlKey(key: string): string {
	return plainSafe(key) && !key.includes(" #") ? key : JSON.stringify(key);
}

interface KeyLine {
	key: string;
	/** Offset in the line where the value starts (after `:`). */
	valueAt: number;
}

/** The top-level key a line starts, or null (indented lines, comments, list items, blank lines). */
function topKey(line: string): KeyLine | null {
	const c = line[0];
	if (c === undefined || c === " " || c === "\t" || c === "#" || c === "-" || c === "?" || c === "{" || c === "[") return null;
	let end: number;
	let key: string;
	if (c === '"' || c === "'") {
		let i = 1;
		for (; i < line.length; i++) {
			if (c === '"' && line[i] === "\\") i++;
			else if (line[i] === c) {
				if (c === "'" && line[i + 1] === "'") i++;
				else break;
			}
		}
		if (i >= line.length) return null;
		const raw = line.slice(0, i + 1);
		try {
			key = c === '"' ? (JSON.parse(raw) as string) : raw.slice(1, -1).replaceAll("''", "'");
		} catch {
			return null;
		}
		end = i + 1;
		while (line[end] === " " || line[end] === "\t") end++;
		if (line[end] !== ":") return null;
	} else {
		end = -1;
		for (let i = line.indexOf(":"); i >= 0; i = line.indexOf(":", i + 1)) {
			const next = line[i + 1];
			if (next === undefined || next === " " || next === "\t" || next === "\r") {
				end = i;
				break;
			}
		}
		if (end < 0) return null;
		key = line.slice(0, end).trimEnd();
	}
	const after = line[end + 1];
	if (after !== undefined && after !== " " && after !== "\t" && after !== "\r") return null;
	return { key, valueAt: end + 1 };
}

interface Line {
	/** Offset of the line's first character in the whole text. */
	start: number;
	/** Offset just after its line break (or the end of the YAML). */
	next: number;
	/** The line without its line break. */
	content: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
	const out: Line[] = [];
	let pos = from;
	while (pos < to) {
		let nl = text.indexOf("\n", pos);
		if (nl < 0 || nl >= to) nl = to - 1;
		const raw = text.slice(pos, nl + 1);
		let cut = raw.length;
		if (raw[cut - 1] === "\n") cut--;
		if (raw[cut - 1] === "\r") cut--;
		out.push({ start: pos, next: nl + 1, content: raw.slice(0, cut) });
		pos = nl + 1;
	}
	return out;
}

/** The key's lines: its key line, then indented, blank and `- ` lines, without trailing blank ones. */
function entryEnd(lines: Line[], at: number): number {
	let end = at + 1;
	let last = at + 1;
	for (; end < lines.length; end++) {
		const c = lines[end]!.content;
		const blank = c.trim() === "";
		if (!blank && !(c[0] === " " || c[0] === "\t" || c === "-" || c.startsWith("- "))) break;
		if (!blank) last = end + 1;
	}
	return last;
}

/** Does `sign` open a token (after a space, `[`, `,` or `-`, and followed by a name) in this line? */
function hasToken(line: string, sign: string): boolean {
	for (let j = line.indexOf(sign); j >= 0; j = line.indexOf(sign, j + 1)) {
		const after = line[j + 1];
		if (" \t[,-".includes(line[j - 1] ?? " ") && after !== undefined && after.trim() !== "") return true;
	}
	return false;
}

/** Why this entry cannot be edited by lines, or null. */
function tooComplex(lines: Line[], from: number, to: number, valueAt: number): string | null {
	const value = lines[from]!.content.slice(valueAt).trim();
	if (value[0] === "|" || value[0] === ">") return "its value is a multi-line block scalar (| or >)";
	for (let i = from; i < to; i++) {
		const c = i === from ? ` ${value}` : lines[i]!.content;
		if (hasToken(c, "&")) return "its value uses a YAML anchor (&)";
		if (hasToken(c, "*")) return "its value uses a YAML alias (*)";
	}
	return null;
}

/** The first line break's form in the text, LF when it has none. */
function lineBreakOf(text: string): string {
	const nl = text.indexOf("\n");
	return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

/** `[a, b]` replacing a block list keeps the block form, with the old items' indentation. */
function blockList(lines: Line[], from: number, to: number, value: readonly FrontmatterScalar[], eol: string): string | null {
	const item = lines.slice(from + 1, to).find((l) => l.content.trim() !== "");
	if (!item || value.length === 0) return null;
	const dash = item.content.indexOf("-");
	if (dash < 0 || item.content.slice(0, dash).trim() !== "") return null;
	const indent = item.content.slice(0, dash);
	return value.map((v) => `${eol}${indent}- ${yamlScalar(v)}`).join("");
}

type Change = { kind: "set"; value: FrontmatterValue } | { kind: "remove" };

function edit(text: string, key: string, change: Change): FrontmatterEdit {
	const wanted = normalizeKey(key);
	const bom = text.charCodeAt(0) === 0xfeff ? "\uFEFF" : "";
	const block = findFrontmatter(text);
	if (!block) {
		if (text.startsWith("---", bom.length)) return { ok: false, reason: "the note starts with --- but its frontmatter is never closed" };
		if (change.kind === "remove") return { ok: true, text };
		const eol = lineBreakOf(text);
		const made = `${bom}---${eol}${yamlKey(key)}: ${yamlValue(change.value)}${eol}---${eol}${text.slice(bom.length)}`;
		return checked(text, made, key, change);
	}
	const before = parseFrontmatterYaml(block);
	if (!before.ok) return { ok: false, reason: `the frontmatter is not valid YAML (${before.message}); fix it first` };
	// The YAML starts on the line after the opening `---`.
	const from = text.indexOf("\n", bom.length) + 1;
	const lines = linesOf(text, from, from + block.yaml.length);
	const hits: number[] = [];
	for (let i = 0; i < lines.length; i++) {
		const k = topKey(lines[i]!.content);
		if (k && normalizeKey(k.key) === wanted) hits.push(i);
	}
	if (hits.length > 1) return { ok: false, reason: `the key "${key}" appears ${hits.length} times in the frontmatter; keep one and try again` };
	const eol = lineBreakOf(text.slice(bom.length));
	if (hits.length === 0) {
		if (change.kind === "remove") return { ok: true, text };
		// The new key goes last, just before the closing ---.
		const at = from + block.yaml.length;
		const sep = at > from && text[at - 1] !== "\n" ? eol : "";
		return checked(text, `${text.slice(0, at)}${sep}${yamlKey(key)}: ${yamlValue(change.value)}${eol}${text.slice(at)}`, key, change);
	}
	const i = hits[0]!;
	const k = topKey(lines[i]!.content)!;
	const end = entryEnd(lines, i);
	const why = tooComplex(lines, i, end, k.valueAt);
	if (why) return { ok: false, reason: `the key "${k.key}" cannot be edited safely: ${why}; edit it by hand` };
	const start = lines[i]!.start;
	const stop = lines[end - 1]!.next;
	if (change.kind === "remove") return checked(text, text.slice(0, start) + text.slice(stop), key, change);
	const lastBreak = text.slice(lines[end - 1]!.start + lines[end - 1]!.content.length, stop);
	const keyText = lines[i]!.content.slice(0, k.valueAt);
	const block2 = Array.isArray(change.value) ? blockList(lines, i, end, change.value as readonly FrontmatterScalar[], eol) : null;
	const line = block2 !== null ? `${keyText}${block2}` : `${keyText} ${yamlValue(change.value)}`;
	return checked(text, `${text.slice(0, start)}${line}${lastBreak}${text.slice(stop)}`, key, change);
}

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** Reads the result back: refused unless it is the old frontmatter with exactly the one change. */
function checked(oldText: string, newText: string, key: string, change: Change): FrontmatterEdit {
	const oldBlock = findFrontmatter(oldText);
	const oldData = oldBlock ? parseFrontmatterYaml(oldBlock) : { ok: true as const, data: {} as Record<string, unknown> };
	const newBlock = findFrontmatter(newText);
	const newData = newBlock ? parseFrontmatterYaml(newBlock) : { ok: true as const, data: {} as Record<string, unknown> };
	const refuse: FrontmatterEdit = { ok: false, reason: `the frontmatter's form around "${key}" is too complex to edit safely; edit it by hand` };
	if (!oldData.ok || !newData.ok) return refuse;
	const wanted = normalizeKey(key);
	const expected: Record<string, unknown> = {};
	let written = key;
	for (const [k, v] of Object.entries(oldData.data)) {
		if (normalizeKey(k) === wanted) written = k;
		else expected[k] = v;
	}
	const got: Record<string, unknown> = {};
	let value: unknown;
	for (const [k, v] of Object.entries(newData.data)) {
		if (normalizeKey(k) === wanted) {
			if (k !== written || value !== undefined) return refuse;
			value = v;
		} else got[k] = v;
	}
	if (!same(expected, got)) return refuse;
	if (change.kind === "remove" ? value !== undefined : !same(value, change.value)) return refuse;
	return { ok: true, text: newText };
}

/**
 * Sets `key` (matched as the conventions say: `lastContact` is `last_contact`) to `value`: its lines are
 * replaced, or it is added last; a note with no frontmatter gets one. Dates are written `YYYY-MM-DD`.
 */
export function setFrontmatterKey(text: string, key: string, value: FrontmatterValue): FrontmatterEdit {
	if (key.trim() === "" || key.includes("\n") || key.includes("\r")) return { ok: false, reason: "a frontmatter key must be one non-empty line" };
	return edit(text, key, { kind: "set", value });
}

/** Removes `key`'s lines from the frontmatter (nothing to do when it is absent). */
export function removeFrontmatterKey(text: string, key: string): FrontmatterEdit {
	return edit(text, key, { kind: "remove" });
}
