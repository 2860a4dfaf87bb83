// Builds the plugin bundle (main.js, for Obsidian desktop and mobile) and the CLI (dist/cli.cjs, for Node).
// `node esbuild.config.mjs` builds once for release; `node esbuild.config.mjs --watch` rebuilds on change.
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const watch = process.argv.includes("--watch");
const outdir = process.env.ACTIVE_NETWORK_OUTDIR ?? ".";

/**
 * gray-matter requires `fs` at its top (only for `matter.read`, which we never call). Obsidian mobile has
 * no Node built-ins, so every built-in is replaced by an empty module in the plugin bundle; a build
 * that still pulled one in for real would fail the "loads with only obsidian" test.
 */
const noNodeBuiltins = {
	name: "no-node-builtins",
	setup(build) {
		const names = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
		build.onResolve({ filter: /.*/ }, (args) =>
			names.has(args.path) ? { path: args.path, namespace: "empty-builtin" } : undefined,
		);
		build.onLoad({ filter: /.*/, namespace: "empty-builtin" }, () => ({ contents: "module.exports = {};", loader: "js" }));
	},
};

const banner = "/* Active Network: built with esbuild. Source: src/ */";

const plugin = {
	entryPoints: ["src/main.ts"],
	bundle: true,
	format: "cjs",
	platform: "browser",
	target: "es2021",
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
	outfile: `${outdir}/main.js`,
	banner: { js: banner },
	logLevel: "info",
	sourcemap: watch ? "inline" : false,
	minify: !watch,
	treeShaking: true,
	plugins: [noNodeBuiltins],
};

const cli = {
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	format: "cjs",
	platform: "node",
	target: "node20",
	outfile: "dist/cli.cjs",
	banner: { js: "#!/usr/bin/env node" },
	logLevel: "info",
};

if (watch) {
	const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
	await Promise.all(contexts.map((c) => c.watch()));
} else {
	await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
}
