// `npm run screenshots`: pictures every view in Chromium, light and dark, into docs/screenshots/.
// The work is in test/e2e/support/screenshots.ts, built here with esbuild and run with Node; arguments
// name the shots to take again (for example `npm run screenshots -- reminders`), else all are taken.
import { spawnSync } from "node:child_process";
import esbuild from "esbuild";

const outfile = "test/e2e/.build/screenshots.mjs";
await esbuild.build({
	entryPoints: ["test/e2e/support/screenshots.ts"],
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
