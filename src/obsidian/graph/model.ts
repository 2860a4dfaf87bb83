/**
 * What the people graph shows, apart from how it is drawn: the people (only people) and their
 * connections after the circle and kind filters, each person's colour (their circle's), size (their
 * degree), fading (cold), starting position (start-positions.ts), and what the pointer highlights (a person and their neighbours). The renderer draws what
 * `nodeLook` and `edgeLook` say; tests read the same answers.
 */
import Graph from "graphology";
import { buildGraph, communitiesOf, type EdgeAttributes, type EdgeKind, type GraphData, type NodeAttributes } from "../../core";
import type { DisplayGraph } from "./display-graph";
import { placeNodes } from "./start-positions";
import { type GraphTheme, mix, PALETTE_SIZE } from "./theme";

export type { DisplayGraph, PersonEdge, PersonNode } from "./display-graph";

export const OTHER = -1;
export const NONE = -2;

export interface GraphInput {
	data: GraphData;
	/** Paths of the people who are cold today: drawn faded. */
	cold: ReadonlySet<string>;
	/** Show only this circle (null: everyone). */
	circle: string | null;
	/** Show only connections of this kind (null: all kinds). */
	kind: EdgeKind | null;
	/**
	 * The core's communities of this filtered graph (`networkCommunities(network, filter).community`),
	 * which group the starting positions; worked out here from the graph when not given.
	 */
	community?: ReadonlyMap<string, number>;
}

export interface LegendEntry {
	/** The circle, or null for people without one. */
	circle: string | null;
	count: number;
	swatch: number;
}

/** What the renderer draws for a person (sigma's node display data). */
export interface NodeLook {
	label: string | null;
	color: string;
	size: number;
	zIndex: number;
	forceLabel: boolean;
	highlighted: boolean;
	hidden: boolean;
}

export interface EdgeLook {
	color: string;
	size: number;
	zIndex: number;
	hidden: boolean;
}

/** How much a cold person's colour moves towards the background. */
export const COLD_FADE = 0.6;
/** How much people outside the highlighted neighbourhood move towards the background. */
export const DIM_FADE = 0.85;

/**
 * A person's size on screen from their number of connections: small for few, growing slower for many,
 * and everyone smaller in a large graph so a thousand people do not cover each other.
 */
export function nodeSize(degree: number, order = 0): number {
	const scale = order > 1000 ? 0.5 : order > 300 ? 0.75 : 1;
	return scale * Math.min(16, 4 + 2.5 * Math.sqrt(degree));
}

/** A connection's thickness from how many times it was seen. */
export function edgeSize(weight: number): number {
	return Math.min(3, 1 + Math.log(Math.max(weight, 1)) / 2);
}

/** Palette slots by circle: the circles with most people first (then by name), past the palette OTHER. */
export function circleSwatches(data: GraphData): Map<string, number> {
	const counts = new Map<string, number>();
	for (const n of data.nodes) {
		const c = n.circles[0];
		if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
	}
	const order = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	return new Map(order.map(([c], i) => [c, i < PALETTE_SIZE ? i : OTHER]));
}

/** Two 32-bit FNV-1a hashes of the parts: a short key for "the same graph as last time". */
function structureKey(parts: Iterable<string>): string {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193 ^ 0x5bd1e995;
	let n = 0;
	for (const part of parts) {
		for (let i = 0; i < part.length; i++) {
			const c = part.charCodeAt(i);
			h1 = Math.imul(h1 ^ c, 0x01000193);
			h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
		}
		h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
		n++;
	}
	return `${n}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

export class PeopleGraphModel {
	graph: DisplayGraph = new Graph({ type: "undirected" });
	legend: LegendEntry[] = [];
	hovered: string | null = null;
	/** How many of the people shown kept the place they had before the last rebuild. */
	knownFraction = 0;
	private neighbourhood = new Set<string>();
	private structure = "";
	private cold: ReadonlySet<string> = new Set();
	private dimmed = new Map<string, string>();

	constructor(private theme: GraphTheme) {}

	/** People shown who are cold. */
	get coldShown(): number {
		let n = 0;
		this.graph.forEachNode((_, a) => {
			if (a.cold) n++;
		});
		return n;
	}

	/**
	 * Brings the graph up to date with `input`. When the same people and connections are shown as before,
	 * only their colours change ("style"); otherwise a new graph is built ("graph"), and people who were
	 * shown before keep their places.
	 */
	update(input: GraphInput): "style" | "graph" {
		const { data, circle, kind } = input;
		this.cold = input.cold;
		const key = structureKey(
			(function* () {
				yield `${circle ?? ""}\u0000${kind ?? ""}`;
				for (const n of data.nodes) yield `${n.id}\u0000${n.circles.join("\u0001")}\u0000${n.name}`;
				for (const e of data.edges) yield `${e.source}\u0000${e.target}\u0000${e.kinds.join(",")}\u0000${e.weight}`;
			})(),
		);
		if (key === this.structure) {
			this.restyle();
			return "style";
		}
		this.structure = key;
		const swatches = circleSwatches(data);
		const previous = new Map<string, { x: number; y: number }>();
		this.graph.forEachNode((id, a) => previous.set(id, { x: a.x, y: a.y }));
		// buildGraph's graph, given the display attributes in place (a copy would cost as much again).
		const built = buildGraph(data, { circles: circle ? [circle] : [], kinds: kind ? [kind] : [] });
		const community = input.community ?? communitiesOf(built).community;
		const graph = built as unknown as DisplayGraph;
		graph.updateEachNodeAttributes((id, attributes) => {
			const a = attributes as unknown as NodeAttributes;
			const first = a.circles[0] ?? null;
			const degree = graph.degree(id);
			return {
				label: a.name,
				x: 0,
				y: 0,
				size: nodeSize(degree, graph.order),
				color: "",
				circle: first,
				swatch: first === null ? NONE : (swatches.get(first) ?? OTHER),
				degree,
				community: -1,
				cold: false,
			};
		});
		graph.updateEachEdgeAttributes((_e, attributes) => {
			const a = attributes as unknown as EdgeAttributes;
			return { kinds: a.kinds, weight: a.weight, size: edgeSize(a.weight), color: "" };
		});
		this.knownFraction = placeNodes(graph, previous, community);
		this.graph = graph;
		this.hovered = null;
		this.neighbourhood = new Set();
		const counts = new Map<string | null, LegendEntry>();
		graph.forEachNode((_, a) => {
			const entry = counts.get(a.circle);
			if (entry) entry.count++;
			else counts.set(a.circle, { circle: a.circle, count: 1, swatch: a.swatch });
		});
		this.legend = [...counts.values()].sort((a, b) => {
			if (a.circle === null || b.circle === null) return a.circle === null ? 1 : -1;
			return b.count - a.count || (a.circle < b.circle ? -1 : 1);
		});
		this.restyle();
		return "graph";
	}

	/** New theme colours (the user switched between light and dark). */
	setTheme(theme: GraphTheme): void {
		this.theme = theme;
		this.restyle();
	}

	private baseColour(swatch: number): string {
		if (swatch === NONE) return this.theme.none;
		if (swatch === OTHER) return this.theme.other;
		return this.theme.palette[swatch] ?? this.theme.other;
	}

	/** Colours from the theme and today's cold people, written to the graph in one update. */
	private restyle(): void {
		const { background, edge } = this.theme;
		this.dimmed = new Map();
		this.graph.updateEachNodeAttributes((id, a) => {
			const cold = this.cold.has(id);
			const base = this.baseColour(a.swatch);
			return { ...a, cold, color: cold ? mix(base, background, COLD_FADE) : base };
		});
		this.graph.updateEachEdgeAttributes((_e, a) => ({ ...a, color: edge }));
	}

	/** The colour of a person outside the highlighted neighbourhood (computed once per colour). */
	private dim(colour: string): string {
		let d = this.dimmed.get(colour);
		if (d === undefined) {
			d = mix(colour, this.theme.background, DIM_FADE);
			this.dimmed.set(colour, d);
		}
		return d;
	}

	/** Highlights a person and their neighbours (null: no one). Returns whether anything changed. */
	hover(path: string | null): boolean {
		const next = path !== null && this.graph.hasNode(path) ? path : null;
		if (next === this.hovered) return false;
		this.hovered = next;
		this.neighbourhood = next === null ? new Set() : new Set([next, ...this.graph.neighbors(next)]);
		return true;
	}

	/** The people highlighted with the hovered person (them included), by path. */
	highlighted(): string[] {
		return [...this.neighbourhood].sort();
	}

	nodeLook(id: string): NodeLook {
		const a = this.graph.getNodeAttributes(id);
		const base: NodeLook = { label: a.label, color: a.color, size: a.size, zIndex: a.cold ? 0 : 1, forceLabel: false, highlighted: false, hidden: false };
		if (this.hovered === null) return base;
		if (this.neighbourhood.has(id)) return { ...base, zIndex: 2, forceLabel: true, highlighted: id === this.hovered };
		return { ...base, label: null, color: this.dim(a.color), zIndex: 0 };
	}

	edgeLook(edge: string): EdgeLook {
		const a = this.graph.getEdgeAttributes(edge);
		const base: EdgeLook = { color: a.color, size: a.size, zIndex: 0, hidden: false };
		if (this.hovered === null) return base;
		const [s, t] = this.graph.extremities(edge);
		if (s === this.hovered || t === this.hovered) return { ...base, color: this.theme.accent, size: a.size + 0.5, zIndex: 1 };
		return { ...base, hidden: true };
	}

	/** Where everyone is now. */
	positions(): Map<string, { x: number; y: number }> {
		const out = new Map<string, { x: number; y: number }>();
		this.graph.forEachNode((id, a) => out.set(id, { x: a.x, y: a.y }));
		return out;
	}
}
