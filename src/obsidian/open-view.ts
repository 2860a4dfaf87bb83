/**
 * Opens a view: the existing leaf of its type when there is one, else a new leaf in the right sidebar
 * (lists), or a new tab in the main area (the people graph, which needs the room).
 */
import { requireApiVersion, type Workspace } from "obsidian";
import type { ViewPlace } from "./ports";

/** The workspace calls opening a view makes. */
export type LeafWorkspace = Pick<Workspace, "getLeavesOfType" | "getLeaf" | "getRightLeaf" | "revealLeaf" | "setActiveLeaf">;

export async function openView(workspace: LeafWorkspace, type: string, where: ViewPlace = "sidebar"): Promise<void> {
	let leaf = workspace.getLeavesOfType(type)[0] ?? null;
	if (!leaf) {
		leaf = where === "tab" ? workspace.getLeaf("tab") : workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type, active: true });
	}
	if (requireApiVersion("1.7.2")) await workspace.revealLeaf(leaf);
	else workspace.setActiveLeaf(leaf, { focus: true });
}
