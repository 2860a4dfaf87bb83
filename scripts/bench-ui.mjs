// `npm run bench:ui`: first paint and scrolling frame times of the list views with 3,000 people in
// headless Chromium (test/e2e/support/bench-ui.ts, built here with esbuild and run with Node). An
// argument takes another number of people: `npm run bench:ui -- 5000`. Printed, never asserted.
import { spawnSync } from "node:child_process";
import esbuild from "esbuild";

const outfile = "test/e2e/.build/bench-ui.mjs";
await esbuild.build({
	entryPoints: ["test/e2e/support/bench-ui.ts"],
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	packages: "external",
	outfile,
	logLevel: "warning",
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
process.exitCode = run.status ?? 1;
