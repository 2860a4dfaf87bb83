/** Which notes an update relinks: the dependents of the names it concerns, fewer after a move under a unique name, plus links that ran ahead of the index. */
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/core";
import { Dependents } from "../../src/core/dependents";
import { parseNote } from "../../src/core/note";
import { RelinkTargets } from "../../src/core/relink-targets";

const notes = new Map(
	Object.entries({
		"Daily/1.md": "- 2026-11-20 lunch with [[Bo]]",
		"Daily/2.md": "- 2026-11-21 call with [[People/Bo]]",
		"Daily/3.md": "- 2026-11-22 met [[Cy]]",
	}).map(([path, text]) => [path, { facts: parseNote(text, DEFAULT_SETTINGS) }]),
);

function targets(namesake = 1): RelinkTargets {
	const dependents = new Dependents(notes);
	dependents.ensure();
	return new RelinkTargets(dependents, (name) => (name === "bo" ? namesake : 0));
}

describe("RelinkTargets", () => {
	it("an update of a name relinks every note that links it, but the notes updated", () => {
		expect([...targets().after(new Set(["bo"]), [], null)].sort()).toEqual(["Daily/1.md", "Daily/2.md"]);
		expect([...targets().after(new Set(["bo"]), ["Daily/1.md"], null)]).toEqual(["Daily/2.md"]);
	});

	it("a person who moved under a name no other note has relinks only the notes that write it with a path", () => {
		expect([...targets().after(new Set(["bo"]), [], "People/Bo.md")]).toEqual(["Daily/2.md"]);
		// A namesake elsewhere: a bare link may now lead to either.
		expect([...targets(2).after(new Set(["bo"]), [], "People/Bo.md")].sort()).toEqual(["Daily/1.md", "Daily/2.md"]);
	});

	it("a link that ran ahead of the index is relinked at the next update of its name, once", () => {
		const t = targets();
		t.ranAhead("People/Bo.md", "Daily/3.md");
		// The name concerned for another reason (an alias came or went): the note it reaches is not there yet.
		expect([...t.after(new Set(["bo"]), ["People/Ann.md"], null)].sort()).toEqual(["Daily/1.md", "Daily/2.md"]);
		const moved = ["Old/Bo.md", "People/Bo.md"];
		expect([...t.after(new Set(["bo"]), moved, "People/Bo.md")].sort()).toEqual(["Daily/2.md", "Daily/3.md"]);
		expect([...t.after(new Set(["bo"]), moved, "People/Bo.md")]).toEqual(["Daily/2.md"]);
		expect(t.waiting()).toBe(0);
	});

	it("a file the index never saw relinks every note that depends on its keys, and those whose link ran ahead to it", () => {
		expect([...targets().touched("People/Bo.md", new Set(["bo", "people/bo"]))].sort()).toEqual(["Daily/1.md", "Daily/2.md"]);
		// Gone before the index heard of it: no later update brings it, so nothing is kept waiting for it.
		const t = targets();
		t.ranAhead("People/Bo.md", "Daily/3.md");
		expect([...t.touched("People/Bo.md", new Set(["bo", "people/bo"]))].sort()).toEqual(["Daily/1.md", "Daily/2.md", "Daily/3.md"]);
		expect(t.waiting()).toBe(0);
	});

	it("a link to an attachment is not kept waiting: only notes come to the index", () => {
		const t = targets();
		t.ranAhead("Files/scan.pdf", "Daily/3.md");
		t.ranAhead("Boards/Plan.canvas", "Daily/3.md");
		expect(t.waiting()).toBe(0);
		t.ranAhead("People/Bo.MD", "Daily/3.md");
		expect(t.waiting()).toBe(1);
	});
});
