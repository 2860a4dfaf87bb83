// `npm run bench -- [--notes 1000] [--json] [--profile DIR] ...`: bundles the benchmark (test/bench/main.ts)
// with esbuild, as esbuild.config.mjs bundles the CLI, and runs it with Node. Options are passed through;
// see `npm run bench -- --help`.
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);

// With --profile DIR the bundle (and its source map, which the profile summary reads) stays in DIR.
const p = args.indexOf("--profile");
const profileDir = p >= 0 && args[p + 1] !== undefined ? resolve(args[p + 1]) : null;
if (profileDir !== null) {
	args[p + 1] = profileDir;
	mkdirSync(profileDir, { recursive: true });
}
const outDir = profileDir ?? mkdtempSync(join(tmpdir(), "active-network-bench-build-"));
const outfile = join(outDir, "bench.cjs");

try {
	await esbuild.build({
		absWorkingDir: root,
		entryPoints: ["test/bench/main.ts"],
		bundle: true,
		format: "cjs",
		platform: "node",
		target: "node20",
		outfile,
		sourcemap: "external",
		logLevel: "warning",
	});
	const r = spawnSync(process.execPath, [outfile, ...args], { cwd: root, stdio: "inherit" });
	process.exitCode = r.status ?? 1;
} finally {
	if (profileDir === null) rmSync(outDir, { recursive: true, force: true });
}
