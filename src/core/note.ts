/**
 * parseNote: a note's text, read once, turned into plain facts. Nothing downstream reads text again, and
 * the facts do not keep the text.
 */
import { type IsoDate, parseDateValue } from "./dates";
import {
	asList,
	findFrontmatter,
	keyLines,
	normalizeKey,
	parseFrontmatterYaml,
	stringsIn,
} from "./frontmatter";
import { linksAt } from "./line-links";
import { shared } from "./kept-strings";
import { type ListItem, type LocalProblem, type RawLink, scanBody } from "./markdown";
import { exact } from "./collections";
import type { Settings } from "./settings";

export interface NoteFacts {
	/** Frontmatter by normalised key (`lastcontact`), values as parsed. Kept for people only. */
	fields: Record<string, unknown>;
	/** The keys as the user wrote them, by normalised key (unknown keys are shown, never dropped). */
	keys: Record<string, string>;
	/** 1-based line of each frontmatter key. */
	keyLines: Record<string, number>;
	/** Tags from frontmatter and body, lower-case, without `#`. */
	tags: string[];
	/** Links in frontmatter values (with `key`) and in the body. */
	links: RawLink[];
	/** Tasks, dated items and list items with links. */
	items: ListItem[];
	/** The frontmatter `date`, when valid. */
	date: IsoDate | null;
	/** Frontmatter or tags mark a person (folders are judged by path, later). */
	personMarked: boolean;
	/** The body was not scanned: it has no link and nothing in it can matter for a non-person. */
	bodySkipped: boolean;
	problems: LocalProblem[];
}

/** What parseNote reads from the settings, lower-cased and normalised once rather than note by note. */
interface PersonRules {
	/** The lists they were derived from, as they were (compared on every use: a caller may edit in place). */
	from: [string[], string[], string[]];
	/** personKeys, normalised (normalizeKey). */
	keys: string[];
	/** personValues, lower-cased. */
	values: string[];
	/** personTags, lower-cased. */
	tags: string[];
	/** The length of the longest of `tags`. */
	longestTag: number;
}

const RULES = new WeakMap<Settings, PersonRules>();

function sameList(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

function rulesOf(settings: Settings): PersonRules {
	const r = RULES.get(settings);
	if (r !== undefined && sameList(r.from[0], settings.personKeys) && sameList(r.from[1], settings.personValues) && sameList(r.from[2], settings.personTags)) return r;
	const tags = settings.personTags.map((t) => t.toLowerCase());
	const made: PersonRules = {
		from: [[...settings.personKeys], [...settings.personValues], [...settings.personTags]],
		keys: settings.personKeys.map(normalizeKey),
		values: settings.personValues.map((v) => v.toLowerCase()),
		tags,
		longestTag: Math.max(0, ...tags.map((t) => t.length)),
	};
	RULES.set(settings, made);
	return made;
}

function isPersonValue(value: unknown, wanted: readonly string[]): boolean {
	for (const s of asList(value)) {
		let v = s.trim();
		const link = /^\[\[([^\]]*)\]\]$/.exec(v);
		if (link?.[1] !== undefined) v = link[1].split("|")[0]?.split("#")[0] ?? "";
		v = v.trim().toLowerCase();
		if (v.endsWith(".md")) v = v.slice(0, -3);
		const name = v.slice(v.lastIndexOf("/") + 1);
		if (wanted.includes(name)) return true;
	}
	return false;
}

export function hasPersonTag(tags: readonly string[], settings: Settings): boolean {
	return tags.length > 0 && hasTagIn(tags, rulesOf(settings).tags);
}

function hasTagIn(tags: Iterable<string>, wanted: readonly string[]): boolean {
	for (const t of tags) {
		for (const w of wanted) if (t === w || (t.length > w.length && t.charCodeAt(w.length) === 0x2f && t.startsWith(w))) return true;
	}
	return false;
}

/** Tags written in a frontmatter value: `tags: a, #b c` or a list; split on spaces and commas, lower-cased. */
function fmTags(value: unknown): string[] {
	const out: string[] = [];
	const add = (s: string): void => {
		for (const t of s.trim().split(/[\s,]+/)) {
			const tag = (t.charCodeAt(0) === 0x23 ? t.slice(1) : t).toLowerCase();
			if (tag !== "") out.push(tag);
		}
	};
	// The usual forms, a string or a list of strings, are read as they are; anything else through asList
	// (which walks nested values safely), with the same result.
	if (typeof value === "string") add(value);
	else if (Array.isArray(value) && value.every((x) => typeof x === "string")) for (const s of value) add(s);
	else for (const s of asList(value)) add(s);
	return out;
}

/** Could the body matter if this note is not a person? Only through links. */
function bodyMayMatter(body: string, rules: PersonRules): boolean {
	if (body.includes("[[") || body.includes("](")) return true;
	return hasPersonTagText(body, rules.tags, rules.longestTag);
}

/** Does `#person`, `#People/...` (any case) occur? One pass over the `#`s, no lower-cased copy of the body. */
function hasPersonTagText(body: string, tags: readonly string[], longest: number): boolean {
	for (let i = body.indexOf("#"); i >= 0; i = body.indexOf("#", i + 1)) {
		const after = body.slice(i + 1, i + 1 + longest).toLowerCase();
		if (tags.some((t) => t !== "" && after.startsWith(t))) return true;
	}
	return false;
}

/** The 1-based line of offset `pos` in `text`, counting LF line breaks as the core does. */
function lineAt(text: string, pos: number): number {
	let line = 1;
	for (let nl = text.indexOf("\n"); nl >= 0 && nl < pos; nl = text.indexOf("\n", nl + 1)) line++;
	return line;
}

/**
 * Bytes that are not plain text, reported where they first appear: NUL (a binary file named .md), and a
 * lone CR line break (old Mac files), which editors count as a new line while the core counts LF only.
 */
function oddText(text: string, problems: LocalProblem[]): void {
	const nul = text.indexOf("\u0000");
	if (nul >= 0) problems.push({ line: lineAt(text, nul), severity: "warning", message: "the note holds NUL characters: is it a binary file named .md? It is read as text" });
	for (let cr = text.indexOf("\r"); cr >= 0; cr = text.indexOf("\r", cr + 2)) {
		if (text[cr + 1] === "\n") continue;
		problems.push({
			line: lineAt(text, cr),
			severity: "warning",
			message: "a line ends with a lone CR (old Mac line breaks): editors count it as a new line, line numbers here count LF only, and frontmatter needs LF or CRLF; save the note with LF or CRLF line breaks",
		});
		return;
	}
}

/** Shared empty values for the many notes that have nothing of a kind (frozen: never written to). */
const NONE: Record<string, unknown> = Object.freeze(Object.create(null) as Record<string, unknown>);
const NO_STRINGS = Object.freeze([]) as unknown as string[];
const NO_PROBLEMS = Object.freeze([]) as unknown as LocalProblem[];

/** The items some link points into, with the links' item numbers remapped. */
function keepLinkedItems(items: ListItem[], links: RawLink[]): ListItem[] {
	const used = new Map<number, number>();
	const kept: ListItem[] = [];
	for (const l of links) {
		if (l.item < 0) continue;
		let to = used.get(l.item);
		if (to === undefined) {
			to = kept.length;
			used.set(l.item, to);
			kept.push(items[l.item] as ListItem);
		}
		l.item = to;
	}
	return kept;
}

/**
 * Parses one note. `mayBePersonByPath` says whether the note's path puts it in a people folder (then its
 * body always matters).
 */
export function parseNote(text: string, settings: Settings, mayBePersonByPath = false): NoteFacts {
	const problems: LocalProblem[] = [];
	oddText(text, problems);
	// No prototype: a key like `constructor` is the user's, not Object's (unknown keys are never dropped).
	// Made only for frontmatter with keys: a dictionary-mode object costs hundreds of bytes, and most notes
	// have no frontmatter or are no person (their fields are dropped after the person rules read them).
	let fields = NONE;
	let keys = NONE as Record<string, string>;
	const links: RawLink[] = [];
	const tags = new Set<string>();
	// A byte-order mark is not text: the first line is read as if it were not there.
	let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	let bodyLine = 1;
	const block = findFrontmatter(text);
	// Each key's line (keyLines), worked out only when asked for: kept for people, and read for a link in
	// a value or a bad date (most notes with frontmatter need neither: a fifth of a 50k build's garbage).
	let lines: Record<string, number> | null = null;
	let yamlRead = false;
	const lineOfKey = (k: string): number | null => {
		if (!block) return null;
		lines ??= keyLines(block);
		return lines[k] ?? null;
	};
	if (block) {
		body = text.slice(block.bodyOffset);
		bodyLine = block.bodyLine;
		const parsed = parseFrontmatterYaml(block);
		if (!parsed.ok) {
			problems.push({ line: parsed.line, severity: "error", message: parsed.message });
		} else {
			yamlRead = true;
			const data = parsed.data;
			const written = Object.keys(data);
			if (written.length > 0) {
				fields = Object.create(null) as Record<string, unknown>;
				keys = Object.create(null) as Record<string, string>;
			}
			for (const key of written) {
				const k = normalizeKey(key);
				if (k in fields) continue;
				fields[k] = data[key];
				keys[k] = key;
			}
			// Object.keys, not entries: no [key, value] pair made per key. (The order is the same.)
			for (const k of Object.keys(fields)) {
				const value = fields[k];
				if (k === "tags" || k === "tag") {
					for (const t of fmTags(value)) tags.add(t);
					continue;
				}
				// Most values are one string or a list of strings without a link: no walk, no copies.
				if (typeof value === "string") {
					if (!value.includes("[")) continue;
					const line = lineOfKey(k) ?? block.firstLine;
					for (const l of linksAt(value)) links.push({ target: shared(l.target), line, embed: l.embed, inQuote: false, item: -1, key: k });
					continue;
				}
				if (typeof value !== "object" || value === null) continue;
				for (const s of stringsIn(value)) {
					if (!s.includes("[")) continue;
					const line = lineOfKey(k) ?? block.firstLine;
					for (const l of linksAt(s)) links.push({ target: shared(l.target), line, embed: l.embed, inQuote: false, item: -1, key: k });
				}
			}
		}
	} else if (text.startsWith("---")) {
		// An opening fence that is never closed: Obsidian reads no frontmatter; say so.
		const firstLineEnd = text.indexOf("\n");
		const first = (firstLineEnd < 0 ? text : text.slice(0, firstLineEnd)).trim();
		if (first === "---") problems.push({ line: 1, severity: "warning", message: "frontmatter is opened with --- but never closed" });
	}

	const rules = rulesOf(settings);
	let personMarked = false;
	for (const key of rules.keys) {
		if (fields[key] !== undefined && isPersonValue(fields[key], rules.values)) {
			personMarked = true;
			break;
		}
	}
	let date: IsoDate | null = null;
	if (fields.date !== undefined && fields.date !== null && fields.date !== "") {
		const d = parseDateValue(fields.date);
		if (d.ok) date = d.date;
		else problems.push({ line: lineOfKey("date"), severity: "warning", message: `date ${d.reason}; the note is not treated as dated` });
	}

	let items: ListItem[] = [];
	const bodySkipped = !personMarked && !mayBePersonByPath && !hasTagIn(tags, rules.tags) && !bodyMayMatter(body, rules);
	if (!bodySkipped) {
		const facts = scanBody(body, bodyLine, problems);
		for (const t of facts.tags) tags.add(t);
		links.push(...facts.links);
		items = facts.items;
	}
	const tagList = [...tags];
	if (!personMarked) personMarked = hasTagIn(tagList, rules.tags);
	if (!personMarked && !mayBePersonByPath) {
		// Not a person: its fields are never read, and a list item can only matter through a link in it.
		// Keeping neither keeps the index small (a moved note that may become a person is read again).
		return {
			fields: NONE, keys: NONE as Record<string, string>, keyLines: NONE as Record<string, number>,
			tags: tagList.length > 0 ? tagList : NO_STRINGS, links: exact(links), items: exact(keepLinkedItems(items, links)), date, personMarked,
			bodySkipped, problems: problems.length > 0 ? exact(problems) : NO_PROBLEMS,
		};
	}
	const keyLinesKept = block && yamlRead ? (lines ?? keyLines(block)) : {};
	if (fields === NONE) {
		fields = Object.create(null) as Record<string, unknown>;
		keys = Object.create(null) as Record<string, string>;
	}
	return { fields, keys, keyLines: keyLinesKept, tags: tagList, links: exact(links), items: exact(items), date, personMarked, bodySkipped, problems: exact(problems) };
}

