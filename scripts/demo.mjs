// `npm run demo`: builds the plugin into the example vault and shows what it finds there.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const vault = "example-vault";
const today = process.env.ACTIVE_NETWORK_TODAY ?? "2026-11-25";
const pluginDir = join(vault, ".obsidian", "plugins", "active-network");

execFileSync(process.execPath, ["esbuild.config.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
mkdirSync(pluginDir, { recursive: true });
for (const f of ["main.js", "manifest.json", "styles.css"]) cpSync(f, join(pluginDir, f));
process.stdout.write(`Plugin built into ${pluginDir}/ (open ${vault}/ as a vault in Obsidian and enable Active Network).\n`);
process.stdout.write(`Next touchpoints in ${vault}/ on ${today}:\n\n`);
execFileSync(process.execPath, ["dist/cli.cjs", "touchpoints", vault, "--today", today], { stdio: "inherit" });
