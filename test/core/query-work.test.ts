/**
 * Work counted, not timed (issue 16): after a one-note update, the queries must not pass over every
 * promise again. Each promise object of the built network gets a `status` that counts its reads (every
 * pass over promises asks whether a promise is open); the update then touches one person's notes only.
 */
import { describe, expect, it } from "vitest";
import { type Edge, graphData, NetworkIndex, nextTouchpoints, openPromises, type PromiseTask } from "../../src/core";
import { md, person, settingsWith, TODAY } from "./helpers";

const SETTINGS = settingsWith();
const CONTEXT = { dailyNoteFormat: "YYYY-MM-DD", templateFolders: [] };
const PEOPLE = 200;
const PER_PERSON = 5;

function meeting(i: number, j: number, extra = ""): string {
	const due = `2026-${j % 2 === 0 ? "11" : "12"}-${String(10 + j).padStart(2, "0")}`;
	return md(`date: 2026-10-${String(10 + j).padStart(2, "0")}`, `- [ ] send [[P${i}]] item ${j}${extra} 📅 ${due}\n- talked with [[P${i}]] and [[P${(i + j + 1) % PEOPLE}]] #gave`);
}

function build(): NetworkIndex {
	const index = new NetworkIndex(SETTINGS, CONTEXT);
	for (let i = 0; i < PEOPLE; i++) {
		index.upsert(`People/P${i}.md`, person(i % 3 === 0 ? "cadence: monthly" : ""));
		for (let j = 0; j < PER_PERSON; j++) index.upsert(`Meetings/M${i}-${j}.md`, meeting(i, j));
	}
	return index;
}

/** Makes each object count the reads of one of its fields (every pass over promises asks `status`, over edges `weight`). */
function countReads<T extends object>(objects: Iterable<T>, key: keyof T & string): { reads: number } {
	const counter = { reads: 0 };
	for (const o of objects) {
		let value = o[key];
		Object.defineProperty(o, key, {
			get: () => (counter.reads++, value),
			set: (v: T[typeof key]) => (value = v),
			enumerable: true,
			configurable: true,
		});
	}
	return counter;
}

function scratchOf(index: NetworkIndex, round: number): NetworkIndex {
	const scratch = new NetworkIndex(SETTINGS, CONTEXT);
	for (const path of index.allPaths()) scratch.upsert(path, path === "Meetings/M7-2.md" ? meeting(7, 2, ` round ${round}`) : rebuildText(path));
	return scratch;
}

describe("work per query after a one-note update", () => {
	it("the ranked list reads only the touched person's promises, and still equals a build from scratch", () => {
		const index = build();
		const all = index.network(TODAY).promises;
		expect(all.length).toBe(PEOPLE * PER_PERSON);
		nextTouchpoints(index.network(TODAY), SETTINGS, TODAY, 50);
		const counter = countReads<PromiseTask>(all, "status");
		for (let round = 0; round < 5; round++) {
			index.upsert(`Meetings/M7-2.md`, meeting(7, 2, ` round ${round}`));
			counter.reads = 0;
			const live = nextTouchpoints(index.network(TODAY), SETTINGS, TODAY, 50);
			// One person's five promises (four untouched objects read once each), not all thousand.
			expect(counter.reads).toBeLessThanOrEqual(2 * PER_PERSON);
			expect(live).toEqual(nextTouchpoints(scratchOf(index, round).network(TODAY), SETTINGS, TODAY, 50));
		}
	});

	it("open promises and the graph patch the previous answer, and still equal a build from scratch", () => {
		const index = build();
		const first = index.network(TODAY);
		openPromises(first, TODAY);
		graphData(first);
		const promiseReads = countReads<PromiseTask>(first.promises, "status");
		const edgeReads = countReads<Edge>(first.edges.values(), "weight");
		expect(first.edges.size).toBeGreaterThan(PEOPLE);
		for (let round = 0; round < 5; round++) {
			index.upsert(`Meetings/M7-2.md`, meeting(7, 2, ` round ${round}`));
			promiseReads.reads = edgeReads.reads = 0;
			const network = index.network(TODAY);
			const open = openPromises(network, TODAY);
			expect(promiseReads.reads).toBeLessThanOrEqual(4);
			const graph = graphData(network);
			expect(edgeReads.reads).toBeLessThanOrEqual(20);
			const scratch = scratchOf(index, round).network(TODAY);
			expect(open).toEqual(openPromises(scratch, TODAY));
			expect(graph).toEqual(graphData(scratch));
		}
	});
});

function rebuildText(path: string): string {
	const m = /^Meetings\/M(\d+)-(\d+)\.md$/.exec(path);
	if (m) return meeting(Number(m[1]), Number(m[2]));
	const i = Number(/P(\d+)/.exec(path)?.[1]);
	return person(i % 3 === 0 ? "cadence: monthly" : "");
}
