/** ChunkedCounts: a snapshot never changes afterwards, and a change after one copies one chunk, not all. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ChunkedCounts } from "../../src/core/chunked-counts";

const chunksOf = (c: ChunkedCounts) => (c as unknown as { chunks: Map<string, number>[] }).chunks;

describe("ChunkedCounts", () => {
	it("answers as a Map would, and every snapshot keeps answering as the Map did when it was taken", () => {
		const keys = ["People/Ann.md", "People/Bo.md", "Bo.md", "", "a", "People/Family/ΟΔΥΣΣΕΥΣ.md", "Mei 🌻.md", "x".repeat(300)];
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.tuple(fc.constantFrom(...keys), fc.integer({ min: -1, max: 3 }), fc.boolean()), fc.constant("snapshot" as const)), { maxLength: 60 }), (ops) => {
				const counts = new ChunkedCounts();
				const model = new Map<string, number>();
				const taken: [ChunkedCounts, Map<string, number>][] = [];
				for (const op of ops) {
					if (op === "snapshot") taken.push([counts.snapshot(), new Map(model)]);
					else {
						// Set to n, or (the degrees' way) changed by n.
						const [key, n, by] = op;
						const now = by ? (model.get(key) ?? 0) + n : n;
						if (by) counts.add(key, n);
						else counts.set(key, n);
						if (now > 0) model.set(key, now);
						else model.delete(key);
					}
				}
				taken.push([counts, model]);
				for (const [c, m] of taken) {
					expect(c.size).toBe(m.size);
					expect(new Map([...c].sort())).toEqual(new Map([...m].sort()));
					for (const k of keys) {
						expect(c.get(k)).toBe(m.get(k));
						expect(c.has(k)).toBe(m.has(k));
					}
					const seen: [string, number][] = [];
					c.forEach((v, k) => seen.push([k, v]));
					expect(seen.sort()).toEqual([...m].sort());
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("hands out one snapshot until a change, and a change after it copies only the chunk it is in", () => {
		const counts = new ChunkedCounts();
		for (let i = 0; i < 5000; i++) counts.set(`People/Person ${i}.md`, 1 + (i % 7));
		const first = counts.snapshot();
		expect(counts.snapshot()).toBe(first);
		counts.set("People/Person 17.md", 9);
		const second = counts.snapshot();
		expect(second).not.toBe(first);
		expect(first.get("People/Person 17.md")).toBe(1 + (17 % 7));
		expect(second.get("People/Person 17.md")).toBe(9);
		const same = chunksOf(first).filter((chunk, i) => chunk === chunksOf(second)[i]);
		expect(chunksOf(first)).toHaveLength(64);
		expect(same).toHaveLength(63);
		// The 5,000 keys spread over the chunks: none holds a tenth of them.
		expect(Math.max(...chunksOf(second).map((c) => c.size))).toBeLessThan(500);
	});

	it("refuses to change a snapshot", () => {
		const counts = new ChunkedCounts();
		counts.set("A.md", 1);
		const held = counts.snapshot();
		expect(() => held.set("A.md", 2)).toThrow(/do not change/);
		expect(held.snapshot()).toBe(held);
		expect(held.get("A.md")).toBe(1);
	});
});
