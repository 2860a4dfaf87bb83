/**
 * The `active-network` code block's query: one instruction a line (docs/blocks.md). Pure: the plugin
 * renders what this returns. Lines and words are split by hand (no regex); every mistake comes back
 * with its 1-based line and what was expected, as the Tasks plugin does, and parsing never throws.
 */

export type BlockList = "touchpoints" | "cold" | "never" | "promises" | "birthdays" | "person";

export interface BlockQuery {
	list: BlockList;
	/** promises: only mine / only theirs; null for both. */
	direction: "mine" | "theirs" | null;
	/** promises: only overdue ones. */
	overdue: boolean;
	/** promises: due within this many days; birthdays: within this many days. */
	withinDays: number | null;
	/** person: the name in `person [[Name]]`; null for this note's person. */
	person: string | null;
	circle: string | null;
	limit: number | null;
}

export interface BlockError {
	/** 1-based line in the block. */
	line: number;
	/** The line as written. */
	source: string;
	message: string;
}

export type BlockParse = { ok: true; query: BlockQuery } | { ok: false; errors: BlockError[] };

const LISTS: readonly BlockList[] = ["touchpoints", "cold", "never", "promises", "birthdays", "person"];
export const BLOCK_EXPECTED = "one of touchpoints, cold, never, promises, birthdays, person, circle NAME, limit N";

function wordsOf(line: string): string[] {
	return line.split("\t").join(" ").split(" ").filter((w) => w !== "");
}

/** A whole number of 1 or more written with digits only, else null. */
function count(word: string | undefined): number | null {
	if (word === undefined || word === "" || word.length > 6) return null;
	for (const ch of word) if (ch < "0" || ch > "9") return null;
	const n = Number(word);
	return n >= 1 ? n : null;
}

/** `within N day(s)` at `words[at...]`: N, or an error message. */
function within(words: string[], at: number, what: string): number | string {
	const example = `like \`${what} within 7 days\``;
	if (words[at] !== "within") return `expected "within N days" after "${what}", ${example}`;
	const n = count(words[at + 1]);
	if (n === null) return `expected a number of days after "within" (1 or more), ${example}`;
	const unit = words[at + 2];
	if (unit !== "days" && unit !== "day") return `expected "days" after "within ${words[at + 1]}", ${example}`;
	if (words.length > at + 3) return `unexpected "${words.slice(at + 3).join(" ")}" after "within ${n} ${unit}"`;
	return n;
}

/** The name inside `[[Name]]`, `[[Name|shown]]` or `[[Folder/Name#Heading]]`, or null. */
function linkTarget(rest: string): string | null {
	if (!rest.startsWith("[[") || !rest.endsWith("]]") || rest.length <= 4) return null;
	let inner = rest.slice(2, -2);
	if (inner.includes("[[") || inner.includes("]]")) return null;
	const bar = inner.indexOf("|");
	if (bar >= 0) inner = inner.slice(0, bar);
	const hash = inner.indexOf("#");
	if (hash >= 0) inner = inner.slice(0, hash);
	inner = inner.trim();
	return inner === "" ? null : inner;
}

export function parseBlockQuery(source: string): BlockParse {
	const errors: BlockError[] = [];
	const query: BlockQuery = { list: "touchpoints", direction: null, overdue: false, withinDays: null, person: null, circle: null, limit: null };
	let listLine = 0, circleLine = 0, limitLine = 0;
	const lines = source.split("\n");
	lines.forEach((raw, i) => {
		const line = i + 1;
		const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
		const trimmed = text.trim();
		if (trimmed === "" || trimmed.startsWith("#")) return; // blank lines and # comments
		const fail = (message: string): void => {
			errors.push({ line, source: text, message });
		};
		const words = wordsOf(trimmed);
		const head = (words[0] ?? "").toLowerCase();
		const rest = trimmed.slice(trimmed.indexOf(words[0] ?? "") + (words[0] ?? "").length).trim();
		if (head === "circle") {
			if (circleLine > 0) return fail(`a circle was already given on line ${circleLine}: one circle per block`);
			if (rest === "") return fail("expected a circle's name after \"circle\", like `circle friends`");
			circleLine = line;
			query.circle = rest;
			return;
		}
		if (head === "limit") {
			if (limitLine > 0) return fail(`a limit was already given on line ${limitLine}`);
			const n = count(words[1]);
			if (n === null || words.length > 2) return fail("expected a whole number of 1 or more after \"limit\", like `limit 5`");
			limitLine = line;
			query.limit = n;
			return;
		}
		if (!(LISTS as readonly string[]).includes(head)) return fail(`unknown instruction "${words[0]}": expected ${BLOCK_EXPECTED}`);
		if (listLine > 0) return fail(`one list per block: line ${listLine} already asks for ${query.list} (use a second block)`);
		listLine = line;
		query.list = head as BlockList;
		const lower = words.map((w) => w.toLowerCase());
		if (head === "touchpoints" || head === "cold" || head === "never") {
			if (words.length > 1) fail(`"${head}" takes nothing after it (found "${rest}"); filters go on their own line, like \`circle friends\``);
		} else if (head === "birthdays") {
			const n = within(lower, 1, "birthdays");
			if (typeof n === "string") fail(n);
			else query.withinDays = n;
		} else if (head === "person") {
			if (rest === "") return;
			const name = linkTarget(rest);
			if (name === null) fail(`expected nothing or a link after "person", like \`person [[Maya Lopez]]\` (found "${rest}")`);
			else query.person = name;
		} else {
			promiseWords(lower, query, fail);
		}
	});
	if (listLine === 0 && errors.length === 0) {
		errors.push({ line: 1, source: lines[0] ?? "", message: `the block asks for nothing: expected a list, one of ${LISTS.join(", ")}` });
	}
	if (listLine > 0 && query.list === "person" && (circleLine > 0 || limitLine > 0)) {
		const at = circleLine > 0 ? circleLine : limitLine;
		errors.push({ line: at, source: lines[at - 1] ?? "", message: "\"circle\" and \"limit\" do not apply to \"person\" (it shows one person)" });
	}
	errors.sort((a, b) => a.line - b.line);
	return errors.length > 0 ? { ok: false, errors } : { ok: true, query };
}

/** `promises mine overdue`, `promises theirs due within 7 days`... */
function promiseWords(words: string[], query: BlockQuery, fail: (message: string) => void): void {
	for (let i = 1; i < words.length; i++) {
		const w = words[i];
		if (w === "mine" || w === "theirs") {
			if (query.direction !== null && query.direction !== w) return fail("\"mine\" and \"theirs\" together: leave both out to see both directions");
			query.direction = w;
		} else if (w === "overdue") {
			query.overdue = true;
		} else if (w === "due") {
			const n = within(words.slice(0, i + 4), i + 1, "due");
			if (typeof n === "string") return fail(n);
			query.withinDays = n;
			i += 3;
		} else {
			return fail(`unexpected "${w}" after "promises": expected mine, theirs, overdue or due within N days`);
		}
	}
	if (query.overdue && query.withinDays !== null) fail("\"overdue\" and \"due within\" together: choose one");
}
