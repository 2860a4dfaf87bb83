/**
 * The people graph's layout: ForceAtlas2 (graphology-layout-forceatlas2) run on the main thread in
 * slices that give the UI back after a few milliseconds. The iterations are the library's own, on
 * matrices kept between slices, so where the slices fall never changes the result: the same graph and
 * the same starting positions always give the same picture.
 */
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { assignLayoutChanges, graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { AbstractGraph, Attributes } from "graphology-types";

/** ForceAtlas2's settings for a graph of `order` people (the library's inferSettings, with Barnes-Hut earlier). */
export function layoutSettings(order: number): Required<ForceAtlas2Settings> {
	return {
		linLogMode: false,
		outboundAttractionDistribution: false,
		adjustSizes: false,
		edgeWeightInfluence: 1,
		scalingRatio: 10,
		strongGravityMode: true,
		// Small networks are mostly separate pieces: stronger gravity keeps them on one screen.
		gravity: order <= 50 ? 1 : order <= 300 ? 0.3 : 0.05,
		slowDown: 1 + Math.log(Math.max(order, 1)),
		barnesHutOptimize: order > 250,
		barnesHutTheta: 0.6,
	};
}

/**
 * How many iterations to run: enough for a graph to settle from the seeded start, fewer for large ones
 * (each iteration costs more and the seeds already group communities), and a short run when most
 * people kept the places they had.
 */
export function layoutIterations(order: number, knownFraction: number): number {
	if (order <= 1) return 0;
	if (knownFraction >= 0.9) return 40;
	if (order <= 300) return 300;
	if (order <= 1000) return 200;
	return 150;
}

/** Edges pull by how often two people met, dampened so one busy pair does not collapse the picture. */
function edgeWeight(_edge: string, attributes: Attributes): number {
	const w = typeof attributes.weight === "number" && attributes.weight > 0 ? attributes.weight : 1;
	return 1 + Math.log(w);
}

export interface SliceOptions {
	/** Give the UI back after this long, in ms. */
	sliceMs?: number;
	/** The clock slices are measured with, in ms. */
	now?: () => number;
	/** Resolves when the UI has had its turn. */
	pause?: () => Promise<void>;
}

export interface LayoutStats {
	iterations: number;
	slices: number;
	/** Time spent inside slices (layout and writing positions back), in ms. */
	busyMs: number;
	/** From the first slice to the last, pauses included, in ms. */
	elapsedMs: number;
	/** The longest slice: how long the UI thread was held at most, in ms. */
	maxSliceMs: number;
}

export class SlicedLayout {
	private readonly nodes: Float32Array;
	private readonly edges: Float32Array;
	private readonly settings: Required<ForceAtlas2Settings>;
	private readonly sliceMs: number;
	private readonly now: () => number;
	private readonly pause: () => Promise<void>;
	private done = 0;
	private cancelled = false;
	private running: Promise<LayoutStats | null> | null = null;
	readonly stats: LayoutStats = { iterations: 0, slices: 0, busyMs: 0, elapsedMs: 0, maxSliceMs: 0 };

	/** Starts from the positions (`x`, `y`) the graph's nodes have now. */
	constructor(
		private readonly graph: AbstractGraph,
		readonly total: number,
		options: SliceOptions = {},
	) {
		const matrices = graphToByteArrays(graph, edgeWeight);
		this.nodes = matrices.nodes;
		this.edges = matrices.edges;
		this.settings = layoutSettings(graph.order);
		this.sliceMs = options.sliceMs ?? 12;
		this.now = options.now ?? (() => performance.now());
		this.pause = options.pause ?? (() => new Promise((resolve) => window.setTimeout(resolve, 0)));
	}

	get finished(): boolean {
		return this.cancelled || this.done >= this.total;
	}

	get iterationsDone(): number {
		return this.done;
	}

	/** Runs iterations until the slice's time is spent (at least one), then writes the positions to the graph. */
	slice(): void {
		if (this.finished) return;
		const start = this.now();
		do {
			iterate(this.settings, this.nodes, this.edges);
			this.done++;
		} while (this.done < this.total && this.now() - start < this.sliceMs);
		assignLayoutChanges(this.graph, this.nodes, null);
		const spent = this.now() - start;
		this.stats.slices++;
		this.stats.iterations = this.done;
		this.stats.busyMs += spent;
		this.stats.maxSliceMs = Math.max(this.stats.maxSliceMs, spent);
	}

	/**
	 * Runs slice after slice, pausing before each, until done, cancelled, or `keepGoing` says stop (a
	 * hidden view); `afterSlice` runs after each (to redraw). Resolves with the stats, or null when stopped
	 * early (call run again to go on from there).
	 */
	run(afterSlice: () => void = () => {}, keepGoing: () => boolean = () => true): Promise<LayoutStats | null> {
		if (this.running) return this.running;
		const go = async (): Promise<LayoutStats | null> => {
			const start = this.now();
			while (!this.finished) {
				// Pause first: the caller's own work (building the graph) ends its task before a slice begins.
				await this.pause();
				if (this.finished) break;
				if (!keepGoing()) return null;
				this.slice();
				afterSlice();
			}
			this.stats.elapsedMs += this.now() - start;
			return this.cancelled ? null : this.stats;
		};
		const run = go().finally(() => {
			this.running = null;
		});
		this.running = run;
		return run;
	}

	/** Stops for good: no more slices, and run resolves with null. */
	cancel(): void {
		this.cancelled = true;
	}
}
