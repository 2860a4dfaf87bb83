/**
 * Export as canvas: the people network as an Obsidian canvas (JSON Canvas: people as file cards, each
 * connection labelled by its kinds) in a new file at the vault's root. An existing file is never
 * overwritten: the export takes the next free name.
 */
import { Notice } from "obsidian";
import { type GraphData, graphData, type Network, toCanvas } from "../core";
import type { NetworkHost } from "./host";
import { createNewFile } from "./writes";

export const CANVAS_NAME = "Active Network";

/** The canvas file's text: JSON Canvas, tab-indented as Obsidian writes canvases. */
export function canvasText(data: GraphData): string {
	return `${JSON.stringify(toCanvas(data), null, "\t")}\n`;
}

/** Writes `Active Network.canvas` (or `Active Network YYYY-MM-DD.canvas`, numbered if need be) and opens it. */
export async function exportCanvas(host: NetworkHost, network: Network): Promise<string | null> {
	const data = graphData(network);
	const path = await createNewFile(host.writer, "/", [CANVAS_NAME, `${CANVAS_NAME} ${host.today()}`], "canvas", canvasText(data));
	if (!path) return null;
	const people = data.nodes.length;
	const edges = data.edges.length;
	new Notice(`Exported ${people} ${people === 1 ? "person" : "people"} and ${edges} ${edges === 1 ? "connection" : "connections"} to ${path}.`);
	await host.workspace.openFile(path, { newTab: "tab" });
	return path;
}
