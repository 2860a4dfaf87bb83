/**
 * Work counted, not timed (issue 16): the first network does not work out which notes link which names
 * (the dependents, what an update relinks); they are built when the first update needs them, or ahead of
 * it in slices (`prepareUpdates`), and an update that comes in the middle finishes the job first. Counted
 * with the derivation's own tally: the contributions read to build them, and the (name, note) pairs held.
 */
import { describe, expect, it } from "vitest";
import { coldReport, type Derivation, graphData, NetworkIndex, nextTouchpoints, openPromises, peopleStates } from "../../src/core";
import { md, person, settingsWith, TODAY } from "./helpers";

const SETTINGS = settingsWith();
const CONTEXT = { dailyNoteFormat: "YYYY-MM-DD", templateFolders: [] };
const PEOPLE = 12;
const DAYS = 30;

/** People P0…, daily notes linking two or three of them (one by an alias, one by path), a note linking no one. */
function files(): Map<string, string> {
	const out = new Map<string, string>();
	for (let i = 0; i < PEOPLE; i++) out.set(`People/P${i}.md`, person(i === 0 ? "aliases: [Zero]" : "", i % 3 === 0 ? `- met [[P${(i + 1) % PEOPLE}]]` : ""));
	for (let d = 0; d < DAYS; d++) {
		const date = `2026-10-${String(1 + (d % 28)).padStart(2, "0")}`;
		out.set(`Daily/2026-09-${String(d).padStart(3, "0")}.md`, `- ${date} lunch with [[P${d % PEOPLE}]], [[People/P${(d + 1) % PEOPLE}]] and [[Zero]] ![[Pic]]\n`);
	}
	out.set("Notes/Ideas.md", md(null, "plain text and ![[Pic]]\n"));
	return out;
}

function build(from = files()): NetworkIndex {
	const index = new NetworkIndex(SETTINGS, CONTEXT);
	for (const [path, text] of from) index.upsert(path, text);
	return index;
}

/** The index's live derivation (private: the tally is the derivation's). */
function derivationOf(index: NetworkIndex): Derivation {
	const d = (index as unknown as { derivation: Derivation | null }).derivation;
	if (!d) throw new Error("no derivation yet");
	return d;
}

function answers(index: NetworkIndex) {
	const n = index.network(TODAY);
	return {
		states: peopleStates(n, SETTINGS, TODAY), cold: coldReport(n, SETTINGS, TODAY), next: nextTouchpoints(n, SETTINGS, TODAY, 50), graph: graphData(n),
		promises: openPromises(n, TODAY), touchpoints: [...n.touchpoints.entries()].sort(), problems: n.problems,
	};
}

/** The dependents of an index built from scratch on `from` and prepared in one go. */
function preparedFromScratch(from: Map<string, string>): { read: number; held: number } {
	const index = build(from);
	index.network(TODAY);
	expect(index.prepareUpdates(Infinity)).toBe(true);
	return derivationOf(index).dependentsWork();
}

describe("the dependents of the live network", () => {
	it("are not built by the first network", () => {
		const index = build();
		index.network(TODAY);
		expect(derivationOf(index).dependentsWork()).toEqual({ read: 0, held: 0 });
	});

	it("are built by the first update, or by the first touch of a name the index never saw", () => {
		const kept = preparedFromScratch(files());
		// Every note that links anyone (the people linked from a note, the daily notes) is read once.
		expect(kept.read).toBe(PEOPLE / 3 + DAYS);
		const index = build();
		index.network(TODAY);
		index.upsert("Notes/Ideas.md", "still no one\n");
		expect(derivationOf(index).dependentsWork()).toEqual(kept);
		const other = build();
		other.network(TODAY);
		other.remove("Nowhere/Pic.md");
		expect(derivationOf(other).dependentsWork()).toEqual(kept);
	});

	it("are built in slices of the budget; after the last one an update builds nothing", () => {
		const index = build();
		index.network(TODAY);
		const d = derivationOf(index);
		const reads: number[] = [];
		let slices = 0;
		while (!index.prepareUpdates(4)) {
			slices++;
			reads.push(d.dependentsWork().read);
		}
		expect(reads).toEqual(Array.from({ length: slices }, (_, i) => 4 * (i + 1)));
		expect(slices).toBe(Math.floor((PEOPLE / 3 + DAYS) / 4));
		const { read } = d.dependentsWork();
		expect(read).toBe(PEOPLE / 3 + DAYS);
		index.upsert("Daily/2026-09-005.md", "- 2026-10-06 tea with [[P7]]\n");
		index.rename("People/P7.md", "People/Seven.md");
		expect(d.dependentsWork().read).toBe(read);
		expect(index.prepareUpdates(1)).toBe(true);
	});

	it("an update in the middle finishes them first: notes changed on either side of the cursor are held once, and answers are a fresh build's", () => {
		const now = files();
		const index = build();
		index.network(TODAY);
		// The cursor walks the notes in path order: the daily notes come first.
		for (let i = 0; i < 3; i++) expect(index.prepareUpdates(5)).toBe(false);
		const behind = "Daily/2026-09-002.md", ahead = "Daily/2026-09-025.md";
		for (const [path, text] of [[behind, "- 2026-10-03 walk with [[P5]] and [[P6]]\n"], [ahead, "- 2026-10-26 call [[P5]]\n"]] as const) {
			now.set(path, text);
			index.upsert(path, text);
		}
		expect(derivationOf(index).dependentsWork()).toEqual(preparedFromScratch(now));
		expect(index.prepareUpdates(1)).toBe(true);
		// P5 moves: every note that links it, on either side, follows.
		now.set("People/Five.md", now.get("People/P5.md") as string);
		now.delete("People/P5.md");
		index.rename("People/P5.md", "People/Five.md");
		now.delete(ahead);
		index.remove(ahead);
		expect(answers(index)).toEqual(answers(build(now)));
		expect(derivationOf(index).dependentsWork().held).toBe(preparedFromScratch(now).held);
	});

	it("a one-shot index has nothing to prepare", () => {
		const index = new NetworkIndex(SETTINGS, CONTEXT, { live: false });
		for (const [path, text] of files()) index.upsert(path, text);
		expect(index.prepareUpdates(0)).toBe(true);
		index.network(TODAY);
		expect(index.prepareUpdates(0)).toBe(true);
	});
});
