/**
 * "Insert today's touchpoints": a live `active-network` block (or, with the `insertSnapshot` setting, a
 * plain list of today's touchpoints) at the end of today's daily note, found with the Daily notes
 * settings and created through the writer when missing. Never twice: a note that already has it is
 * left as it is. The rest of the note is never touched (the insert only appends).
 */
import { Notice } from "obsidian";
import { dailyNotePath, lineBreakOf, type Network, nextTouchpoints, touchpointLine } from "../../core";
import type { NetworkHost } from "../host";
import { BLOCK_LANGUAGE } from "./block-child";

/** The comment that marks a snapshot (hidden in reading view), so a second run finds it. */
export const SNAPSHOT_MARK = "%% active-network touchpoints %%";

export function touchpointsBlock(nl = "\n"): string {
	return ["```" + BLOCK_LANGUAGE, "touchpoints", "```"].join(nl);
}

/** Today's touchpoints as a plain list of links, under the marker. */
export function touchpointsSnapshot(host: NetworkHost, network: Network, nl = "\n"): string {
	const list = nextTouchpoints(network, host.settings, host.today(), 10);
	const lines = [SNAPSHOT_MARK, `Touchpoints for ${host.today()}:`];
	if (list.length === 0) lines.push("- Nobody needs a touchpoint today.");
	for (const t of list) {
		const name = t.path.endsWith(".md") ? t.path.slice(0, -3) : t.path;
		const why = t.reasons.map((r) => touchpointLine(r.detail)).join("; ");
		lines.push(`- [[${name}|${t.name}]]${why ? `: ${why}` : ""}`);
	}
	return lines.join(nl);
}

/** True when the note already has a touchpoints block (any fence length, ``` or ~~~) or a snapshot. */
export function hasTouchpoints(text: string): boolean {
	const lines = text.split("\n").map((l) => l.trim());
	return lines.some((l, i) => {
		if (l === SNAPSHOT_MARK) return true;
		const bare = l.startsWith("```") ? l.slice(l.lastIndexOf("`") + 1) : l.startsWith("~~~") ? l.slice(l.lastIndexOf("~") + 1) : null;
		if (bare === null || bare.trim() !== BLOCK_LANGUAGE) return false;
		const next = lines.slice(i + 1).find((n) => n !== "" && !n.startsWith("#"));
		return next === "touchpoints";
	});
}

/** Appends `insert` after the note's text with one blank line between, in the note's own line breaks. */
function appended(text: string, insert: (nl: string) => string): string {
	const nl = lineBreakOf(text);
	if (text.trim() === "") return `${text}${insert(nl)}${nl}`;
	const sep = text.endsWith(`${nl}${nl}`) ? "" : text.endsWith(nl) ? nl : `${nl}${nl}`;
	return `${text}${sep}${insert(nl)}${nl}`;
}

/** Returns what happened, for the notice (and tests). */
export async function insertTodaysTouchpoints(host: NetworkHost): Promise<"inserted" | "created" | "already" | "not-ready"> {
	const network = host.feed.network();
	if (!network) {
		new Notice("Still indexing your vault. Try again in a moment.");
		return "not-ready";
	}
	const path = dailyNotePath(host.today(), host.settings, host.feed.context);
	const insert = (nl: string) => (host.settings.insertSnapshot ? touchpointsSnapshot(host, network, nl) : touchpointsBlock(nl));
	const { writer } = host;
	try {
		const result = await host.undo.group("Insert today's touchpoints", async () => {
			if (!writer.exists(path)) {
				await writer.create(path, `${insert("\n")}\n`);
				return "created" as const;
			}
			let found = false;
			await writer.process(path, (text) => {
				found = hasTouchpoints(text);
				return found ? text : appended(text, insert);
			});
			return found ? ("already" as const) : ("inserted" as const);
		});
		new Notice(result === "already" ? `Today's touchpoints are already in "${path}".` : `Added today's touchpoints to "${path}".`);
		if (result !== "already") await host.workspace.openFile(path);
		return result;
	} catch (e) {
		console.error("Active Network: inserting today's touchpoints failed", e);
		new Notice(`Could not add today's touchpoints to "${path}": ${e instanceof Error ? e.message : String(e)}`);
		return "not-ready";
	}
}
