/**
 * The copies the parser keeps of link targets, tags and task texts (markdown.ts `own`, `shared`): equal
 * to what was cut, whatever the text around them, and a table of shared texts that cannot grow without
 * end in a long session.
 */
import { describe, expect, it } from "vitest";
import { own, SHARED_STRINGS_MAX, shared, sharedStringCount } from "../../src/core/kept-strings";
import { parseNote } from "../../src/core/note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

describe("kept strings", () => {
	it("own and shared give back the text they are given, short or long, from any position of a longer one", () => {
		const long = `${"é".repeat(5000)}[[Ana Lúcia 🦊 O'Brien]] and #people/close-friends ✅`;
		for (const [from, to] of [[5002, 5023], [0, 3], [5000, long.length], [4990, 5010]] as const) {
			const cut = long.slice(from, to);
			expect(own(cut)).toBe(cut);
			expect(shared(cut)).toBe(cut);
			expect(shared(cut)).toBe(shared(long.slice(from, to)));
		}
	});

	it("the table of shared texts is emptied when full, and still answers right after", () => {
		const base = sharedStringCount();
		const names = Array.from({ length: SHARED_STRINGS_MAX - base + 10 }, (_, i) => `Person number ${i} of many`);
		expect(names.filter((n) => shared(`x${n}`.slice(1)) !== n)).toEqual([]);
		expect(sharedStringCount()).toBeLessThanOrEqual(SHARED_STRINGS_MAX);
		expect(sharedStringCount()).toBeLessThan(names.length);
		expect(shared(names[0] as string)).toBe(names[0]);
	});

	it("a parsed note's link targets, tags and task texts read as written", () => {
		const text = `---\nmet_through: "[[Someone Introduced Me]]"\n---\n${"Filler line with words.\n".repeat(400)}- [ ] send the long article to [[Ana Lúcia 🦊 O'Brien]] #followed-up-later 📅 2026-12-01\n`;
		const facts = parseNote(text, DEFAULT_SETTINGS);
		expect(facts.links.map((l) => l.target)).toEqual(["Someone Introduced Me", "Ana Lúcia 🦊 O'Brien"]);
		expect(facts.tags).toContain("followed-up-later");
		expect(facts.items[0]?.text).toBe("send the long article to [[Ana Lúcia 🦊 O'Brien]] #followed-up-later 📅 2026-12-01");
	});
});
