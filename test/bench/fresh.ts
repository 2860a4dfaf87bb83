/**
 * The terminal command as a fresh process against a fresh process that only reads and gray-matter-parses
 * the same files: both are child processes started the same way in the same run, and the start-up of a
 * bare Node (`node -e ""`) is subtracted from both, so the ratio compares the work after start-up.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median, round } from "./stats";

export interface FreshBench {
	/** The command that was timed, as run (`people --json`). */
	command: string;
	/** Median wall time of `node -e ""`. */
	startupMs: number;
	/** Median wall time of `node dist/cli.cjs people VAULT --json --today T`, start-up included. */
	cliMs: number;
	/** Median wall time of the read + gray-matter script, start-up included. */
	matterMs: number;
	/** (cliMs - startupMs) / (matterMs - startupMs); target <= 1.25. */
	ratio: number;
	/** Peak RSS of one more run of each, its reading thread included (the command reads in a worker from 2,000 notes). */
	cliPeakRssMb: number;
	matterPeakRssMb: number;
	samples: { startupMs: number[]; cliMs: number[]; matterMs: number[] };
}

/** Lists the vault as the command does (src/cli/vault.ts listNotes), reads each note and runs gray-matter on it. */
const MATTER_SCRIPT = `
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const matter = require(process.argv[2]);
const out = [];
const walk = (dir, rel) => {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		if (e.name.startsWith(".")) continue;
		const r = rel ? rel + "/" + e.name : e.name;
		if (e.isDirectory()) walk(join(dir, e.name), r);
		else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) out.push(r);
	}
};
walk(process.argv[3], "");
out.sort();
let data = 0;
for (const p of out) {
	try {
		if (Object.keys(matter(readFileSync(join(process.argv[3], p), "utf8"), {}).data).length > 0) data++;
	} catch {}
}
process.stdout.write(JSON.stringify({ files: out.length, data }) + "\\n");
`;

/** Loaded with --require into a process measured for memory: prints its peak RSS on stderr as it exits. */
const PEAK_SCRIPT = `process.on("exit", () => process.stderr.write("\\nACTIVE_NETWORK_PEAK_RSS_KB=" + process.resourceUsage().maxRSS + "\\n"));`;

/** Runs Node with `args`; its stderr. Throws, with the start of stderr, when it fails. */
function runNode(args: string[]): string {
	const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
	if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status ?? r.signal}): ${r.stderr.slice(0, 2000)}`);
	return r.stderr;
}

/** The peak RSS of a run (a run of its own: the preload is kept out of the timed ones). */
function peakRssMb(preload: string, args: string[]): number {
	const kb = /ACTIVE_NETWORK_PEAK_RSS_KB=(\d+)/.exec(runNode(["--require", preload, ...args]))?.[1];
	if (kb === undefined) throw new Error(`${args.join(" ")} printed no peak RSS`);
	return Number(kb) / 1024;
}

function timed(args: string[]): number {
	const t0 = performance.now();
	runNode(args);
	return performance.now() - t0;
}

/**
 * `root` is the repository (dist/cli.cjs is built there by `node scripts/cli.mjs` when stale). Rounds run
 * the three processes one after the other, so a slow moment hits all three alike; medians are reported.
 */
export function runFreshBench(root: string, vault: string, today: string, rounds: number, log: (s: string) => void): FreshBench {
	const cli = join(root, "dist", "cli.cjs");
	log("fresh processes: building dist/cli.cjs when it is stale");
	const build = spawnSync(process.execPath, [join(root, "scripts", "cli.mjs"), "--help"], { cwd: root, encoding: "utf8" });
	if (build.status !== 0 || !statSync(cli, { throwIfNoEntry: false })) throw new Error(`could not build ${cli}: ${build.stderr}`);
	const dir = mkdtempSync(join(tmpdir(), "active-network-fresh-"));
	try {
		const script = join(dir, "matter.cjs");
		writeFileSync(script, MATTER_SCRIPT);
		const grayMatter = createRequire(join(root, "package.json")).resolve("gray-matter");
		const samples: FreshBench["samples"] = { startupMs: [], cliMs: [], matterMs: [] };
		const command = ["people", vault, "--json", "--today", today];
		for (let i = 0; i < rounds; i++) {
			log(`fresh processes: round ${i + 1}/${rounds}`);
			samples.startupMs.push(timed(["-e", ""]));
			samples.matterMs.push(timed([script, grayMatter, vault]));
			samples.cliMs.push(timed([cli, ...command]));
		}
		const preload = join(dir, "peak.cjs");
		writeFileSync(preload, PEAK_SCRIPT);
		log("fresh processes: peak RSS of each");
		const cliPeakRssMb = round(peakRssMb(preload, [cli, ...command]));
		const matterPeakRssMb = round(peakRssMb(preload, [script, grayMatter, vault]));
		const startupMs = median(samples.startupMs);
		const cliMs = median(samples.cliMs);
		const matterMs = median(samples.matterMs);
		const r = (xs: number[]) => xs.map(round);
		return {
			command: `node dist/cli.cjs people VAULT --json --today ${today}`,
			startupMs: round(startupMs),
			cliMs: round(cliMs),
			matterMs: round(matterMs),
			ratio: round((cliMs - startupMs) / (matterMs - startupMs)),
			cliPeakRssMb,
			matterPeakRssMb,
			samples: { startupMs: r(samples.startupMs), cliMs: r(samples.cliMs), matterMs: r(samples.matterMs) },
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
