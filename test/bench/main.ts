/**
 * `npm run bench -- [--notes 1000] [--seed 1] [--json] [--repeats N] [--updates N] [--profile DIR]`
 * `npm run bench -- --sizes 1000,10000,50000`: the targets at each size in one table.
 *
 * scripts/bench.mjs bundles this file with esbuild and runs it. It generates (or reuses) the synthetic
 * vault, measures, and prints a table, or with `--json` exactly one JSON object on stdout (progress goes
 * to stderr). With `--profile DIR` it also writes two CPU profiles there and summarises them: the cold
 * build (`node --cpu-prof` on a child that only builds) and one-note changes with the queries right after
 * them (the inspector's profiler around that part only).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { type BenchResult, childProfileQuery, QUERIES, runBench } from "./bench";
import { childBuild, runChild } from "./child";
import { BENCH_TODAY, generateVault } from "./generate";
import { type FreshBench, runFreshBench } from "./fresh";
import { graphBench } from "./graph";
import { removeUsPerRedone, renameUsPerEntry } from "./hubs";
import { runGrowth } from "./growth";
import { type SizedResult, sizesTable } from "./sizes";
import { formatProfile, type ProfileSummary, summarizeProfile } from "./profile";

interface Args {
	notes: number;
	seed: number;
	json: boolean;
	repeats: number | null;
	updates: number;
	queryReps: number;
	profile: string | null;
	dir: string | null;
	today: string;
	child: string | null;
	vault: string | null;
	out: string | null;
	generateOnly: boolean;
	growth: boolean;
	vcardCards: number;
	freshRounds: number;
	sizes: number[] | null;
}

const HELP = `usage: npm run bench -- [options]

  --notes N        vault size (default 1000; e.g. 1000, 10000, 50000)
  --seed N         generator seed (default 1)
  --json           print one JSON object on stdout instead of the table
  --repeats N      rounds of read / gray-matter / cold build, medians reported (default 3)
  --updates N      repetitions of each one-note update kind (default 2000)
  --query-reps N   at most N repetitions of each query after an update (default 25; fewer when slow)
  --profile DIR    also write and summarise CPU profiles of the cold build and of queries after an update
  --dir DIR        vault folder (default: os.tmpdir()/active-network-bench-<notes>-<seed>)
  --today DATE     the day queries are asked on (default ${BENCH_TODAY}; the vault's dates are relative to it)
  --generate-only  write (or reuse) the vault, print its manifest, and stop
  --growth         instead: print how parse and regex time grows on the tests' worst cases (no vault)
  --graph          instead: print the graph view's layout and restyle timings (no vault)
  --vcard-cards N  cards in the vCard import measurement (default 5000; 0 skips it)
  --fresh-rounds N rounds of the fresh-process comparison: the command (dist/cli.cjs people --json) against
                   read + gray-matter, both as child processes, node start-up subtracted (default 3; 0 skips)
  --sizes A,B,C    run the benchmark at each size (a child process each) and print one table of the targets`;

function parseArgs(argv: string[]): Args {
	const a: Args = {
		notes: 1000, seed: 1, json: false, repeats: null, updates: 2000, queryReps: 25, profile: null, dir: null,
		today: BENCH_TODAY, child: null, vault: null, out: null, generateOnly: false, growth: false, vcardCards: 5000,
		freshRounds: 3, sizes: null,
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		const value = (): string => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${arg} needs a value`);
			return v;
		};
		const int = (): number => {
			const v = value();
			if (!/^\d+$/.test(v)) throw new Error(`${arg} needs a whole number, not "${v}"`);
			return Number(v);
		};
		if (arg === "--notes") a.notes = int();
		else if (arg === "--seed") a.seed = int();
		else if (arg === "--json") a.json = true;
		else if (arg === "--repeats") a.repeats = Math.max(1, int());
		else if (arg === "--updates") a.updates = Math.max(1, int());
		else if (arg === "--query-reps") a.queryReps = Math.max(1, int());
		else if (arg === "--profile") a.profile = resolve(value());
		else if (arg === "--dir") a.dir = resolve(value());
		else if (arg === "--today") a.today = value();
		else if (arg === "--child") a.child = value();
		else if (arg === "--vault") a.vault = value();
		else if (arg === "--out") a.out = value();
		else if (arg === "--generate-only") a.generateOnly = true;
		else if (arg === "--growth") a.growth = true;
		else if (arg === "--vcard-cards") a.vcardCards = int();
		else if (arg === "--fresh-rounds") a.freshRounds = int();
		else if (arg === "--sizes") {
			const v = value();
			if (!/^\d+(?:,\d+)*$/.test(v)) throw new Error(`--sizes needs sizes separated by commas, not "${v}"`);
			a.sizes = v.split(",").map(Number);
		}
		else if (arg === "--help" || arg === "-h") {
			process.stdout.write(`${HELP}\n`);
			process.exit(0);
		} else throw new Error(`unknown option ${arg}\n\n${HELP}`);
	}
	return a;
}

const f1 = (n: number | null) => (n === null ? "-" : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n >= 1 ? n.toFixed(2) : n.toFixed(3));

function table(r: BenchResult, fresh: FreshBench | null): string {
	const row = (label: string, value: string, note = "") => `  ${label.padEnd(34)}${value.padStart(12)}  ${note}`;
	const lines = [
		`Active Network benchmark: ${r.notes} notes (seed ${r.seed}, ${(r.vaultBytes / 1024 / 1024).toFixed(1)} MB), today ${r.today}`,
		`  machine: ${r.machine.nproc} cores (${r.machine.cpu}), ${r.machine.totalMemGb} GB, node ${r.machine.node}; vault ${r.vault}`,
		"",
		"Cold (median of rounds)",
		row("read every file", `${f1(r.readMs)} ms`, "listNotes + readFileSync(utf8): the floor"),
		row("gray-matter on every file", `${f1(r.matterMs)} ms`, "matter(text, {}) only, reads excluded"),
		row("cold build (loadVault)", `${f1(r.indexMs)} ms`, `x${r.ratioToRead} read, x${r.ratioToMatter} read+matter (target <= 1.2)`),
		row("then first network(today)", `${f1(r.firstNetworkMs)} ms`, `x${f1(r.firstNetworkMs / r.indexMs)} the build (target < 0.5); build + network x${r.ratioToMatterWithNetwork} read+matter`),
		row("peak RSS of a cold build", `${f1(r.peakRssMb)} MB`, `node alone ${f1(r.baselineRssMb)} MB; with network ${f1(r.peakRssWithNetworkMb)} MB (target < 250)`),
		row("heap kept by the index", `${f1(r.retainedHeapMb)} MB`, `with network ${f1(r.retainedHeapWithNetworkMb)} MB (after GC)`),
		row("the plugin's (live) network", `${f1(r.live.peakRssWithNetworkMb)} MB`, `peak RSS of a build and a network kept current by updates; heap kept ${f1(r.live.retainedHeapWithNetworkMb)} MB`),
		"",
		"One-note updates on the full index",
		row("all updates p50 / p99", `${f1(r.updateP50Ms)} / ${f1(r.updateP99Ms)} ms`, "target p99 < 2 ms"),
	];
	const kinds = [
		["upsert", "upsert"], ["upsertAfterRead", "upsert after a read"], ["rename", "rename"], ["renameAfterRead", "rename after a read"],
		["remove", "remove"], ["removeAfterRead", "remove after a read"],
	] as const;
	for (const [k, label] of kinds) {
		const t = r.updates[k];
		lines.push(row(`  ${label} p50 / p99 / max`, `${f1(t.p50Ms)} / ${f1(t.p99Ms)} ms`, `max ${f1(t.maxMs)} ms, n=${t.n}`));
	}
	lines.push(row("  upsert of a ~1 MB note", `${f1(r.updates.hugeUpsertMs)} ms`, "median of 5"));
	lines.push("", "The most-linked people (rename there, network, back; remove; put back)");
	for (const h of r.hubs) {
		lines.push(row(`  ${h.name.slice(0, 24)} (${h.linkedFrom} notes)`, `${f1(h.renameMs)} ms`, `rename (median of 5 more ${f1(h.renameMedianMs)} ms, ${f1(renameUsPerEntry(h))} us per entry); network after ${f1(h.networkAfterRenameMs)} ms; remove ${f1(h.removeMs)} ms; put back ${f1(h.addBackMs)} ms`));
		lines.push(row("", "", `${h.degree} edges, ${h.promises} promises; the rename changed ${h.renameChanged.edges} edge keys and ${h.renameChanged.promises} promises, the removal ${h.removeChanged.edges} and ${h.removeChanged.promises}; the answer's changes alone ${f1(h.answerFloorMs)} ms to a move, ${f1(h.removalFloorMs)} ms to a removal (floor.ts)`));
		lines.push(row("", "", `notes relinked / redone: the rename ${h.renameRelinks.relinked} / ${h.renameRelinks.redone}, the removal ${h.removeRelinks.relinked} / ${h.removeRelinks.redone} (${f1(removeUsPerRedone(h))} us per note redone); allocated: the rename ${Math.round(h.renameAllocatedKb)} KB, the removal ${Math.round(h.removeAllocatedKb)} KB`));
		lines.push(row("", "", `page faults: the rename ${h.faults.rename}, the network after it ${h.faults.networkAfterRename}, the removal ${h.faults.remove} (${f1(r.faultUs)} us each on this host, faults.ts)`));
	}
	lines.push("", "Queries (median)");
	lines.push(row("network(today) after an update", `${f1(r.networkAfterUpdateMs)} ms`, "what the first query after a change pays for the network"));
	for (const q of QUERIES) lines.push(row(`${q} after an update`, `${f1(r.queryMs[q])} ms`, `${f1(r.queryCachedMs[q])} ms on a cached network (target < 10)`));
	if (fresh) {
		lines.push("", `Fresh processes (median of ${fresh.samples.cliMs.length} rounds, node start-up ${f1(fresh.startupMs)} ms subtracted from both)`);
		lines.push(row("the command: people --json", `${f1(fresh.cliMs - fresh.startupMs)} ms`, fresh.command));
		lines.push(row("read + gray-matter every file", `${f1(fresh.matterMs - fresh.startupMs)} ms`, `ratio ${f1(fresh.ratio)} (target <= 1.25)`));
		lines.push(row("peak RSS, command / gray-matter", `${f1(fresh.cliPeakRssMb)} / ${f1(fresh.matterPeakRssMb)} MB`, "one more run of each"));
	}
	if (r.vcard) {
		const v = r.vcard;
		lines.push("", `vCard import (${v.cards} cards against ${v.vaultNotes} notes, ${v.vaultPeople} people; median)`);
		lines.push(row("read the .vcf (ical.js)", `${f1(v.readMs)} ms`, "readVcards: split, 2.1 to 3.0, every line through ical.js"));
		lines.push(row("plan the import", `${f1(v.planMs)} ms`, `${v.created} new, ${v.updated} updates, ${v.unchanged} unchanged, ${v.conflicts} conflicts (target < 2000)`));
		lines.push(row(`build ${v.texts} new note texts`, `${f1(v.textsMs)} ms`, "newNoteText (js-yaml dump)"));
	}
	lines.push(
		"",
		`Found: ${r.found.people} people (generator: ${r.expected.people}), ${r.found.promises} promises (generator: ${r.expected.promises}), ` +
			`${r.found.personsWithTouchpoints} people with touchpoints, ${r.found.edges} edges, ${r.found.problems} problems; ${r.matterErrors} gray-matter errors`,
		`Rounds: read ${r.samples.readMs.map(f1).join(", ")} ms; matter ${r.samples.matterMs.map(f1).join(", ")} ms; build ${r.samples.indexMs.map(f1).join(", ")} ms; took ${r.durationS} s`,
	);
	return lines.join("\n");
}

async function main(): Promise<void> {
	if (process.argv.includes("--graph")) return void process.stdout.write(`${await graphBench()}\n`);
	const args = parseArgs(process.argv.slice(2));
	const self = [process.execPath, process.argv[1] ?? ""];
	const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

	if (args.child === "build" || args.child === "build-only" || args.child === "build-live") {
		if (!args.vault) throw new Error("--child needs --vault");
		process.stdout.write(`${JSON.stringify(childBuild(args.vault, args.today, args.child !== "build-only", args.child === "build-live"))}\n`);
		return;
	}
	if (args.child === "profile-query") {
		if (!args.vault || !args.out) throw new Error("--child profile-query needs --vault and --out");
		await childProfileQuery(args.vault, args.today, args.out);
		return;
	}
	if (args.child !== null) throw new Error(`unknown child mode ${args.child}`);

	if (args.sizes) {
		const results: SizedResult[] = [];
		const pass = process.argv.slice(2).filter((x, i, all) => x !== "--sizes" && all[i - 1] !== "--sizes" && x !== "--json");
		const noteAt = pass.indexOf("--notes");
		if (noteAt >= 0) pass.splice(noteAt, 2);
		for (const n of args.sizes) {
			log(`size ${n}: a benchmark run of its own`);
			const [node, ...rest] = self;
			const r = spawnSync(node ?? process.execPath, [...rest, ...pass, "--notes", String(n), "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 });
			if (r.status !== 0) throw new Error(`the run at ${n} notes failed`);
			results.push(JSON.parse(r.stdout) as SizedResult);
		}
		process.stdout.write(args.json ? `${JSON.stringify(results, null, 2)}\n` : `${sizesTable(results)}\n`);
		return;
	}

	if (args.growth) {
		process.stdout.write(`${runGrowth(log)}\n`);
		return;
	}

	const t0 = performance.now();
	const vault = generateVault({ notes: args.notes, seed: args.seed, dir: args.dir ?? undefined });
	log(`${vault.reused ? "reusing" : `wrote in ${((performance.now() - t0) / 1000).toFixed(1)} s`} ${vault.dir} (${vault.manifest.people} people)`);
	if (args.generateOnly) {
		process.stdout.write(`${JSON.stringify({ dir: vault.dir, reused: vault.reused, manifest: vault.manifest }, null, 2)}\n`);
		return;
	}

	const result = runBench({
		dir: vault.dir,
		manifest: vault.manifest,
		today: args.today,
		repeats: args.repeats ?? 3,
		updates: args.updates,
		queryReps: args.queryReps,
		queryBudgetMs: 5000,
		vcardCards: args.vcardCards,
		self,
		log,
	});

	const fresh = args.freshRounds > 0 ? runFreshBench(process.cwd(), vault.dir, args.today, args.freshRounds, log) : null;

	let profiles: { coldBuild: ProfileSummary; queryAfterUpdate: ProfileSummary } | null = null;
	if (args.profile) {
		mkdirSync(args.profile, { recursive: true });
		const build = join(args.profile, `cold-build-${args.notes}.cpuprofile`);
		log(`profiling the cold build (node --cpu-prof) into ${build}`);
		runChild(self, ["--child", "build-only", "--vault", vault.dir, "--today", args.today], [
			"--cpu-prof", "--cpu-prof-dir", args.profile, "--cpu-prof-name", `cold-build-${args.notes}.cpuprofile`,
		]);
		const query = join(args.profile, `query-after-update-${args.notes}.cpuprofile`);
		log(`profiling one-note changes and the queries after them (inspector) into ${query}`);
		const [node, ...rest] = self;
		const r = spawnSync(node ?? process.execPath, [...rest, "--child", "profile-query", "--vault", vault.dir, "--today", args.today, "--out", query], { encoding: "utf8" });
		if (r.status !== 0) throw new Error(`query profile failed: ${r.stderr}`);
		const cwd = process.cwd();
		profiles = { coldBuild: summarizeProfile(build, { cwd }), queryAfterUpdate: summarizeProfile(query, { cwd }) };
	}

	if (args.json) process.stdout.write(`${JSON.stringify(profiles ? { ...result, fresh, profiles } : { ...result, fresh }, null, 2)}\n`);
	else {
		const text = [table(result, fresh)];
		if (profiles) {
			text.push("", formatProfile("CPU profile: cold build (loadVault), top functions by self time", profiles.coldBuild));
			text.push("", formatProfile("CPU profile: 10 rounds of upsert, rename and back, remove and back, then the four queries; top functions by self time", profiles.queryAfterUpdate));
		}
		process.stdout.write(`${text.join("\n")}\n`);
	}
}

main().catch((e: unknown) => {
	process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
	process.exit(1);
});
