/**
 * The measurements, all in one process run so the ratios hold on a noisy machine (see docs/performance.md
 * for what each number means and how the phases are split).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import os from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { listNotes, loadVault } from "../../src/cli/vault";
import { collect, runChild } from "./child";
import { coldReport, graphData, type Network, type NetworkIndex, nextTouchpoints, openPromises, type Settings } from "../../src/core";
import { MARKER, rng, type VaultManifest } from "./generate";
import { median, percentile, round } from "./stats";
import { runVcardBench, type VcardBench } from "./vcard";
import { faultUs } from "./faults";
import { type HubUpdate, runHubUpdates } from "./hubs";
import { modified, runUpdates } from "./updates";

export const QUERIES = ["touchpoints", "cold", "promises", "graph"] as const;
export type QueryName = (typeof QUERIES)[number];

type Query = (network: Network, settings: Settings, today: string) => number;

/** Each query as the CLI runs it; the number returned keeps the work from being optimised away. */
const QUERY: Record<QueryName, Query> = {
	touchpoints: (n, s, t) => nextTouchpoints(n, s, t, 10).length,
	cold: (n, s, t) => {
		const r = coldReport(n, s, t);
		return r.cold.length + r.never.length;
	},
	promises: (n, _s, t) => openPromises(n, t).length,
	graph: (n) => graphData(n).edges.length,
};

export interface Timing {
	n: number;
	p50Ms: number;
	p99Ms: number;
	maxMs: number;
}

export interface BenchResult {
	notes: number;
	seed: number;
	vault: string;
	today: string;
	/** Listing the vault (listNotes) and readFileSync(utf8) of every note. */
	readMs: number;
	/** gray-matter `matter(text, {})` on every note's text, timed around each call only (reads excluded). */
	matterMs: number;
	/** The cold build: loadVault (list, read, settings, upsert every note) on one thread, as the plugin builds. */
	indexMs: number;
	ratioToRead: number;
	ratioToMatter: number;
	/** The first `index.network(today)` after the cold build (the lazy derivation the CLI runs next). */
	firstNetworkMs: number;
	/** indexMs + firstNetworkMs over readMs + matterMs: the CLI's cost before its first answer. */
	ratioToMatterWithNetwork: number;
	/** Median and p99 of every one-note update (upsert, rename, remove pooled, as many of each), index call only. */
	updateP50Ms: number;
	updateP99Ms: number;
	/**
	 * `…AfterRead`: updates each right after a network read, as the plugin makes them (half as many of each
	 * kind; not pooled in the p99 above).
	 */
	updates: { upsert: Timing; upsertAfterRead: Timing; rename: Timing; renameAfterRead: Timing; remove: Timing; removeAfterRead: Timing; hugeUpsertMs: number | null };
	/** Median of: one upsert, then `network(today)` and the query (the first query after a change pays the derivation). */
	queryMs: Record<QueryName, number>;
	/** Median of `network(today)` alone right after an upsert. */
	networkAfterUpdateMs: number;
	/** Median of each query on an unchanged index (the network cached). */
	queryCachedMs: Record<QueryName, number>;
	peakRssMb: number;
	peakRssWithNetworkMb: number | null;
	baselineRssMb: number;
	retainedHeapMb: number;
	retainedHeapWithNetworkMb: number | null;
	/** The same child, with the network the plugin keeps (live: every note's contribution kept for updates). */
	live: { peakRssWithNetworkMb: number; retainedHeapWithNetworkMb: number };
	/** Renames and removals of the three most-linked people (test/bench/hubs.ts). */
	hubs: HubUpdate[];
	/** Microseconds one minor page fault costs on this host (faults.ts): what a time of the hubs' spends per fault. */
	faultUs: number;
	found: { people: number; promises: number; personsWithTouchpoints: number; edges: number; problems: number };
	expected: { people: number; promises: number };
	vaultBytes: number;
	matterErrors: number;
	/** Every repeat of the cold phases, in run order (read, matter, index interleaved). */
	samples: { readMs: number[]; matterMs: number[]; readInMatterPassMs: number[]; indexMs: number[]; firstNetworkMs: number[] };
	machine: { nproc: number; cpu: string; totalMemGb: number; node: string; platform: string };
	/** The vCard import of `vcardCards` cards against the whole vault (test/bench/vcard.ts); null with 0 cards. */
	vcard: VcardBench | null;
	durationS: number;
}

export interface BenchOptions {
	dir: string;
	manifest: VaultManifest;
	today: string;
	/** Rounds of read / matter / index, interleaved; medians are reported. */
	repeats: number;
	/** Samples of each update kind (upsert, rename, remove); the pooled p50 and p99 weigh them equally. */
	updates: number;
	/** At most this many repetitions per query after an update (at least 3; fewer when slow). */
	queryReps: number;
	/** Budget per query after an update, in ms, before stopping at `queryReps`. */
	queryBudgetMs: number;
	/** Cards in the vCard import measurement (0: skip it). */
	vcardCards: number;
	/** How to start this program again as a child: [node, bundle]. */
	self: string[];
	log: (s: string) => void;
}


export function readPass(dir: string): { ms: number; files: number; chars: number } {
	const t0 = performance.now();
	const paths = listNotes(dir);
	let chars = 0;
	for (const p of paths) chars += readFileSync(join(dir, p), "utf8").length;
	return { ms: performance.now() - t0, files: paths.length, chars };
}

/** Reads every note and runs gray-matter on it; the two parts are timed separately around each call. */
export function matterPass(dir: string): { readMs: number; matterMs: number; withData: number; errors: number } {
	const t0 = performance.now();
	const paths = listNotes(dir);
	let readMs = performance.now() - t0;
	let matterMs = 0;
	let withData = 0;
	let errors = 0;
	for (const p of paths) {
		const a = performance.now();
		const text = readFileSync(join(dir, p), "utf8");
		const b = performance.now();
		try {
			// Options (even empty) keep gray-matter from caching the text.
			const file = matter(text, {});
			if (Object.keys(file.data).length > 0) withData++;
		} catch {
			errors++;
		}
		const c = performance.now();
		readMs += b - a;
		matterMs += c - b;
	}
	return { readMs, matterMs, withData, errors };
}

function timing(samples: number[]): Timing {
	return { n: samples.length, p50Ms: round(median(samples)), p99Ms: round(percentile(samples, 99)), maxMs: round(Math.max(...samples)) };
}

function updateCandidates(paths: string[], manifest: VaultManifest): string[] {
	const huge = new Set(manifest.hugePaths);
	return paths.filter((p) => !huge.has(p));
}

export function readManifest(dir: string): VaultManifest {
	return JSON.parse(readFileSync(join(dir, MARKER), "utf8")) as VaultManifest;
}

/**
 * A CPU profile of one-note changes and the queries right after them, taken with the inspector around
 * that part only: the vault is built and its network derived first (not profiled), then `rounds` times:
 * upsert a modified note, rename a note there and back, remove a note and put it back, then the four
 * queries. Wherever the index does its work on a change (on the update or on the next query), it is in
 * the profile.
 */
export async function childProfileQuery(dir: string, today: string, outFile: string, rounds = 10): Promise<void> {
	const manifest = readManifest(dir);
	const { index, settings } = loadVault(dir, { live: true, worker: "never" });
	const names = [...index.network(today).people.values()].map((p) => p.name);
	const candidates = updateCandidates(index.allPaths(), manifest);
	const r = rng(manifest.seed + 7);
	const pick = () => candidates[Math.floor(r() * candidates.length)] as string;
	const read = (path: string) => readFileSync(join(dir, path), "utf8");
	const session = new Session();
	session.connect();
	await session.post("Profiler.enable");
	await session.post("Profiler.setSamplingInterval", { interval: 250 });
	await session.post("Profiler.start");
	let sink = 0;
	for (let i = 0; i < rounds; i++) {
		const edited = pick();
		index.upsert(edited, modified(read(edited), i, names[i % names.length] ?? "Nobody", today));
		const from = pick();
		const to = `Moved/${i}/${from.slice(from.lastIndexOf("/") + 1)}`;
		if (!index.rename(from, to)) index.upsert(to, read(from));
		if (!index.rename(to, from)) index.upsert(from, read(from));
		const gone = pick();
		const text = read(gone);
		index.remove(gone);
		index.upsert(gone, text);
		const network = index.network(today);
		for (const q of QUERIES) sink += QUERY[q](network, settings, today);
	}
	const { profile } = await session.post("Profiler.stop");
	session.disconnect();
	writeFileSync(outFile, JSON.stringify(profile));
	process.stdout.write(`${JSON.stringify({ sink })}\n`);
}

export function runBench(o: BenchOptions): BenchResult {
	const started = performance.now();
	const { dir, manifest, today } = o;

	// Warm the page cache (and the read path's JIT) once, untimed, so every timed pass sees the same disk.
	o.log("warming up (one untimed read)");
	const warm = readPass(dir);
	if (warm.files !== manifest.notes) throw new Error(`the vault has ${warm.files} notes, its marker says ${manifest.notes}`);

	const samples: BenchResult["samples"] = { readMs: [], matterMs: [], readInMatterPassMs: [], indexMs: [], firstNetworkMs: [] };
	let index: NetworkIndex | null = null;
	let settings: Settings | null = null;
	let network: Network | null = null;
	let matterErrors = 0;
	for (let rep = 0; rep < o.repeats; rep++) {
		o.log(`round ${rep + 1}/${o.repeats}: read, read + gray-matter, cold build`);
		index = null;
		network = null;
		collect();
		samples.readMs.push(readPass(dir).ms);
		collect();
		const m = matterPass(dir);
		samples.matterMs.push(m.matterMs);
		samples.readInMatterPassMs.push(m.readMs);
		matterErrors = m.errors;
		collect();
		const t0 = performance.now();
		const loaded = loadVault(dir, { live: true, worker: "never" });
		const t1 = performance.now();
		network = loaded.index.network(today);
		const t2 = performance.now();
		samples.indexMs.push(t1 - t0);
		samples.firstNetworkMs.push(t2 - t1);
		index = loaded.index;
		settings = loaded.settings;
	}
	if (!index || !settings || !network) throw new Error("no rounds were run");
	// As the plugin does in idle slices after its first network: the dependents updates need, built ahead.
	index.prepareUpdates(Infinity);

	const found: BenchResult["found"] = {
		people: network.people.size,
		promises: network.promises.length,
		personsWithTouchpoints: network.touchpoints.size,
		edges: network.edges.size,
		problems: network.problems.length,
	};
	const names = [...network.people.values()].map((p) => p.name);
	network = null;

	o.log("peak memory of a cold build (child process)");
	const child = runChild(o.self, ["--child", "build", "--vault", dir, "--today", today]);
	o.log("peak memory of a build with the plugin's live network (child process)");
	const liveChild = runChild(o.self, ["--child", "build-live", "--vault", dir, "--today", today]);

	// One-note updates on the full index. Texts are read before the timer; only the index call is timed.
	o.log(`one-note updates (${o.updates} of each kind)`);
	collect();
	const r = rng(manifest.seed + 1);
	const candidates = updateCandidates(index.allPaths(), manifest);
	const pick = () => candidates[Math.floor(r() * candidates.length)] as string;
	const person = () => names[Math.floor(r() * names.length)] ?? "Nobody";
	const { ups, upsAfterRead, renamesAfterRead, removesAfterRead, renames, removes, hugeUpsertMs } = runUpdates({ index, dir, today, pick, person, updates: o.updates, huge: manifest.hugePaths[0] });
	const all = [...ups, ...renames, ...removes];

	// Queries right after an update: upsert one note, then time network(today) + the query.
	o.log("queries after an update");
	const queryMs = {} as Record<QueryName, number>;
	let sink = 0;
	const networkTimes: number[] = [];
	for (const q of QUERIES) {
		const times: number[] = [];
		const began = performance.now();
		for (let i = 0; i < o.queryReps; i++) {
			if (i >= 3 && performance.now() - began > o.queryBudgetMs) break;
			const path = pick();
			index.upsert(path, modified(readFileSync(join(dir, path), "utf8"), i, person(), today));
			const t0 = performance.now();
			const n = index.network(today);
			const t1 = performance.now();
			sink += QUERY[q](n, settings, today);
			times.push(performance.now() - t0);
			networkTimes.push(t1 - t0);
		}
		queryMs[q] = round(median(times));
	}
	const queryCachedMs = {} as Record<QueryName, number>;
	const cached = index.network(today);
	for (const q of QUERIES) {
		const times: number[] = [];
		for (let i = 0; i < 15; i++) {
			const t0 = performance.now();
			sink += QUERY[q](cached, settings, today);
			times.push(performance.now() - t0);
		}
		queryCachedMs[q] = round(median(times));
	}
	if (sink < 0) o.log(String(sink));

	let vcard: VcardBench | null = null;
	if (o.vcardCards > 0) {
		o.log(`vCard import: ${o.vcardCards} cards read, planned against the vault, new note texts built`);
		collect();
		vcard = runVcardBench(index, cached, settings, o.vcardCards, manifest.seed + 11);
	}
	o.log("renames and removals of the most-linked people");
	collect();
	const hubs = runHubUpdates(index, dir, today, 3).map((h) => ({
		...h, renameMs: round(h.renameMs), renameMedianMs: round(h.renameMedianMs), networkAfterRenameMs: round(h.networkAfterRenameMs), removeMs: round(h.removeMs), addBackMs: round(h.addBackMs), answerFloorMs: round(h.answerFloorMs), removalFloorMs: round(h.removalFloorMs),
		removeAllocatedKb: Math.round(h.removeAllocatedKb), renameAllocatedKb: Math.round(h.renameAllocatedKb),
	}));
	const hostFaultUs = round(faultUs());

	const readMs = median(samples.readMs);
	const matterMs = median(samples.matterMs);
	const indexMs = median(samples.indexMs);
	const firstNetworkMs = median(samples.firstNetworkMs);
	const cpus = os.cpus();
	const r4 = (xs: number[]) => xs.map(round);
	return {
		notes: manifest.notes,
		seed: manifest.seed,
		vault: dir,
		today,
		readMs: round(readMs),
		matterMs: round(matterMs),
		indexMs: round(indexMs),
		ratioToRead: round(indexMs / readMs),
		ratioToMatter: round(indexMs / (readMs + matterMs)),
		firstNetworkMs: round(firstNetworkMs),
		ratioToMatterWithNetwork: round((indexMs + firstNetworkMs) / (readMs + matterMs)),
		updateP50Ms: round(median(all)),
		updateP99Ms: round(percentile(all, 99)),
		updates: {
			upsert: timing(ups), upsertAfterRead: timing(upsAfterRead), rename: timing(renames), renameAfterRead: timing(renamesAfterRead),
			remove: timing(removes), removeAfterRead: timing(removesAfterRead), hugeUpsertMs,
		},
		queryMs,
		networkAfterUpdateMs: round(median(networkTimes)),
		queryCachedMs,
		peakRssMb: round(child.peakRssMb),
		peakRssWithNetworkMb: child.peakRssWithNetworkMb === null ? null : round(child.peakRssWithNetworkMb),
		baselineRssMb: round(child.baselineRssMb),
		retainedHeapMb: round(child.retainedHeapMb),
		retainedHeapWithNetworkMb: child.retainedHeapWithNetworkMb === null ? null : round(child.retainedHeapWithNetworkMb),
		live: { peakRssWithNetworkMb: round(liveChild.peakRssWithNetworkMb ?? 0), retainedHeapWithNetworkMb: round(liveChild.retainedHeapWithNetworkMb ?? 0) },
		hubs,
		faultUs: hostFaultUs,
		found,
		expected: { people: manifest.people, promises: manifest.promises },
		vaultBytes: manifest.bytes,
		matterErrors,
		samples: {
			readMs: r4(samples.readMs),
			matterMs: r4(samples.matterMs),
			readInMatterPassMs: r4(samples.readInMatterPassMs),
			indexMs: r4(samples.indexMs),
			firstNetworkMs: r4(samples.firstNetworkMs),
		},
		machine: {
			nproc: os.availableParallelism(),
			cpu: cpus[0]?.model ?? "unknown",
			totalMemGb: round(os.totalmem() / 1024 ** 3),
			node: process.version,
			platform: `${process.platform} ${process.arch}`,
		},
		vcard,
		durationS: round((performance.now() - started) / 1000),
	};
}
