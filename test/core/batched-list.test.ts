/** BatchedSortedList equals inserting each addition after its equals and removing by identity, one at a time. */
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/core";
import { BatchedSortedList, insertionPoint, withChanges } from "../../src/core/collections";

interface Item {
	key: number;
	id: number;
}
const byKey = (a: Item, b: Item): number => a.key - b.key;

describe("BatchedSortedList", () => {
	it.each([1, 2, 3, 4, 5, 6])("random adds, removes and reads equal the splice model (seed %d)", (seed) => {
		const rand = seededRandom(seed);
		const list = new BatchedSortedList<Item>(byKey);
		const model: Item[] = [];
		const pool: Item[] = Array.from({ length: 30 }, (_, id) => ({ key: Math.floor(rand() * 8), id }));
		// Odd seeds read often (a few changes each: spliced), even ones rarely (many: merged).
		const readAt = seed % 2 === 1 ? 0.9 : 0.99;
		for (let step = 0; step < 400; step++) {
			const r = rand();
			const item = pool[Math.floor(rand() * pool.length)] as Item;
			if (r < readAt / 2) {
				if (model.includes(item)) continue; // one item is listed once at most, as a promise or an edge
				list.add(item);
				model.splice(insertionPoint(model, item, byKey), 0, item);
			} else if (r < readAt) {
				if (!model.includes(item)) continue; // only what is listed is taken out
				list.remove(item);
				model.splice(model.indexOf(item), 1);
			} else expect(list.read()).toEqual(model);
		}
		expect(list.read()).toEqual(model);
	});
});

describe("withChanges", () => {
	// A few changes are copied in slices, many in one pass: both against splicing them in one at a time.
	it.each([0, 1, 5, 40, 64, 65, 300])("%d drops and as many additions equal the splice model", (changes) => {
		const rand = seededRandom(changes + 7);
		const list: Item[] = Array.from({ length: 500 }, (_, id) => ({ key: Math.floor(rand() * 60), id })).sort(byKey);
		const drops = [...new Set(Array.from({ length: changes }, () => Math.floor(rand() * list.length)))];
		const adds: Item[] = Array.from({ length: changes }, (_, i) => ({ key: Math.floor(rand() * 62) - 1, id: 1000 + i })).sort(byKey);
		const model = list.filter((_, i) => !drops.includes(i));
		for (const a of adds) model.splice(insertionPoint(model, a, byKey), 0, a);
		const out = withChanges(list, [...drops].reverse(), adds, byKey);
		expect(out).toEqual(model);
		expect(out).toHaveLength(list.length - drops.length + adds.length);
	});
});

describe("withChanges on a list longer than the slices it copies in", () => {
	// Slices are at most 8,192 entries (collections.ts SLICE): a change near either end, or none between
	// two slices' edges, must still land where splicing it in would put it.
	it.each([
		["one drop at the start", [0], 0],
		["one drop at the end", [19_999], 0],
		["one addition", [], 1],
		["drops at a slice's edges", [8191, 8192, 16_383, 16_384], 2],
		["a drop and an addition each", [12_345], 1],
		["many", Array.from({ length: 30 }, (_, i) => i * 661), 30],
	] as [string, number[], number][])("%s", (_label, drops, added) => {
		const rand = seededRandom(drops.length + added);
		const list: Item[] = Array.from({ length: 20_000 }, (_, id) => ({ key: Math.floor(rand() * 5000), id })).sort(byKey);
		const adds: Item[] = Array.from({ length: added }, (_, i) => ({ key: i === 0 ? -1 : Math.floor(rand() * 5001), id: 100_000 + i })).sort(byKey);
		const model = list.filter((_, i) => !drops.includes(i));
		for (const a of adds) model.splice(insertionPoint(model, a, byKey), 0, a);
		const out = withChanges(list, [...drops], adds, byKey);
		expect(out).toEqual(model);
	});
});

