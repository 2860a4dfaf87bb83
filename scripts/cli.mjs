// `npm run cli -- <args>`: runs the built command (dist/cli.cjs), building it first only when it is
// missing or older than a source file, and showing the build's errors when the build fails.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const built = join(root, "dist", "cli.cjs");

function newest(path) {
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function mtime(path) {
	try {
		return statSync(path).mtimeMs;
	} catch {
		return -Infinity;
	}
}

const inputs = [join(root, "src"), join(root, "package.json"), join(root, "esbuild.config.mjs")];
if (mtime(built) < Math.max(...inputs.map(newest))) {
	// The build's messages go to stderr, so stdout stays the command's own (one JSON value with --json).
	const build = spawnSync(process.execPath, [join(root, "esbuild.config.mjs")], { cwd: root, stdio: ["ignore", 2, 2] });
	if (build.status !== 0) {
		process.stderr.write(`active-network: the build failed (see above); dist/cli.cjs was not updated\n`);
		process.exit(build.status ?? 1);
	}
}
const r = spawnSync(process.execPath, [built, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
