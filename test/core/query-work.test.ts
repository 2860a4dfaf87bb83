/**
 * Work counted, not timed (issue 16): after a one-note update, the queries must not pass over every
 * promise again. Each promise object of the built network gets a `status` that counts its reads (every
 * pass over promises asks whether a promise is open); the update then touches one person's notes only.
 */
import { describe, expect, it } from "vitest";
import { coldReport, type Edge, graphData, type Network, NetworkIndex, nextTouchpoints, openPromises, peopleStates, type Person, type PromiseTask } from "../../src/core";
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

/**
 * The per-person queries and the graph's nodes (issue 16, round 4b): after a one-note update they must
 * work out again only the people it touched (`Network.changes.people`), not visit all 220. Every Person
 * object counts the reads of its `path` (working out anyone's state, entry or node reads it); the rows in
 * the answers are not Persons, so patching the previous order by binary search reads none.
 */
describe("people visited per query after a one-note update", () => {
	const NEVER = 20;
	const QUERIES: Record<string, (n: Network) => unknown> = {
		peopleStates: (n) => peopleStates(n, SETTINGS, TODAY),
		coldReport: (n) => coldReport(n, SETTINGS, TODAY),
		nextTouchpoints: (n) => nextTouchpoints(n, SETTINGS, TODAY, 1000),
		"graphData (its nodes)": (n) => graphData(n),
	};
	/** One note each: a meeting (two people), a person's note (a new Person), a new, a removed person, a meeting removed. */
	const EDITS: [string, string | null][] = [
		["Meetings/M7-2.md", meeting(7, 2, " again")],
		["People/P4.md", person("cadence: weekly")],
		["People/New.md", person("cadence: monthly", "- 2026-09-01 met at the fair")],
		["People/Q3.md", null],
		["Meetings/M9-1.md", null],
		["People/P4.md", person("cadence: monthly\nsnooze_until: 2026-12-01")],
	];

	it.each(Object.keys(QUERIES))("%s works out only the touched people again, and equals a build from scratch", (name) => {
		const query = QUERIES[name] as (n: Network) => unknown;
		const files = new Map<string, string>();
		const index = new NetworkIndex(SETTINGS, CONTEXT);
		const write = (path: string, text: string | null) => {
			if (text === null) {
				files.delete(path);
				index.remove(path);
			} else {
				files.set(path, text);
				index.upsert(path, text);
			}
		};
		for (let i = 0; i < PEOPLE; i++) {
			write(`People/P${i}.md`, person(i % 3 === 0 ? "cadence: monthly" : ""));
			for (let j = 0; j < PER_PERSON; j++) write(`Meetings/M${i}-${j}.md`, meeting(i, j));
		}
		for (let k = 0; k < NEVER; k++) write(`People/Q${k}.md`, person());
		const first = index.network(TODAY);
		expect(coldReport(first, SETTINGS, TODAY).cold.length).toBeGreaterThan(10);
		expect(coldReport(first, SETTINGS, TODAY).never.length).toBe(NEVER);
		query(first);
		for (const [path, text] of EDITS) {
			write(path, text);
			const network = index.network(TODAY);
			const touched = network.changes?.people.size ?? Infinity;
			expect(touched, path).toBeLessThanOrEqual(3);
			const counter = countReads<Person>(network.people.values(), "path");
			const answer = query(network);
			// A few reads per touched person; visiting everyone would be at least one read for each of ~220.
			expect(counter.reads, path).toBeLessThanOrEqual(10 * touched);
			const scratch = new NetworkIndex(SETTINGS, CONTEXT);
			for (const [p, t] of files) scratch.upsert(p, t);
			expect(answer, path).toEqual(query(scratch.network(TODAY)));
		}
	});
});

function rebuildText(path: string): string {
	const m = /^Meetings\/M(\d+)-(\d+)\.md$/.exec(path);
	if (m) return meeting(Number(m[1]), Number(m[2]));
	const i = Number(/P(\d+)/.exec(path)?.[1]);
	return person(i % 3 === 0 ? "cadence: monthly" : "");
}
