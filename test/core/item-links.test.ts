/** A relinked item finds its links around the one that changed; the same as the full pass over the note's links. */
import { describe, expect, it } from "vitest";
import { linksAround, linksOfItems } from "../../src/core/contribution";
import { parseNote } from "../../src/core/note";
import { md, settingsWith } from "./helpers";

const NOTES: [string, string, boolean][] = [
	["a person's note", md("type: person\nmet_through: \"[[Bo]]\"", "- [ ] ask [[Ana]] and [[Bo]]\ntext [[Cy]] here\n- 2026-11-01 met [[Ana]] [[Bo]] [[Cy]]\n> - quoted [[Dee]]\n- plain item\n- [x] done [[Eve]] ✅ 2026-11-02\n"), true],
	["a daily note (unlinked items dropped)", md("people: [\"[[Ana]]\", \"[[Bo]]\"]", "- nothing\n- [[Ana]] and [[Ana]] again\nprose [[Bo]]\n- item\n- [ ] [[Cy]] [[Dee]] [[Eve]] 📅 2026-12-01\n- x [[Fay]]\n"), false],
];

describe("linksAround", () => {
	it.each(NOTES)("finds each item's links from any one of them: %s", (_, text, person) => {
		const facts = parseNote(text, settingsWith(), person);
		const byItem = linksOfItems(facts);
		let checked = 0;
		facts.links.forEach((l, i) => {
			if (l.item < 0) return;
			expect(linksAround(facts.links, i)).toEqual(byItem[l.item]);
			checked++;
		});
		expect(checked).toBeGreaterThanOrEqual(5);
	});
});
