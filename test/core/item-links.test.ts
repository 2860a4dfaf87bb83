/**
 * An item's links stand side by side in a note's links (one line's, markdown.ts): the rebuild reads each
 * item's run where it is, and a relinked item finds its run from any one of its links. Both are checked
 * here against a plain filter of the links by item.
 */
import { describe, expect, it } from "vitest";
import { type ContributionContext, contribute, itemLinkRun, itemPart } from "../../src/core/contribution";
import { basename } from "../../src/core/links";
import { parseNote } from "../../src/core/note";
import { readPerson } from "../../src/core/people";
import type { PersonRef } from "../../src/core/person-ref";
import { md, person, settingsWith } from "./helpers";

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

describe("contribute", () => {
	// Everyone the notes link is a person, and so is the person's note itself (the first of NOTES).
	const names = ["Ana", "Bo", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jo", "Me"];
	const refs = new Map<string, PersonRef>(names.map((n, id) => [n.toLowerCase(), { path: `People/${n}.md`, id }]));
	const people = new Map([...refs.values()].map((r) => [r.path, readPerson(r.path, parseNote(person(), settingsWith(), true), [])]));
	const ctx: ContributionContext = {
		people,
		personOf: (target) => refs.get(basename(target).toLowerCase()) ?? null,
		refOf: (path) => [...refs.values()].find((r) => r.path === path) ?? null,
		noteDate: () => "2026-11-01",
		today: "2026-12-01",
	};

	it.each(NOTES)("works out each item from exactly its own links: %s", (_, text, isPerson) => {
		const path = isPerson ? "People/Me.md" : "Daily/2026-11-01.md";
		const facts = parseNote(text, settingsWith(), isPerson);
		const c = contribute(path, facts, [], ctx);
		const linked = new Set(facts.links.map((l) => l.item).filter((item) => item >= 0));
		let compared = 0, parts = 0;
		facts.items.forEach((_, idx) => {
			const mine = facts.links.flatMap((l, j) => (l.item === idx ? [j] : []));
			// An item that links no one adds something only in a person's note; elsewhere it is a hole.
			if (!isPerson && !linked.has(idx)) return expect(c.items[idx]).toBeUndefined();
			const from = mine[0] ?? 0, to = mine.length > 0 ? (mine[mine.length - 1] as number) + 1 : from;
			expect(c.items[idx], `item ${idx}`).toEqual(itemPart(path, c, idx, ctx, from, to));
			compared++;
			if (c.items[idx]) parts++;
		});
		expect(c.items).toHaveLength(isPerson ? facts.items.length : Math.max(-1, ...linked) + 1);
		expect(compared).toBeGreaterThanOrEqual(3);
		expect(parts).toBeGreaterThanOrEqual(1);
	});
});
