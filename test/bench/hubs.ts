/**
 * The worst one-note updates: renames and removals of the people the most notes link (the random
 * samples of bench.ts rarely pick them). Each is timed on the index call, and the network after it
 * separately (what the next query pays). What each update changed in the network is counted too: the
 * work is meant to be proportional to it, and the time per changed entry says how far from that it is.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Network, NetworkIndex } from "../../src/core";
import type { RelinkWork } from "../../src/core/derivation";
import { basename } from "../../src/core/links";
import { netPromiseChanges } from "../../src/core/network";
import { allocatedKb } from "./allocated";
import { minorFaults } from "./faults";
import { answerFloorMs, removalFloorMs } from "./floor";
import { median } from "./stats";

/** Renames there and back timed after the first, for a median less at the mercy of one sample. */
const MORE_RENAMES = 5;

/** How much of the network an update changed, from the network's own record of it. */
export interface NetworkChanged {
	/** Edge keys added, removed or counted again (a moved edge is two: its old key and its new). */
	edges: number;
	/**
	 * Promises that went plus those that came, net (a promise naming the person is replaced: one of each).
	 * The network's lists may also hold one that came and went within the update; it is not counted.
	 */
	promises: number;
}

export interface HubUpdate {
	name: string;
	/** Notes with at least one link to the person's name. */
	linkedFrom: number;
	/** Their edges and the promises naming them, before the updates; their edges right after the rename. */
	degree: number;
	promises: number;
	degreeAfterRename: number;
	/** The first rename of the process: what a user pays. */
	renameMs: number;
	/** Median of `MORE_RENAMES` more renames to the same place (each after the network and a rename back). */
	renameMedianMs: number;
	/** `network(today)` right after the first rename. */
	networkAfterRenameMs: number;
	/** Minor page faults (faults.ts) of the first rename, the network after it, and the removal. */
	faults: { rename: number; networkAfterRename: number; remove: number };
	renameChanged: NetworkChanged;
	/** Notes the first rename relinked, and those of them with a part worked out again (a link that now leads elsewhere). */
	renameRelinks: RelinkWork;
	removeMs: number;
	removeChanged: NetworkChanged;
	removeRelinks: RelinkWork;
	/** The person's note put back (upsert): every note that links them is relinked again. */
	addBackMs: number;
	/** What the answer's own changes to a move cost at the least (floor.ts). */
	answerFloorMs: number;
	/** What the answer's own changes to a removal cost at the least (floor.ts). */
	removalFloorMs: number;
	/** Kilobytes a removal and a rename allocate (allocated.ts; untimed runs of their own, after the others). */
	removeAllocatedKb: number;
	renameAllocatedKb: number;
}

/** What the index relinked since its tally was `before`. */
function relinksSince(index: NetworkIndex, before: RelinkWork): RelinkWork {
	const now = index.relinkWork();
	return { relinked: now.relinked - before.relinked, redone: now.redone - before.redone };
}

/** The `count` people most notes link, by how many notes link their name (ties by path). */
function mostLinked(index: NetworkIndex, people: readonly string[], count: number): { path: string; linkedFrom: number }[] {
	const byName = new Map<string, Set<string>>();
	for (const path of index.allPaths()) {
		for (const l of index.facts(path)?.links ?? []) {
			const name = basename(l.target).toLowerCase();
			let notes = byName.get(name);
			if (!notes) byName.set(name, (notes = new Set()));
			notes.add(path);
		}
	}
	return people
		.map((path) => ({ path, linkedFrom: byName.get(basename(path).toLowerCase())?.size ?? 0 }))
		.sort((a, b) => b.linkedFrom - a.linkedFrom || (a.path < b.path ? -1 : 1))
		.slice(0, count);
}

function changedIn(network: Network): NetworkChanged {
	const c = network.changes;
	if (!c) throw new Error("the network after an update says nothing of what changed");
	let promises = 0;
	for (const n of netPromiseChanges(c).values()) promises += Math.abs(n);
	return { edges: c.edges.size, promises };
}

/** Renames each of the `count` most-linked people there and back, then removes them and puts them back. */
export function runHubUpdates(index: NetworkIndex, dir: string, today: string, count: number): HubUpdate[] {
	const network = index.network(today);
	const out: HubUpdate[] = [];
	for (const { path, linkedFrom } of mostLinked(index, [...network.people.keys()], count)) {
		const before = index.network(today);
		const to = `Moved/hub/${path.slice(path.lastIndexOf("/") + 1)}`;
		const name = before.people.get(path)?.name ?? path;
		const degree = before.degree.get(path) ?? 0;
		const promises = before.promisesByPerson?.get(path)?.length ?? 0;
		const text = readFileSync(join(dir, path), "utf8");
		const rename = (from: string, into: string): number => {
			const t0 = performance.now();
			if (!index.rename(from, into)) index.upsert(into, text);
			return performance.now() - t0;
		};
		let tally = index.relinkWork();
		let f0 = minorFaults();
		const renameMs = rename(path, to);
		const renameFaults = minorFaults() - f0;
		const renameRelinks = relinksSince(index, tally);
		f0 = minorFaults();
		let t0 = performance.now();
		const renamed = index.network(today);
		const networkAfterRenameMs = performance.now() - t0;
		const networkFaults = minorFaults() - f0;
		const renameChanged = changedIn(renamed);
		const degreeAfterRename = renamed.degree.get(to) ?? 0;
		rename(to, path);
		index.network(today);
		const more: number[] = [];
		for (let i = 0; i < MORE_RENAMES; i++) {
			more.push(rename(path, to));
			index.network(today);
			rename(to, path);
			index.network(today);
		}
		tally = index.relinkWork();
		f0 = minorFaults();
		t0 = performance.now();
		index.remove(path);
		const removeMs = performance.now() - t0;
		const removeFaults = minorFaults() - f0;
		const removeRelinks = relinksSince(index, tally);
		const removeChanged = changedIn(index.network(today));
		t0 = performance.now();
		index.upsert(path, text);
		const addBackMs = performance.now() - t0;
		// Measured last, on the network with the person back where they were, so it warms nothing timed above.
		const answerFloor = answerFloorMs(index.network(today), path, to);
		const removalFloor = removalFloorMs(index.network(today), path);
		// Untimed, after everything timed: what a removal and a rename allocate, each after a network as above.
		const removeAllocatedKb = allocatedKb(() => index.remove(path));
		index.upsert(path, text);
		index.network(today);
		const renameAllocatedKb = allocatedKb(() => rename(path, to));
		index.network(today);
		rename(to, path);
		index.network(today);
		out.push({
			name, linkedFrom, degree, promises, degreeAfterRename, renameMs, renameMedianMs: median(more), networkAfterRenameMs,
			faults: { rename: renameFaults, networkAfterRename: networkFaults, remove: removeFaults }, renameChanged, renameRelinks, removeMs, removeChanged, removeRelinks, addBackMs,
			answerFloorMs: answerFloor, removalFloorMs: removalFloor, removeAllocatedKb, renameAllocatedKb,
		});
	}
	return out;
}

/**
 * Microseconds of the median rename per entry it had to visit: each edge key and promise it changed, and
 * each linking note it resolved again. Under 2 ms, the most-linked person's rename at 50,000 notes
 * (about 4,800 such entries) would have to spend 0.4 µs on each.
 */
export function renameUsPerEntry(h: HubUpdate): number {
	return (1000 * h.renameMedianMs) / (h.renameChanged.edges + h.renameChanged.promises + h.linkedFrom);
}

/**
 * Microseconds of the removal per note it redid. Every note that linked the person has a part redone
 * (their links now lead to no one), so this is what one such note costs: under 2 ms, the most-linked
 * person's removal at 50,000 notes (about 1,130 of them) would need 1.8 us each.
 */
export function removeUsPerRedone(h: HubUpdate): number {
	return (1000 * h.removeMs) / Math.max(1, h.removeRelinks.redone);
}
