// `npm run demo`: builds the plugin into the example vault and shows what it finds there.
// A failing step prints its own one-line reason (or the build's errors) and the demo stops there,
// with that step's exit status and no stack trace.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const vault = "example-vault";
const today = process.env.ACTIVE_NETWORK_TODAY ?? "2026-11-25";
const pluginDir = join(vault, ".obsidian", "plugins", "active-network");

function step(args, stdio) {
	const r = spawnSync(process.execPath, args, { stdio });
	if (r.error) {
		process.stderr.write(`demo: cannot run node: ${r.error.message}\n`);
		process.exit(1);
	}
	if (r.status !== 0) process.exit(r.status ?? 1);
}

step(["esbuild.config.mjs"], ["ignore", "ignore", "inherit"]);
mkdirSync(pluginDir, { recursive: true });
for (const f of ["main.js", "manifest.json", "styles.css"]) cpSync(f, join(pluginDir, f));
process.stdout.write(`Plugin built into ${pluginDir}/ (open ${vault}/ as a vault in Obsidian and enable Active Network).\n`);
process.stdout.write(`Next touchpoints in ${vault}/ on ${today}:\n\n`);
step(["dist/cli.cjs", "touchpoints", vault, "--today", today], "inherit");
