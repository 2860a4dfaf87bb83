/**
 * EdgeSums against a plain model: after any sequence of marks added and taken away and people moved (to
 * a path no edge names), the edges, their order, the degrees and each change set are what a map of
 * counts says. Each person's list of edges may hold gone ones, but never more than twice their degree
 * (plus a few): an edge that goes is not looked for in the lists (edge-sums.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EdgeSums } from "../../src/core/edge-sums";
import { EDGE_KINDS, type EdgeKind, edgeKey } from "../../src/core/network";
import { compareEdges } from "../../src/core/orders";
import type { PersonRef } from "../../src/core/person-ref";

type Op = { op: "add" | "subtract"; a: number; b: number; kind: EdgeKind } | { op: "move"; a: number };

// Few people and long sequences: edges come and go often enough for the lists to drop gone ones.
const PEOPLE = 4;
const person = fc.integer({ min: 0, max: PEOPLE - 1 });
const anyOp: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ op: fc.constant("add" as const), a: person, b: person, kind: fc.constantFrom(...EDGE_KINDS) }) },
	{ weight: 5, arbitrary: fc.record({ op: fc.constant("subtract" as const), a: person, b: person, kind: fc.constantFrom(...EDGE_KINDS) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("move" as const), a: person }) },
);

/** The model: counts by kind per pair of current paths. */
function expected(counts: Map<string, Partial<Record<EdgeKind, number>>>) {
	const edges = [...counts].map(([key, c]) => {
		const [source, target] = key.split("\u0000") as [string, string];
		const weight = Object.values(c).reduce((x, y) => x + (y ?? 0), 0);
		return { source, target, counts: c, weight };
	});
	const degree = new Map<string, number>();
	for (const e of edges) for (const p of [e.source, e.target]) degree.set(p, (degree.get(p) ?? 0) + 1);
	return { edges: edges.sort(compareEdges), degree };
}

describe("EdgeSums", () => {
	it("keeps the edges, their order and the degrees of a model of counts", () => {
		fc.assert(
			fc.property(fc.array(anyOp, { maxLength: 300 }), (ops) => {
				const sums = new EdgeSums();
				const paths = Array.from({ length: PEOPLE }, (_, i) => `P${i}.md`);
				const counts = new Map<string, Partial<Record<EdgeKind, number>>>();
				let moves = 0;
				for (const o of ops) {
					if (o.op === "move") {
						const from = paths[o.a] as string, to = `Moved/${moves++}/${from}`;
						sums.move(from, to);
						for (const [key, c] of [...counts]) {
							const [s, t] = key.split("\u0000") as [string, string];
							if (s !== from && t !== from) continue;
							counts.delete(key);
							counts.set(edgeKey(s === from ? to : s, t === from ? to : t), c);
						}
						paths[o.a] = to;
						continue;
					}
					if (o.a === o.b) continue; // no one has an edge with themselves
					const a = paths[o.a] as string, b = paths[o.b] as string, key = edgeKey(a, b);
					if (o.op === "add") {
						sums.add(a, b, o.kind);
						const c = counts.get(key) ?? {};
						c[o.kind] = (c[o.kind] ?? 0) + 1;
						counts.set(key, c);
					} else {
						// Only marks that were added are taken away (as the derivation does).
						const c = counts.get(key);
						if (!c?.[o.kind]) continue;
						sums.subtract(a, b, o.kind);
						if (c[o.kind] === 1) delete c[o.kind];
						else c[o.kind] = (c[o.kind] as number) - 1;
						if (Object.keys(c).length === 0) counts.delete(key);
					}
				}
				const want = expected(counts);
				const got = sums.share();
				expect(got.edgeOrder).toEqual(want.edges);
				expect([...sums.edges.values()].sort(compareEdges)).toEqual(want.edges);
				expect(new Map([...got.degree].sort())).toEqual(new Map([...want.degree].sort()));
				for (const p of paths) {
					const listed = (sums as unknown as { byPerson: Map<string, { weight: number }[]> }).byPerson.get(p) ?? [];
					expect(listed.filter((e) => e.weight > 0)).toHaveLength(want.degree.get(p) ?? 0);
					expect(listed.length).toBeLessThanOrEqual(2 * (want.degree.get(p) ?? 0) + 9);
				}
			}),
			{ numRuns: 200 },
		);
	});

	it("drops gone edges from a person's list as it grows, never the edge just made", () => {
		const sums = new EdgeSums();
		const listOf = (p: string) => (sums as unknown as { byPerson: Map<string, { weight: number }[]> }).byPerson.get(p) ?? [];
		for (let i = 0; i < 30; i++) {
			sums.add("A.md", "B.md", "link");
			expect(listOf("A.md").filter((e) => e.weight > 0), `after ${i + 1} adds`).toHaveLength(1);
			expect(listOf("A.md").length).toBeLessThanOrEqual(2 * 1 + 9);
			sums.subtract("A.md", "B.md", "link");
		}
		sums.add("A.md", "B.md", "together");
		sums.move("A.md", "Z/A.md");
		expect([...sums.edges.keys()]).toEqual([edgeKey("Z/A.md", "B.md")]);
		expect(new Map(sums.share().degree)).toEqual(new Map([["B.md", 1], ["Z/A.md", 1]]));
	});

	it("records the keys of what changed since it was last asked, both keys of a move", () => {
		const sums = new EdgeSums();
		sums.add("A.md", "B.md", "link");
		sums.add("B.md", "C.md", "together");
		expect([...sums.takeChanged()].sort()).toEqual([edgeKey("A.md", "B.md"), edgeKey("B.md", "C.md")].sort());
		sums.move("A.md", "Z/A.md");
		expect([...sums.takeChanged()].sort()).toEqual([edgeKey("A.md", "B.md"), edgeKey("Z/A.md", "B.md")].sort());
		expect(() => sums.move("B.md", "C.md")).toThrow(/already kept for C.md/);
		expect(sums.takeChanged().size).toBe(0);
	});
	it("builds in bulk, by ref, what marks added one at a time build, whatever order the refs were made in", () => {
		const mark = fc.record({ a: person, b: person, kind: fc.constantFrom(...EDGE_KINDS) });
		const ids = fc.oneof(
			fc.constant(Array.from({ length: PEOPLE }, (_, i) => i)),
			fc.uniqueArray(fc.nat({ max: 9 }), { minLength: PEOPLE, maxLength: PEOPLE }),
			fc.uniqueArray(fc.nat({ max: 2_000_000 }), { minLength: PEOPLE, maxLength: PEOPLE }),
		);
		fc.assert(
			fc.property(fc.array(mark, { maxLength: 60 }), fc.array(anyOp, { maxLength: 60 }), ids, fc.nat({ max: 3 }), (marks, later, idList, extra) => {
				const paths = Array.from({ length: PEOPLE }, (_, i) => `P${i}.md`);
				// Refs made in path order, as a rebuild makes them, or in any other, with gaps and large ids.
				const refs: PersonRef[] = paths.map((path, i) => ({ path, id: idList[i] as number }));
				const bulk = new EdgeSums(), oneByOne = new EdgeSums();
				bulk.beginBulk(Math.max(...idList) + 1 + extra);
				for (const m of marks) {
					if (m.a === m.b) continue;
					bulk.addWhileBuilding(refs[m.a] as PersonRef, refs[m.b] as PersonRef, m.kind);
					oneByOne.add(paths[m.a] as string, paths[m.b] as string, m.kind);
				}
				bulk.endBulk();
				oneByOne.takeChanged();
				const same = () => {
					expect(bulk.share().edgeOrder).toEqual(oneByOne.share().edgeOrder);
					expect(new Map([...bulk.edges].sort())).toEqual(new Map([...oneByOne.edges].sort()));
					expect(new Map([...bulk.share().degree].sort())).toEqual(new Map([...oneByOne.share().degree].sort()));
					expect(bulk.takeChanged()).toEqual(oneByOne.takeChanged());
				};
				same();
				// And it goes on from there as the other does: its lists and degrees are the same.
				let moves = 0;
				for (const o of later) {
					if (o.op === "move") {
						const from = paths[o.a] as string, to = `Moved/${moves++}/${from}`;
						bulk.move(from, to);
						oneByOne.move(from, to);
						paths[o.a] = to;
						continue;
					}
					if (o.a === o.b) continue;
					const a = paths[o.a] as string, b = paths[o.b] as string;
					if (o.op === "add") {
						bulk.add(a, b, o.kind);
						oneByOne.add(a, b, o.kind);
					} else if (oneByOne.edges.get(edgeKey(a, b))?.counts[o.kind]) {
						bulk.subtract(a, b, o.kind);
						oneByOne.subtract(a, b, o.kind);
					}
				}
				same();
			}),
			{ numRuns: 300 },
		);
	});

	it("builds in bulk from more marks than its first buffer holds", () => {
		const paths = Array.from({ length: 40 }, (_, i) => `P${String(i).padStart(2, "0")}.md`);
		const refs: PersonRef[] = paths.map((path, id) => ({ path, id }));
		const bulk = new EdgeSums(), oneByOne = new EdgeSums();
		bulk.beginBulk(refs.length);
		let marks = 0;
		for (let i = 0; i < refs.length; i++) {
			for (let j = 0; j < refs.length; j++) {
				if (i === j) continue;
				const kind = EDGE_KINDS[(i * 7 + j) % EDGE_KINDS.length] as EdgeKind;
				bulk.addWhileBuilding(refs[i] as PersonRef, refs[j] as PersonRef, kind);
				oneByOne.add(paths[i] as string, paths[j] as string, kind);
				marks++;
			}
		}
		bulk.endBulk();
		expect(marks).toBeGreaterThan(1024);
		expect(bulk.share().edgeOrder).toEqual(oneByOne.share().edgeOrder);
		expect(bulk.share().edgeOrder).toHaveLength((refs.length * (refs.length - 1)) / 2);
	});

	it("refuses a bulk build on edges it already has, and a ref beyond the span it was given", () => {
		const sums = new EdgeSums();
		const a: PersonRef = { path: "A.md", id: 0 }, b: PersonRef = { path: "B.md", id: 1 };
		sums.beginBulk(1);
		expect(() => sums.addWhileBuilding(a, b, "link")).toThrow(/a ref made after the rebuild began/);
		sums.endBulk();
		sums.add("A.md", "B.md", "link");
		expect(() => sums.beginBulk(2)).toThrow(/begins with no edges/);
		// Gone again, the edge is still in its people's lists: a rebuild would count it.
		sums.subtract("A.md", "B.md", "link");
		expect(sums.edges.size).toBe(0);
		expect(() => sums.beginBulk(2)).toThrow(/begins with no edges/);
		expect(() => sums.addWhileBuilding(a, b, "link")).toThrow(/no rebuild begun/);
		expect(() => sums.endBulk()).toThrow(/no rebuild to end/);
		// A network may hold the degrees of the empty sums: the rebuild counts into a new map.
		const fresh = new EdgeSums();
		const held = fresh.share().degree;
		fresh.beginBulk(2);
		fresh.addWhileBuilding(a, b, "link");
		fresh.endBulk();
		expect(held.size).toBe(0);
		expect(new Map(fresh.share().degree)).toEqual(new Map([["A.md", 1], ["B.md", 1]]));
		expect(() => {
			const other = new EdgeSums();
			other.beginBulk(2);
			other.add("A.md", "B.md", "link");
		}).toThrow(/added by ref/);
	});
});
