/**
 * The worst one-note updates: renames and removals of the people the most notes link (the random
 * samples of bench.ts rarely pick them). Each is timed on the index call, and the network after it
 * separately (what the next query pays).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { NetworkIndex } from "../../src/core";
import { basename } from "../../src/core/links";

export interface HubUpdate {
	name: string;
	/** Notes with at least one link to the person's name. */
	linkedFrom: number;
	renameMs: number;
	/** `network(today)` right after the rename. */
	networkAfterRenameMs: number;
	removeMs: number;
	/** The person's note put back (upsert): every note that links them is relinked again. */
	addBackMs: number;
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

/** Renames each of the `count` most-linked people there and back, then removes them and puts them back. */
export function runHubUpdates(index: NetworkIndex, dir: string, today: string, count: number): HubUpdate[] {
	const network = index.network(today);
	const out: HubUpdate[] = [];
	for (const { path, linkedFrom } of mostLinked(index, [...network.people.keys()], count)) {
		const name = network.people.get(path)?.name ?? path;
		const text = readFileSync(join(dir, path), "utf8");
		const to = `Moved/hub/${path.slice(path.lastIndexOf("/") + 1)}`;
		let t0 = performance.now();
		if (!index.rename(path, to)) index.upsert(to, text);
		const renameMs = performance.now() - t0;
		t0 = performance.now();
		index.network(today);
		const networkAfterRenameMs = performance.now() - t0;
		if (!index.rename(to, path)) index.upsert(path, text);
		index.network(today);
		t0 = performance.now();
		index.remove(path);
		const removeMs = performance.now() - t0;
		index.network(today);
		t0 = performance.now();
		index.upsert(path, text);
		const addBackMs = performance.now() - t0;
		index.network(today);
		out.push({ name, linkedFrom, renameMs, networkAfterRenameMs, removeMs, addBackMs });
	}
	return out;
}
