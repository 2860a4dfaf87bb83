/**
 * The network's edges as note parts come and go (network-sums.ts adds the rest up): the edges by key,
 * in order by source then target, how many each person has, and which they are. That last is what a
 * person's move (person-move.ts) re-keys: without it the move was a pass over every edge, the most of a
 * typical person's move at 50,000 notes.
 */
import type { EdgeMark } from "./contribution";
import { EDGE_KINDS, type Edge, type EdgeKind, edgeKey } from "./network";
import { ChunkedCounts } from "./chunked-counts";
import { BatchedSortedList } from "./collections";
import { compareEdges } from "./orders";
import type { PersonRef } from "./person-ref";

/** How many kinds there are, and each one's place in EDGE_KINDS: a mark's number while rebuilding ends in it. */
const KINDS = EDGE_KINDS.length;
const KIND_INDEX = Object.fromEntries(EDGE_KINDS.map((kind, i) => [kind, i])) as Record<EdgeKind, number>;

export class EdgeSums {
	readonly edges = new Map<string, Edge>();
	/** By source, then target: what comes and goes is merged in once when the network is next read. */
	private readonly order = new BatchedSortedList<Edge>(compareEdges);
	/** How many edges each person has; a network holds a snapshot, which later changes copy a chunk of. */
	private degree = new ChunkedCounts();
	/**
	 * Each person's edges, in no order, and maybe some that are gone (weight 0): an edge that goes is not
	 * looked for in its two lists (the most-linked person's removal took one out of 1,363 each time), the
	 * lists drop such edges when they reach twice the person's degree. Arrays: sets were megabytes more.
	 */
	private readonly byPerson = new Map<string, Edge[]>();
	/** Keys of the edges added, removed or counted again since the last `takeChanged`. */
	private changed = new Set<string>();
	/**
	 * While rebuilding: every mark as one number, (source id × span + target id) × kinds + kind (see
	 * `beginBulk`), and each ref's path by id. Sorted once at the end, the numbers give each edge's marks
	 * together and the edges in their order: no map is grown and no key string hashed per mark (a map of
	 * the edges by a number was 4 MB of tables outgrown, promoted and dropped at 50,000 notes).
	 */
	private bulk: { marks: Float64Array; n: number; span: number; paths: string[] } | null = null;

	/**
	 * Marks come by ref (`addWhileBuilding`) until `endBulk`. `span` is more than any id of their refs. The
	 * refs were made in path order (a rebuild reads its people in path order into a new book), so the
	 * numbers sort as the edges do; `endBulk` checks that, and sorts the slow way if they do not.
	 */
	beginBulk(span: number): void {
		if (this.edges.size > 0 || this.byPerson.size > 0 || this.bulk) throw new Error("a rebuild begins with no edges");
		this.bulk = { marks: new Float64Array(1024), n: 0, span, paths: new Array<string>(span) };
	}

	endBulk(): void {
		if (!this.bulk) throw new Error("no rebuild to end");
		const { n, span, paths } = this.bulk;
		const marks = this.bulk.marks.subarray(0, n).sort(); // numbers, in numeric order
		this.bulk = null;
		// Indexed loops and forEach: this runs once per rebuild, before the optimiser drops a for-of's
		// results, and those for 50,000 edges lived long enough to be promoted.
		let edges = 0;
		for (let i = 0; i < n; i++) if (i === 0 || Math.floor((marks[i] as number) / KINDS) !== Math.floor((marks[i - 1] as number) / KINDS)) edges++;
		const order = new Array<Edge>(edges);
		let inOrder = true, k = -1, pair = -1;
		for (let i = 0; i < n; i++) {
			const mark = marks[i] as number, p = Math.floor(mark / KINDS), kind = EDGE_KINDS[mark - p * KINDS] as EdgeKind;
			if (p !== pair) {
				pair = p;
				const source = Math.floor(p / span);
				const e: Edge = { source: paths[source] as string, target: paths[p - source * span] as string, counts: {}, weight: 0 };
				if (k >= 0 && compareEdges(order[k] as Edge, e) >= 0) inOrder = false;
				order[++k] = e;
			}
			const e = order[k] as Edge;
			e.counts[kind] = (e.counts[kind] ?? 0) + 1;
			e.weight++;
		}
		if (!inOrder) order.sort(compareEdges);
		// Every edge is new: keyed, listed with its two people, and their degrees counted once each.
		for (let i = 0; i < order.length; i++) {
			const e = order[i] as Edge;
			this.edges.set(edgeKey(e.source, e.target), e);
			this.listNew(e.source, e);
			this.listNew(e.target, e);
		}
		this.degree = new ChunkedCounts(); // a network may hold a snapshot of the empty one
		const degree = this.degree;
		this.byPerson.forEach((list, person) => degree.set(person, list.length));
		this.order.reset(order);
		this.changed.clear(); // a rebuild has no previous network
	}

	/** The edge order (frozen) and the degrees, for a network; later changes go to copies. */
	share(): { edgeOrder: Edge[]; degree: ReadonlyMap<string, number> } {
		return { edgeOrder: this.order.share(), degree: this.degree.snapshot() };
	}

	takeChanged(): Set<string> {
		const changed = this.changed;
		this.changed = new Set();
		return changed;
	}

	/** One more mark of `kind` between the people at paths `a` and `b` (not while rebuilding). */
	add(a: string, b: string, kind: EdgeMark["kind"]): void {
		if (this.bulk) throw new Error("while rebuilding, marks are added by ref");
		const key = edgeKey(a, b);
		let e = this.edges.get(key);
		// The people's own path strings, not slices of the key: flat strings compare faster, and the same
		// person's path is then one string, equal at a glance.
		if (!e) this.order.add((e = this.created(key, a < b ? a : b, a < b ? b : a)));
		e.counts[kind] = (e.counts[kind] ?? 0) + 1;
		e.weight++;
		this.changed.add(key);
	}

	/** `add` while rebuilding (between `beginBulk` and `endBulk`): the people by their refs. */
	addWhileBuilding(a: PersonRef, b: PersonRef, kind: EdgeMark["kind"]): void {
		const bulk = this.bulk;
		if (!bulk) throw new Error("no rebuild begun: marks are added by path");
		const source = a.path < b.path ? a : b, target = a.path < b.path ? b : a;
		if (source.id >= bulk.span || target.id >= bulk.span) throw new Error(`a ref made after the rebuild began: ${source.path}, ${target.path}`);
		if (bulk.n === bulk.marks.length) {
			const more = new Float64Array(2 * bulk.n);
			more.set(bulk.marks);
			bulk.marks = more;
		}
		bulk.marks[bulk.n++] = (source.id * bulk.span + target.id) * KINDS + KIND_INDEX[kind];
		bulk.paths[source.id] = source.path;
		bulk.paths[target.id] = target.path;
	}

	subtract(a: string, b: string, kind: EdgeMark["kind"]): void {
		const key = edgeKey(a, b);
		const e = this.edges.get(key);
		if (!e) return;
		this.changed.add(key);
		const n = (e.counts[kind] ?? 0) - 1;
		if (n > 0) e.counts[kind] = n;
		else delete e.counts[kind];
		if (--e.weight > 0) return;
		this.edges.delete(key);
		this.order.remove(e);
		this.setDegree(e.source, -1);
		this.setDegree(e.target, -1);
	}

	/**
	 * The person at `from` is now at `to`, which no edge names yet (person-move.ts): each of their edges is
	 * put under its new key, as a new object (the old one is in the orders a network was handed; it is
	 * gone now, weight 0, as an edge that `subtract` takes out).
	 */
	move(from: string, to: string): void {
		if (this.degree.has(to)) throw new Error(`edges are already kept for ${to}`);
		const degree = this.degree.get(from) ?? 0;
		// Counted first: `list` compares the new list with the degree.
		this.setDegree(to, degree);
		for (const e of this.byPerson.get(from) ?? []) {
			if (e.weight === 0) continue;
			const other = e.source === from ? e.target : e.source;
			const oldKey = edgeKey(from, other), key = edgeKey(to, other);
			const now: Edge = { source: to < other ? to : other, target: to < other ? other : to, counts: { ...e.counts }, weight: e.weight };
			e.weight = 0;
			// One lookup of the new key, not a test and then a set: the map is as big again only if it was free.
			const size = this.edges.size;
			this.edges.delete(oldKey);
			this.edges.set(key, now);
			if (this.edges.size !== size) throw new Error(`an edge is already kept between ${to} and ${other}`);
			this.order.remove(e);
			this.order.add(now);
			this.list(to, now);
			this.list(other, now);
			this.changed.add(oldKey);
			this.changed.add(key);
		}
		this.byPerson.delete(from);
		this.setDegree(from, -degree);
	}

	/** A new, empty edge under `key`: in the map, each end's list, and their degrees (not yet in the order). */
	private created(key: string, source: string, target: string): Edge {
		const e: Edge = { source, target, counts: {}, weight: 0 };
		this.edges.set(key, e);
		this.setDegree(source, 1);
		this.setDegree(target, 1);
		this.list(source, e);
		this.list(target, e);
		return e;
	}

	/** `list` while rebuilding: none of the person's edges is gone yet, and degrees are counted after. */
	private listNew(person: string, e: Edge): void {
		const list = this.byPerson.get(person);
		if (list) list.push(e);
		else this.byPerson.set(person, [e]);
	}

	/** Adds `e` to the person's edges; a list that has grown to twice their degree drops the gone ones. */
	private list(person: string, e: Edge): void {
		const list = this.byPerson.get(person);
		if (!list) return void this.byPerson.set(person, [e]);
		list.push(e);
		// `e` itself may not be counted yet (a new edge's weight is 0 until its first mark).
		if (list.length > 2 * (this.degree.get(person) ?? 0) + 8) this.byPerson.set(person, list.filter((x) => x.weight > 0 || x === e));
	}

	private setDegree(person: string, by: number): void {
		this.degree.add(person, by);
	}
}
