/**
 * The shortcuts parseNote and scanBody take (see src/core/note.ts, markdown.ts) give what the long way
 * gives: frontmatter tags in every form, person rules after the settings change in place, `.md` in any
 * case, lines that only look like they could start a fence, quote, list item, checkbox or date.
 */
import { describe, expect, it } from "vitest";
import { scanBody } from "../../src/core/markdown";
import { parseNote } from "../../src/core/note";
import { PathResolver } from "../../src/core/links";
import { resolveSettings } from "../../src/core/settings";

const note = (fm: string, body = "") => `---\n${fm}\n---\n${body}`;

describe("frontmatter tags", () => {
	const settings = resolveSettings(undefined);
	it("reads a string, a list of strings, a mixed list and a nested list alike", () => {
		expect(parseNote(note("tags: '#Work, home  #Family/Kids'"), settings).tags).toEqual(["work", "home", "family/kids"]);
		expect(parseNote(note("tags: [Work, '#Home', 'a b', '']"), settings).tags).toEqual(["work", "home", "a", "b"]);
		expect(parseNote(note("tags: [2024, Work, true]"), settings).tags).toEqual(["2024", "work", "true"]);
		expect(parseNote(note("tags: [[Nested]]"), settings).tags).toEqual(["[[nested]]"]);
		expect(parseNote(note("tag: {a: X, b: [Y]}"), settings).tags).toEqual(["x", "y"]);
	});

	it("marks a person by a frontmatter tag, nested or not, in any case", () => {
		expect(parseNote(note("tags: [People/Family]"), settings).personMarked).toBe(true);
		expect(parseNote(note("tags: Person"), settings).personMarked).toBe(true);
		expect(parseNote(note("tags: [personal]"), settings).personMarked).toBe(false);
	});
});

describe("person rules", () => {
	it("follow settings changed in place, not only new settings objects", () => {
		const settings = resolveSettings(undefined);
		const text = note("kind: friend", "#buddy");
		expect(parseNote(text, settings).personMarked).toBe(false);
		settings.personKeys.push("Kind");
		settings.personValues.push("FRIEND");
		expect(parseNote(text, settings).personMarked).toBe(true);
		settings.personKeys.pop();
		expect(parseNote(text, settings).personMarked).toBe(false);
		settings.personTags[0] = "Buddy";
		expect(parseNote(text, settings).personMarked).toBe(true);
	});
});

describe("paths", () => {
	it("resolve with .md in any case", () => {
		const r = new PathResolver();
		r.add("People/Ann.MD");
		r.add("Notes/x.mD");
		expect(r.resolve("Ann", "")).toBe("People/Ann.MD");
		expect(r.resolve("people/ann.md", "")).toBe("People/Ann.MD");
		expect(r.resolve("x", "")).toBe("Notes/x.mD");
	});
});

describe("lines that may or may not start something", () => {
	it("reads fences, quotes, items, checkboxes and dates only where they start", () => {
		const body = [
			"x ``` not a fence [[A]]",
			"  ```",
			"[[Hidden]]",
			"```",
			"\t> - [ ] quoted task [[B]] 📅 2026-01-02",
			"a > not a quote [[C]]",
			"7. 2026-03-04 numbered log [[D]]",
			"-not an item [[E]]",
			"- x [ ] not a task [[F]]",
			"- _2026-05-06_ not a date [[G]]",
			"- [[2026-05-06]] a linked date",
			"\u00a0",
			"é [[H]]",
		].join("\n");
		const f = scanBody(body, 1, []);
		expect(f.links.map((l) => [l.target, l.line, l.inQuote, l.item])).toEqual([
			["A", 1, false, -1], ["B", 5, true, 0], ["C", 6, false, -1], ["D", 7, false, 1], ["E", 8, false, -1],
			["F", 9, false, 2], ["G", 10, false, 3], ["2026-05-06", 11, false, 4], ["H", 13, false, -1],
		]);
		expect(f.items.map((i) => [i.line, i.date, i.task?.status ?? null, i.task?.due ?? null])).toEqual([
			[5, null, "open", "2026-01-02"], [7, "2026-03-04", null, null], [9, null, null, null], [10, null, null, null], [11, "2026-05-06", null, null],
		]);
	});

	it("splits lone CRs into lines of one line number, with or without CRLF elsewhere", () => {
		for (const nl of ["\n", "\r\n"]) {
			const f = scanBody(`- [[A]]\r- [[B]]${nl}- [[C]]`, 1, []);
			expect(f.links.map((l) => [l.target, l.line])).toEqual([["A", 1], ["B", 1], ["C", 2]]);
		}
	});
});
