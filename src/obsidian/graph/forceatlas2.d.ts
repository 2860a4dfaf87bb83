/**
 * Types for the two modules of graphology-layout-forceatlas2 that its own synchronous layout and web
 * worker are built from (the package ships them, without types): the people graph runs the same
 * iterations in slices, on matrices it keeps between slices.
 */
declare module "graphology-layout-forceatlas2/iterate.js" {
	import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

	export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}

declare module "graphology-layout-forceatlas2/helpers.js" {
	import type { AbstractGraph, Attributes } from "graphology-types";

	export function graphToByteArrays(
		graph: AbstractGraph,
		getEdgeWeight: (edge: string, attributes: Attributes, source: string, target: string) => number,
	): { nodes: Float32Array; edges: Float32Array };
	export function assignLayoutChanges(graph: AbstractGraph, nodes: Float32Array, outputReducer: null): void;
}
