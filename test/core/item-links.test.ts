/**
 * An item's links stand side by side in a note's links (one line's, markdown.ts): the rebuild reads each
 * item's run where it is, and a relinked item finds its run from any one of its links. Both are checked
 * here against a plain filter of the links by item.
 */
import { describe, expect, it } from "vitest";
import { itemLinkRun } from "../../src/core/contribution";
import { parseNote } from "../../src/core/note";
import { md, settingsWith } from "./helpers";

const NOTES: [string, string, boolean][] = [
	["a person's note", md("type: person\nmet_through: \"[[Bo]]\"", "- [ ] ask [[Ana]] and [[Bo]]\ntext [[Cy]] here\n- 2026-11-01 met [[Ana]] [[Bo]] [[Cy]]\n> - quoted [[Dee]]\n- plain item\n- [x] done [[Eve]] ✅ 2026-11-02\n"), true],
	["a daily note (unlinked items dropped)", md("people: [\"[[Ana]]\", \"[[Bo]]\"]", "- nothing\n- [[Ana]] and [[Ana]] again\nprose [[Bo]]\n- item\n- [ ] [[Cy]] [[Dee]] [[Eve]] 📅 2026-12-01\n- x [[Fay]]\n"), false],
	["nested items, a callout, a table and prose between", md("", "- [[Ana]]\n  - nested [[Bo]] [[Cy]]\n    more text [[Dee]]\n> [!note]\n> - [[Eve]] in a callout [[Fay]]\n\n| a | [[Gus]] |\n|---|---|\n- [ ] last [[Hal]] ![[Ivy]] [[Jo]]\n"), false],
];

describe("an item's links", () => {
	it.each(NOTES)("stand side by side, and each one finds its item's run: %s", (_, text, person) => {
		const facts = parseNote(text, settingsWith(), person);
		let checked = 0;
		facts.links.forEach((l, i) => {
			if (l.item < 0) return;
			const mine = facts.links.flatMap((x, j) => (x.item === l.item ? [j] : []));
			const run = itemLinkRun(facts.links, i);
			expect(mine).toEqual(Array.from({ length: run.to - run.from }, (_, k) => run.from + k));
			checked++;
		});
		expect(checked).toBeGreaterThanOrEqual(5);
		// Items come in order along the links, as the rebuild's one pass over them takes them.
		const items = facts.links.map((l) => l.item).filter((item) => item >= 0);
		expect(items).toEqual([...items].sort((a, b) => a - b));
	});
});
