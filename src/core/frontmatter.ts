/**
 * Frontmatter: finding the block (as Obsidian does: `---` on the first line, closed by a `---` line),
 * parsing its YAML with js-yaml 4 and the core schema (which keeps dates as the strings the user wrote),
 * normalising keys, and walking values safely. gray-matter was the plan, but its entry point calls
 * Node's `Buffer`, which Obsidian mobile does not have; it parses with js-yaml too.
 */
import { CORE_SCHEMA, load as parseYaml, YAMLException } from "js-yaml";

export interface FrontmatterBlock {
	/** The YAML text between the fences. */
	yaml: string;
	/** 1-based line of the first YAML line (the opening fence is line 1). */
	firstLine: number;
	/** Offset in the text where the body starts (after the closing fence's line). */
	bodyOffset: number;
	/** 1-based line where the body starts. */
	bodyLine: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Finds Obsidian's frontmatter: `---` on the first line, closed by a `---` line. Null when absent. */
export function findFrontmatter(text: string): FrontmatterBlock | null {
	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	if (!text.startsWith("---", start)) return null;
	const open = OPEN.exec(text.slice(start, start + 64));
	if (!open) return null;
	let pos = start + open[0].length;
	const yamlStart = pos;
	let line = 2;
	while (pos <= text.length) {
		let end = text.indexOf("\n", pos);
		if (end < 0) end = text.length;
		const raw = text.slice(pos, end).replace(/\r$/, "");
		if (CLOSE.test(raw)) {
			return {
				// A copy, not a slice: values parsed from it (kept for people) must not keep the whole note alive.
				yaml: ` ${text.slice(yamlStart, pos)}`.slice(1),
				firstLine: 2,
				bodyOffset: Math.min(end + 1, text.length),
				bodyLine: line + 1,
			};
		}
		if (end >= text.length) break;
		pos = end + 1;
		line++;
	}
	return null;
}

/**
 * YAML as Obsidian reads it: no timestamp type (an unquoted `2026-11-11` stays the string the user
 * wrote, so no time zone can shift it and `2026-13-45` is not silently rolled into 2027).
 */
function loadYaml(yaml: string): object {
	// The core schema has no timestamps; `json` lets a repeated key win quietly, as Obsidian does. Aliases
	// share one object, so an alias bomb ("billion laughs") stays small here; walks over values are
	// bounded (stringsIn).
	const data: unknown = parseYaml(yaml, { schema: CORE_SCHEMA, json: true });
	return data && typeof data === "object" ? data : {};
}

export type YamlResult =
	| { ok: true; data: Record<string, unknown> }
	| { ok: false; line: number | null; message: string };

/** Parses a frontmatter block's YAML. Errors come back located (1-based file line). */
export function parseFrontmatterYaml(block: FrontmatterBlock): YamlResult {
	if (block.yaml.trim() === "") return { ok: true, data: {} };
	try {
		// Not through gray-matter: its entry point calls Node's `Buffer`, which Obsidian mobile (a plain web
		// view) does not have, so every frontmatter failed to parse there (seen in Chromium, test/e2e/).
		const data: unknown = loadYaml(block.yaml);
		if (!data || typeof data !== "object" || Array.isArray(data)) {
			return { ok: false, line: block.firstLine, message: "frontmatter is not a set of key: value pairs" };
		}
		return { ok: true, data: data as Record<string, unknown> };
	} catch (e) {
		// An error found at the end of the stream (an unclosed `[`) is placed on the last YAML line, not on
		// the closing fence.
		const lastLine = block.firstLine + Math.max(0, block.yaml.replace(/\r?\n$/, "").split("\n").length - 1);
		const line = e instanceof YAMLException && typeof e.mark?.line === "number" ? Math.min(block.firstLine + e.mark.line, lastLine) : null;
		const reason = e instanceof YAMLException ? e.reason : e instanceof Error ? e.message.split("\n")[0] : "unreadable";
		return { ok: false, line, message: `invalid YAML in frontmatter: ${reason}` };
	}
}

/** `last_contact`, `last-contact`, `lastContact` and `last contact` are one key: `lastcontact`. */
export function normalizeKey(key: string): string {
	return key.toLowerCase().replace(/[\s_-]+/g, "");
}

/** 1-based line of each top-level key, by normalised key (for located problems). */
export function keyLines(block: FrontmatterBlock): Record<string, number> {
	const out = Object.create(null) as Record<string, number>;
	const lines = block.yaml.split("\n");
	for (let i = 0; i < lines.length; i++) {
		// A key starts with neither a space, a tab, `-`, `#` nor `:` (list items and nested maps are most lines).
		const c = (lines[i] as string).charCodeAt(0);
		if (c === 0x20 || c === 0x09 || c === 0x2d || c === 0x23 || c === 0x3a || Number.isNaN(c)) continue;
		// The plain key is taken up to the colon and trimmed after: a lazy `[^:]*?` followed by `\s*:` would
		// backtrack quadratically on a long run of spaces with no colon.
		const m = /^(?:"([^"]+)"\s*|'([^']+)'\s*|([^\s#:'"-][^:]*)):(?:\s|$)/.exec(lines[i] ?? "");
		const key = m?.[1] ?? m?.[2] ?? m?.[3]?.trimEnd();
		if (key !== undefined) {
			const k = normalizeKey(key);
			if (!(k in out)) out[k] = block.firstLine + i;
		}
	}
	return out;
}

const MAX_DEPTH = 20;
const MAX_VISITS = 10_000;

/**
 * Every string inside a frontmatter value, depth first. Aliases in YAML share objects, so an alias bomb
 * is a small graph but a huge tree: each object is visited once and the walk is bounded.
 */
export function stringsIn(value: unknown): string[] {
	// A plain string needs no walk (most values are one): no set and no closure made for it.
	if (typeof value === "string") return [value];
	const out: string[] = [];
	const seen = new Set<object>();
	let visits = 0;
	const walk = (v: unknown, depth: number): void => {
		if (++visits > MAX_VISITS || depth > MAX_DEPTH) return;
		if (typeof v === "string") out.push(v);
		else if (typeof v === "number" || typeof v === "boolean") out.push(String(v));
		else if (v && typeof v === "object") {
			if (seen.has(v)) return;
			seen.add(v);
			// `key: [[Note]]` unquoted is YAML for a list in a list; Obsidian users mean a link.
			if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 && typeof v[0][0] === "string") {
				out.push(`[[${v[0][0]}]]`);
				return;
			}
			for (const x of Array.isArray(v) ? v : Object.values(v)) walk(x, depth + 1);
		}
	};
	walk(value, 0);
	return out;
}

/**
 * A frontmatter value as short text for a message (as JSON when `json`), at most `max` characters. Lists and
 * maps are read through `stringsIn`: JSON.stringify or String() of an alias bomb takes exponential time,
 * and JSON.stringify of a value that refers to itself (`a: &a {b: *a}`) throws.
 */
export function valueText(value: unknown, json = false, max = 40): string {
	const v = value !== null && typeof value === "object" ? stringsIn(value).slice(0, 10) : value;
	const s = json ? (JSON.stringify(v) ?? String(v)) : Array.isArray(v) ? v.join(",") : String(v);
	return s.slice(0, max);
}

/** A value as a list of non-empty strings (text or list forms). */
export function asList(value: unknown): string[] {
	if (value === null || value === undefined) return [];
	const items = Array.isArray(value) && !(value.length === 1 && Array.isArray(value[0])) ? value : [value];
	const out: string[] = [];
	for (const item of items) {
		for (const s of stringsIn(item)) {
			const t = s.trim();
			if (t !== "") out.push(t);
		}
	}
	return out;
}
