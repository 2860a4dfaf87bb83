/**
 * PersonOrder (the cold list, the ranked list, people's states and the graph's nodes, patched from the
 * previous network's answer): after any chain of patches, a few people touched (spliced) or many (merged),
 * the rows equal a full sort of every person's row now.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pathOf, PersonOrder } from "../../src/core/person-order";

interface Row {
	path: string;
	score: number;
}

/** Ties on score are common (scores from 0 to 4), told apart by path, as the queries' orders are. */
const compare = (a: Row, b: Row) => b.score - a.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
const PATHS = Array.from({ length: 40 }, (_, i) => `P${i}`);

/** One patch: each touched person gets a new score, or no row (null). */
const patch = fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.option(fc.integer({ min: 0, max: 4 }), { nil: null })), { maxLength: 40 });

function sorted(current: Map<string, number>): Row[] {
	return [...current].map(([path, score]) => ({ path, score })).sort(compare);
}

describe("PersonOrder", () => {
	it("equals a full sort after any chain of patches, few or many people touched", () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom(...PATHS), fc.integer({ min: 0, max: 4 })), fc.array(patch, { maxLength: 8 }), (start, patches) => {
				const current = new Map(Object.entries(start));
				let order = PersonOrder.of(sorted(current), compare, pathOf);
				for (const p of patches) {
					const touched = new Set<string>();
					for (const [path, score] of p) {
						touched.add(path);
						if (score === null) current.delete(path);
						else current.set(path, score);
					}
					const next = order.patched(touched, (path) => {
						const score = current.get(path);
						return score === undefined ? null : { path, score };
					});
					expect(next).not.toBeNull();
					order = next as PersonOrder<Row>;
					expect(order.rows).toEqual(sorted(current));
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("is patched once: the second attempt answers null (the caller works it out whole)", () => {
		const order = PersonOrder.of([{ path: "A", score: 1 }], compare, pathOf);
		expect(order.patched(["A"], () => null)?.rows).toEqual([]);
		expect(order.patched(["A"], () => null)).toBeNull();
		expect(Object.isFrozen(order.rows)).toBe(true);
	});
});
