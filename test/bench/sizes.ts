/**
 * One table of the issue-16 targets at several vault sizes (`--sizes 1000,10000,50000`): each size is
 * measured by its own run of the benchmark (a child of this process, so one size's heap does not weigh on
 * the next), then the numbers are printed side by side with the targets.
 */
import type { BenchResult } from "./bench";
import type { FreshBench } from "./fresh";
import { type HubUpdate, removeUsPerRedone, renameUsPerEntry } from "./hubs";

export type SizedResult = BenchResult & { fresh: FreshBench | null };

const f = (n: number | null | undefined) => (n === null || n === undefined ? "-" : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** A cell about the most-linked person, or "-" when the vault has no one linked. */
const hub = (r: SizedResult, cell: (h: HubUpdate) => string) => (r.hubs[0] ? cell(r.hubs[0]) : "-");

/** Rows of label, target and one value per size. */
export function sizesTable(results: SizedResult[]): string {
	const rows: [string, string, (r: SizedResult) => string][] = [
		["vault", "", (r) => `${r.notes} notes`],
		["people / promises / edges", "", (r) => `${r.found.people}/${r.found.promises}/${r.found.edges}`],
		["read + gray-matter (ms)", "floor", (r) => f(r.readMs + r.matterMs)],
		["cold build (ms)", "", (r) => f(r.indexMs)],
		["first network (ms)", "< build/2", (r) => `${f(r.firstNetworkMs)} (${f(r.firstNetworkMs / r.indexMs)}x)`],
		["peak RSS / with network (MB)", "< 250", (r) => `${f(r.peakRssMb)} / ${f(r.peakRssWithNetworkMb)}`],
		["  live network: peak RSS (MB)", "", (r) => f(r.live.peakRssWithNetworkMb)],
		["update p99, all kinds (ms)", "< 2", (r) => f(r.updateP99Ms)],
		["  upsert p99 / max", "< 2", (r) => `${f(r.updates.upsert.p99Ms)} / ${f(r.updates.upsert.maxMs)}`],
		["  upsert after a read p99 / max", "< 2", (r) => `${f(r.updates.upsertAfterRead.p99Ms)} / ${f(r.updates.upsertAfterRead.maxMs)}`],
		["  rename p99 / max", "< 2", (r) => `${f(r.updates.rename.p99Ms)} / ${f(r.updates.rename.maxMs)}`],
		["  rename after a read p99 / max", "< 2", (r) => `${f(r.updates.renameAfterRead.p99Ms)} / ${f(r.updates.renameAfterRead.maxMs)}`],
		["  remove p99 / max", "< 2", (r) => `${f(r.updates.remove.p99Ms)} / ${f(r.updates.remove.maxMs)}`],
		["  remove after a read p99 / max", "< 2", (r) => `${f(r.updates.removeAfterRead.p99Ms)} / ${f(r.updates.removeAfterRead.maxMs)}`],
		["most-linked person: notes linking", "", (r) => f(r.hubs[0]?.linkedFrom)],
		["  their edges / promises", "", (r) => hub(r, (h) => `${h.degree} / ${h.promises}`)],
		["  rename / network after (ms)", "< 2", (r) => hub(r, (h) => `${f(h.renameMs)} / ${f(h.networkAfterRenameMs)}`)],
		["  rename, median of 5 more (ms)", "< 2", (r) => hub(r, (h) => f(h.renameMedianMs))],
		["  rename changed edges / promises", "", (r) => hub(r, (h) => `${h.renameChanged.edges} / ${h.renameChanged.promises}`)],
		["  rename: us per entry visited", "", (r) => hub(r, (h) => f(renameUsPerEntry(h)))],
		["  rename: notes relinked / redone", "", (r) => hub(r, (h) => `${h.renameRelinks.relinked} / ${h.renameRelinks.redone}`)],
		["  floor: the answer's changes (ms)", "", (r) => hub(r, (h) => f(h.answerFloorMs))],
		["  remove / put back (ms)", "< 2", (r) => hub(r, (h) => `${f(h.removeMs)} / ${f(h.addBackMs)}`)],
		["  floor: the removal's changes (ms)", "", (r) => hub(r, (h) => f(h.removalFloorMs))],
		["  remove changed edges / promises", "", (r) => hub(r, (h) => `${h.removeChanged.edges} / ${h.removeChanged.promises}`)],
		["  remove: notes redone / us each", "", (r) => hub(r, (h) => `${h.removeRelinks.redone} / ${f(removeUsPerRedone(h))}`)],
		["  rename / remove: KB allocated", "", (r) => hub(r, (h) => `${Math.round(h.renameAllocatedKb)} / ${Math.round(h.removeAllocatedKb)}`)],
		["  page faults: rename/net/remove", "", (r) => hub(r, (h) => `${h.faults.rename}/${h.faults.networkAfterRename}/${h.faults.remove}`)],
		["  host: us per page fault", "", (r) => f(r.faultUs)],
		["network after an update (ms)", "", (r) => f(r.networkAfterUpdateMs)],
		...(["touchpoints", "cold", "promises", "graph"] as const).map(
			(q): [string, string, (r: SizedResult) => string] => [`${q} after an update (ms)`, "< 10", (r) => f(r.queryMs[q])],
		),
		["fresh CLI - start-up (ms)", "", (r) => (r.fresh ? f(r.fresh.cliMs - r.fresh.startupMs) : "-")],
		["fresh matter - start-up (ms)", "", (r) => (r.fresh ? f(r.fresh.matterMs - r.fresh.startupMs) : "-")],
		["fresh CLI / fresh matter", "<= 1.25", (r) => (r.fresh ? f(r.fresh.ratio) : "-")],
		["  peak RSS: CLI / matter (MB)", "", (r) => (r.fresh ? `${f(r.fresh.cliPeakRssMb)} / ${f(r.fresh.matterPeakRssMb)}` : "-")],
		["node start-up (ms)", "", (r) => (r.fresh ? f(r.fresh.startupMs) : "-")],
	];
	const width = 19;
	const lines = [`${"".padEnd(32)}${"target".padEnd(11)}${results.map((r) => `${r.notes}`.padStart(width)).join("")}`];
	for (const [label, target, value] of rows) lines.push(`${label.padEnd(32)}${target.padEnd(11)}${results.map((r) => value(r).padStart(width)).join("")}`);
	return lines.join("\n");
}
