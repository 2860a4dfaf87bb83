/**
 * The people network in other formats: DOT (Graphviz), GraphML (XML, for Gephi and yEd) and JSON Canvas
 * (Obsidian's `.canvas`: people as file nodes, edges labelled by kind).
 */
import type { GraphData } from "./graph";

function dotId(s: string): string {
	return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}

export function toDot(g: GraphData): string {
	const lines = ["graph people {", "  node [shape=box];"];
	for (const n of g.nodes) lines.push(`  ${dotId(n.id)} [label=${dotId(n.name)}${n.circles.length ? `, circles=${dotId(n.circles.join(","))}` : ""}];`);
	for (const e of g.edges) lines.push(`  ${dotId(e.source)} -- ${dotId(e.target)} [label=${dotId(e.kinds.join(", "))}, weight=${e.weight}];`);
	lines.push("}");
	return `${lines.join("\n")}\n`;
}

function xml(s: string): string {
	// Characters XML 1.0 cannot hold at all are dropped; the rest escaped.
	// eslint-disable-next-line no-control-regex -- stripping what XML forbids
	return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function toGraphML(g: GraphData): string {
	const out = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
		'  <key id="name" for="node" attr.name="name" attr.type="string"/>',
		'  <key id="circles" for="node" attr.name="circles" attr.type="string"/>',
		'  <key id="degree" for="node" attr.name="degree" attr.type="int"/>',
		'  <key id="kinds" for="edge" attr.name="kinds" attr.type="string"/>',
		'  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
		'  <graph id="people" edgedefault="undirected">',
	];
	for (const n of g.nodes) {
		out.push(`    <node id="${xml(n.id)}"><data key="name">${xml(n.name)}</data><data key="circles">${xml(n.circles.join(","))}</data><data key="degree">${n.degree}</data></node>`);
	}
	g.edges.forEach((e, i) => {
		out.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="kinds">${xml(e.kinds.join(","))}</data><data key="weight">${e.weight}</data></edge>`);
	});
	out.push("  </graph>", "</graphml>");
	return `${out.join("\n")}\n`;
}

export interface CanvasNode {
	id: string;
	type: "file";
	file: string;
	x: number;
	y: number;
	width: number;
	height: number;
	color?: string;
}

export interface CanvasEdge {
	id: string;
	fromNode: string;
	toNode: string;
	label?: string;
}

export interface CanvasData {
	nodes: CanvasNode[];
	edges: CanvasEdge[];
}

/** A stable short id for a JSON Canvas element. */
function canvasId(prefix: string, i: number): string {
	return `${prefix}${i.toString(16).padStart(6, "0")}`;
}

/**
 * JSON Canvas (jsoncanvas.org, version 1.0): people on rings by circle, largest degree nearest the
 * middle, so an exported canvas is readable before anyone drags a card.
 */
export function toCanvas(g: GraphData): CanvasData {
	const W = 260, H = 60;
	const circles = [...new Set(g.nodes.map((n) => n.circles[0] ?? ""))].sort();
	const nodes: CanvasNode[] = [];
	const ids = new Map<string, string>();
	const ordered = [...g.nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
	ordered.forEach((n, i) => {
		const ring = Math.floor(Math.sqrt(i));
		const onRing = 2 * ring + 1;
		const angle = ((i - ring * ring) / onRing) * 2 * Math.PI;
		const radius = ring * 360;
		const id = canvasId("n", i);
		ids.set(n.id, id);
		const circle = circles.indexOf(n.circles[0] ?? "");
		const node: CanvasNode = { id, type: "file", file: n.id, x: Math.round(radius * Math.cos(angle) - W / 2), y: Math.round(radius * Math.sin(angle) - H / 2), width: W, height: H };
		if (n.circles.length > 0) node.color = String((circle % 6) + 1);
		nodes.push(node);
	});
	const edges: CanvasEdge[] = [];
	g.edges.forEach((e, i) => {
		const from = ids.get(e.source), to = ids.get(e.target);
		if (from && to) edges.push({ id: canvasId("e", i), fromNode: from, toNode: to, label: e.kinds.join(", ") });
	});
	return { nodes, edges };
}
