/**
 * partDifference on random parts: the new part keeps an old object for each entry equal to one (each old
 * object once), and what is left over on either side is exactly what goes and what comes. Parts are drawn
 * small and large, so that both ways of matching (pair by pair, and by key) are taken, with keys that
 * coincide for unequal entries (one person's different touchpoints).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EdgeMark, Part } from "../../src/core/contribution";
import { partDifference } from "../../src/core/part-diff";
import type { PersonRef } from "../../src/core/person-ref";
import type { PromiseTask } from "../../src/core/touchpoints";

type Touch = Part["touches"][number];

const REFS: PersonRef[] = [0, 1, 2, 3].map((id) => ({ path: `People/P${id}.md`, id }));

const ref = fc.constantFrom(...REFS);
const touch: fc.Arbitrary<Touch> = fc.record({
	person: ref,
	touch: fc.record({
		date: fc.constantFrom("2026-11-01", "2026-11-02"),
		path: fc.constantFrom("Daily/a.md", "Daily/b.md"),
		line: fc.constantFrom(null, 1, 2),
		kind: fc.constantFrom("log" as const, "note" as const),
		text: fc.constantFrom("coffee", "call"),
		help: fc.constantFrom(null, "gave" as const),
	}),
});
const edge: fc.Arbitrary<EdgeMark> = fc.record({ a: ref, b: ref, kind: fc.constantFrom("together" as const, "link" as const) });
const promiseAt = (line: number): fc.Arbitrary<PromiseTask> =>
	fc.record({
		file: fc.constant("Daily/a.md"), line: fc.constant(line), text: fc.constantFrom("send the slides", "call back"),
		people: fc.subarray(REFS.map((r) => r.path), { minLength: 1 }), due: fc.constantFrom(null, "2026-12-01"), done: fc.constant(null),
		direction: fc.constantFrom("mine" as const, "theirs" as const), status: fc.constant("open" as const), mark: fc.constant(" "), intro: fc.boolean(),
	});
/** One promise per line, as a part has (one line is one task). */
const promises = fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 5 }).chain((lines) => fc.tuple(...lines.map(promiseAt)));

const sameTouch = (x: Touch, y: Touch) => x.person === y.person && JSON.stringify(x.touch) === JSON.stringify(y.touch);
const sameEdge = (x: EdgeMark, y: EdgeMark) => x.a === y.a && x.b === y.b && x.kind === y.kind;
const samePromise = (x: PromiseTask, y: PromiseTask) => JSON.stringify(x) === JSON.stringify(y);

/** A copy as a new object (a redone part's entries are new objects, equal or not to the old ones). */
function copy<T>(x: T): T {
	const c = { ...x } as Record<string, unknown>;
	if ("touch" in c) c.touch = { ...(c.touch as object) };
	if ("people" in c) c.people = [...(c.people as string[])];
	return c as T;
}

/** Old promises, and new ones on lines of their own: some of them fresh copies of the old promise on their line. */
const oldAndNewPromises: fc.Arbitrary<[PromiseTask[], PromiseTask[]]> = fc
	.tuple(promises, promises, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }))
	.map(([old, drawn, keep]) => {
		const byLine = new Map(old.map((p) => [p.line, p]));
		return [old, drawn.map((p) => (keep[p.line - 1] && byLine.has(p.line) ? copy(byLine.get(p.line) as PromiseTask) : p))];
	});

/** Old entries, and new ones: fresh copies of some old entries, mixed with entries drawn anew. */
function oldAndNew<T>(entry: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
	return entry.chain((old) => fc.tuple(fc.constant(old), fc.tuple(fc.subarray(old), entry).chain(([kept, drawn]) => fc.shuffledSubarray([...kept.map(copy), ...drawn], { minLength: kept.length + drawn.length }))));
}

/**
 * `inOrder`: what comes comes in the new part's order (touchpoints and edges; a promise whose line stayed
 * but whose people changed comes after the others, which no order of promises can tell apart: one line,
 * one promise).
 */
function checkList<T>(old: readonly T[], now: readonly T[], gone: readonly T[], came: readonly T[], merged: readonly T[], same: (a: T, b: T) => boolean, inOrder = true): void {
	expect(merged).toHaveLength(now.length);
	const used = new Set<T>();
	merged.forEach((m, j) => {
		if (m === now[j]) return;
		expect(old).toContain(m);
		expect(same(m, now[j] as T)).toBe(true);
		expect(used.has(m)).toBe(false);
		used.add(m);
	});
	// By identity: each old object left over goes, once.
	const left = old.filter((x) => !used.has(x));
	expect(gone).toHaveLength(left.length);
	expect(new Set(gone).size).toBe(gone.length);
	expect(gone.every((g) => left.includes(g))).toBe(true);
	const fresh = now.filter((x, j) => merged[j] === x);
	if (inOrder) expect(came).toEqual(fresh);
	else expect(came.every((c) => fresh.includes(c))).toBe(true);
	expect(came).toHaveLength(fresh.length);
	// As many kept as can be: nothing that went equals something that came.
	for (const g of gone) for (const c of came) expect(same(g, c)).toBe(false);
}

describe("partDifference", () => {
	it("keeps an old object for every equal entry it can, and says exactly what goes and comes", () => {
		const lists = fc.tuple(oldAndNew(fc.array(touch, { maxLength: 14 })), oldAndNew(fc.array(edge, { maxLength: 14 })), oldAndNewPromises);
		fc.assert(
			fc.property(lists, fc.boolean(), ([[oldT, nowT], [oldE, nowE], [oldP, nowP]], noNew) => {
				const old: Part = { touches: oldT, edges: oldE, promises: oldP };
				const now: Part | null = noNew ? null : { touches: nowT, edges: nowE, promises: nowP };
				const d = partDifference(old, now);
				const empty: Part = { touches: [], edges: [], promises: [] };
				const n = now ?? empty;
				const merged = d.part ?? empty;
				expect(d.part === null).toBe(now === null);
				checkList(old.touches, n.touches, d.gone.touches, d.came.touches, merged.touches, sameTouch);
				checkList(old.edges, n.edges, d.gone.edges, d.came.edges, merged.edges, sameEdge);
				checkList(old.promises, n.promises, d.gone.promises, d.came.promises, merged.promises, samePromise, false);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 1000) },
		);
	});

	it("takes every pair of a large part into account (the matching by key)", () => {
		const refs = Array.from({ length: 12 }, (_, id) => ({ path: `People/Q${id}.md`, id }));
		const clique = (people: PersonRef[]): EdgeMark[] => people.flatMap((a, i) => people.slice(i + 1).map((b) => ({ a, b, kind: "together" as const })));
		const old: Part = { touches: [], promises: [], edges: clique(refs) };
		const now: Part = { touches: [], promises: [], edges: clique(refs.slice(1)) };
		const d = partDifference(old, now);
		expect(d.gone.edges).toHaveLength(11);
		expect(d.gone.edges.every((e) => e.a === refs[0])).toBe(true);
		expect(d.came.edges).toEqual([]);
		expect(d.part?.edges.every((e) => old.edges.includes(e))).toBe(true);
	});
});
