/**
 * The people graph as the view draws it: each person's and connection's display attributes. Its own
 * file so the model and the starting positions both use it without importing each other.
 */
import type Graph from "graphology";
import type { EdgeKind } from "../../core";

export interface PersonNode {
	label: string;
	x: number;
	y: number;
	size: number;
	/** The colour drawn: the circle's, faded when cold. */
	color: string;
	/** The first circle, which gives the colour. */
	circle: string | null;
	/** Palette index of the circle; OTHER past the palette, NONE without a circle. */
	swatch: number;
	degree: number;
	community: number;
	cold: boolean;
}

export interface PersonEdge {
	kinds: EdgeKind[];
	weight: number;
	size: number;
	color: string;
}

export type DisplayGraph = Graph<PersonNode, PersonEdge>;
