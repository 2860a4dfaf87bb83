/**
 * Property tests of the byte-keeping frontmatter edit (src/core/frontmatter-edit.ts). On random notes
 * (comments, blank lines, flow and block lists, quoted and unquoted numbers, dates, inline comments, LF or
 * CRLF, a byte order mark, frontmatter or none) setting or removing one key changes only that key's
 * lines, and the result reads back (the core's own YAML reading) as the old frontmatter plus that change,
 * keys in the same order.
 *
 * FC_RUNS=<n> runs more cases (default 400 per property); a failure prints its seed and a shrunk note.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { findFrontmatter, normalizeKey, parseFrontmatterYaml } from "../../src/core/frontmatter";
import { type FrontmatterValue, removeFrontmatterKey, setFrontmatterKey } from "../../src/core/frontmatter-edit";

const RUNS = Number(process.env.FC_RUNS ?? 400);
let cases = 0;
afterAll(() => {
	process.stderr.write(`frontmatter edit properties: ${cases} random notes edited and checked\n`);
});

const KEYS = ["type", "circle", "lastContact", "last contact", "phone", "tags", "aliases", "org", "Birthday", "met_through", "x-1", "Ünïcode", "note"];
const word = fc.constantFrom("friends", "Maya Lee", "Ünïcode", "a-b", "x_y", "mail@example.org", "🙂 smile");
/** A value as the user may have written it (the right-hand side, lines after the first with `eol`). */
const written = fc.oneof(
	word.map((w) => ` ${w}`),
	fc.constantFrom(' "0123"', " '007'", ' "+49 30 1234"', " 42", " 3.5", " -7", " 0123", " 2026-11-20", ' "2026-11-20"', " true", ""),
	fc.array(fc.constantFrom("a", '"0123"', "5", "'q r'", '"[[Maya]]"'), { maxLength: 4 }).map((xs) => ` [${xs.join(", ")}]`),
	fc.tuple(word, fc.constantFrom("# note", "#x")).map(([w, c]) => ` ${w} ${c}`),
	fc.tuple(fc.constantFrom("  ", "    ", ""), fc.array(fc.constantFrom("a", '"0123"', "12", '"[[Bo]]"'), { minLength: 1, maxLength: 3 })).map(([indent, xs]) => ({ indent, xs })),
);
const separator = fc.constantFrom("# a comment", "#", "", "# key: not a key");

interface Entry {
	key: string;
	value: string | { indent: string; xs: string[] };
	/** Comment and blank lines written after the entry. */
	after: string[];
}

const entries = fc.uniqueArray(
	fc.record({ key: fc.constantFrom(...KEYS), value: written, after: fc.array(separator, { maxLength: 2 }) }),
	{ selector: (e) => normalizeKey(e.key), maxLength: 6 },
);

const newScalar = fc.oneof(
	fc.string({ unit: fc.constantFrom("a", "Z", " ", ":", "#", '"', "'", "0", "7", "-", "[", "]", ",", "é", "🙂", "\t", "\n", "\\", "{", "&", "*", "!", "|", ">", "%", "@"), maxLength: 12 }),
	fc.constantFrom("2026-11-20", "0123", "yes", "null", "~", "Maya Lee", "[[Maya]]", "+49 30 1234"),
	fc.integer({ min: -1000, max: 100000 }),
	fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
	fc.boolean(),
);
const newValue: fc.Arbitrary<FrontmatterValue> = fc.oneof(newScalar, fc.array(newScalar, { maxLength: 4 }));

const body = fc.array(fc.constantFrom("text", "- [ ] a task 📅 2026-12-01", "---", "key: value", "", "# Heading"), { maxLength: 4 });

interface Note {
	text: string;
	/** Start and end offsets of each entry's own lines. */
	spans: [number, number][];
	/** Where the YAML ends (the closing fence's offset), or -1 without frontmatter. */
	close: number;
	body: string;
	bom: string;
}

function build(es: Entry[], eol: string, bom: boolean, fm: boolean, bodyLines: string[]): Note {
	const b = bom ? "\uFEFF" : "";
	// Without frontmatter the note must not start with `---` (that is an unclosed or a real frontmatter).
	const lines = !fm && bodyLines[0] === "---" ? ["text", ...bodyLines] : bodyLines;
	const bodyText = lines.map((l) => l + eol).join("");
	if (!fm) return { text: b + bodyText, spans: [], close: -1, body: bodyText, bom: b };
	let text = `${b}---${eol}`;
	const spans: [number, number][] = [];
	for (const e of es) {
		const start = text.length;
		if (typeof e.value === "string") text += `${e.key}:${e.value}${eol}`;
		else text += `${e.key}:${eol}${e.value.xs.map((x) => `${(e.value as { indent: string }).indent}- ${x}${eol}`).join("")}`;
		spans.push([start, text.length]);
		for (const a of e.after) text += a + eol;
	}
	const close = text.length;
	text += `---${eol}${bodyText}`;
	return { text, spans, close, body: bodyText, bom: b };
}

function data(text: string): Record<string, unknown> {
	const block = findFrontmatter(text);
	if (!block) return {};
	const r = parseFrontmatterYaml(block);
	if (!r.ok) throw new Error(r.message);
	return r.data;
}

/** Plain JS values as YAML reads them back (a -0 reads as 0). */
const plain = (v: FrontmatterValue): unknown => JSON.parse(JSON.stringify(v)) as unknown;

const note = fc.record({ es: entries, eol: fc.constantFrom("\n", "\r\n"), bom: fc.boolean(), fm: fc.boolean(), body });

describe("frontmatter edit on random notes", () => {
	it("set of an existing key: only its lines change, and it reads back as the old object with the new value", () => {
		fc.assert(
			fc.property(note, fc.nat(), newValue, ({ es, eol, bom, body: bl }, pick, value) => {
				fc.pre(es.length > 0);
				cases++;
				const n = build(es, eol, bom, true, bl);
				const i = pick % es.length;
				const e = es[i]!;
				const [start, end] = n.spans[i]!;
				const r = setFrontmatterKey(n.text, e.key.toUpperCase().replaceAll(" ", "_"), value);
				if (!r.ok) throw new Error(r.reason);
				expect(r.text.startsWith(n.text.slice(0, start))).toBe(true);
				expect(r.text.endsWith(n.text.slice(end))).toBe(true);
				const before = data(n.text);
				const after = data(r.text);
				expect(Object.keys(after)).toEqual(Object.keys(before));
				expect(after).toEqual({ ...before, [e.key]: plain(value) });
			}),
			{ numRuns: RUNS },
		);
	});

	it("remove: exactly the key's lines go", () => {
		fc.assert(
			fc.property(note, fc.nat(), ({ es, eol, bom, body: bl }, pick) => {
				fc.pre(es.length > 0);
				cases++;
				const n = build(es, eol, bom, true, bl);
				const i = pick % es.length;
				const [start, end] = n.spans[i]!;
				const r = removeFrontmatterKey(n.text, es[i]!.key);
				if (!r.ok) throw new Error(r.reason);
				expect(r.text).toBe(n.text.slice(0, start) + n.text.slice(end));
				const expected = data(n.text);
				delete expected[es[i]!.key];
				expect(data(r.text)).toEqual(expected);
			}),
			{ numRuns: RUNS },
		);
	});

	it("set of a new key: added last before the closing fence, or a new frontmatter; nothing else moves", () => {
		fc.assert(
			fc.property(note, fc.constantFrom("snooze_until", "Needs", "offers list", "x"), newValue, ({ es, eol, bom, fm, body: bl }, key, value) => {
				fc.pre(!es.some((e) => normalizeKey(e.key) === normalizeKey(key)));
				cases++;
				const n = build(es, eol, bom, fm, bl);
				const r = setFrontmatterKey(n.text, key, value);
				if (!r.ok) throw new Error(r.reason);
				if (fm) {
					expect(r.text.startsWith(n.text.slice(0, n.close))).toBe(true);
					expect(r.text.endsWith(n.text.slice(n.close))).toBe(true);
					expect(r.text.slice(n.close, r.text.length - (n.text.length - n.close)).endsWith(eol)).toBe(true);
				} else {
					expect(r.text.startsWith(`${n.bom}---`)).toBe(true);
					expect(r.text.endsWith(n.body)).toBe(true);
				}
				const before = data(n.text);
				const after = data(r.text);
				expect(Object.keys(after)).toEqual([...Object.keys(before), key]);
				expect(after).toEqual({ ...before, [key]: plain(value) });
			}),
			{ numRuns: RUNS },
		);
	});
});
