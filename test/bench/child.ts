/**
 * The child processes of the benchmark: a fresh process that only builds the index (and the first
 * network), so its peak RSS is the build's alone.
 */
import { spawnSync } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { loadVault } from "../../src/cli/vault";

// A full collection between phases, so one phase's garbage is not collected on the next one's clock.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
export function collect(): void {
	gc();
}

export interface ChildBuild {
	/** Wall time of loadVault in the child. */
	ms: number;
	/** maxRSS of the child before it reads anything (Node and the bundle). */
	baselineRssMb: number;
	/** maxRSS after loadVault: the peak of the cold build. */
	peakRssMb: number;
	/** maxRSS after the first `network(today)` too (what the CLI does before it prints). */
	peakRssWithNetworkMb: number | null;
	/** V8 heap in use after a full GC with the index alive: what the index keeps. */
	retainedHeapMb: number;
	/** The same with the derived network alive too (null when the child did not derive it). */
	retainedHeapWithNetworkMb: number | null;
	people: number;
}

/** Starts this program again as a child that only builds the index; returns what it measured. */
export function runChild(self: string[], args: string[], nodeArgs: string[] = []): ChildBuild {
	const [node, ...rest] = self;
	if (!node) throw new Error("no command to start the child with");
	const r = spawnSync(node, [...nodeArgs, ...rest, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
	if (r.status !== 0) throw new Error(`child ${args.join(" ")} failed (${r.status ?? r.signal}): ${r.stderr}`);
	const last = r.stdout.trim().split("\n").pop() ?? "";
	return JSON.parse(last) as ChildBuild;
}

const MB = 1024 * 1024;

/** The child's work: only the cold build (and then the first network, measured apart). */
export function childBuild(dir: string, today: string, withNetwork: boolean, live = false): ChildBuild {
	const rssMb = () => process.resourceUsage().maxRSS / 1024;
	const baselineRssMb = rssMb();
	const t0 = performance.now();
	// On one thread, as the plugin builds (Obsidian reads the files; no worker): the build, the first
	// network and the memory here are the core's. The command's own reading thread is in fresh.ts.
	const loaded = loadVault(dir, { live, worker: "never" });
	const ms = performance.now() - t0;
	const peakRssMb = rssMb();
	gc();
	const retainedHeapMb = process.memoryUsage().heapUsed / MB;
	let retainedHeapWithNetworkMb: number | null = null;
	let peakRssWithNetworkMb: number | null = null;
	let people = -1;
	if (withNetwork) {
		const network = loaded.index.network(today);
		people = network.people.size;
		peakRssWithNetworkMb = rssMb();
		gc();
		retainedHeapWithNetworkMb = process.memoryUsage().heapUsed / MB;
	}
	return { ms, baselineRssMb, peakRssMb, peakRssWithNetworkMb, retainedHeapMb, retainedHeapWithNetworkMb, people };
}
