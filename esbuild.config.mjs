// Builds the plugin bundle (main.js, for Obsidian desktop and mobile) and the CLI (dist/cli.cjs, for Node).
// `node esbuild.config.mjs` builds once for release; `node esbuild.config.mjs --watch` rebuilds on change.
import esbuild from "esbuild";

const watch = process.argv.includes("--watch");
const outdir = process.env.ACTIVE_NETWORK_OUTDIR ?? ".";

/**
 * gray-matter requires `fs` at its top (only for `matter.read`, which we never call). Obsidian mobile has
 * no Node built-ins, so `fs` becomes an empty module in the plugin bundle. Only `fs`: any other built-in
 * that sneaks in fails the browser-platform build instead of breaking on a phone.
 */
const shimFs = {
	name: "shim-fs",
	setup(build) {
		build.onResolve({ filter: /^(node:)?fs$/ }, (args) => ({ path: args.path, namespace: "empty-builtin" }));
		build.onLoad({ filter: /.*/, namespace: "empty-builtin" }, () => ({ contents: "module.exports = {};", loader: "js" }));
	},
};

/**
 * gray-matter loads its own js-yaml 3 for its default YAML engine, but Active Network always hands it
 * its own parser (js-yaml 4 with the core schema, src/core/frontmatter.ts): the old copy would be dead
 * weight in the bundle. gray-matter's import of it is replaced by a stub that says so if ever called.
 */
const noJsYaml = {
	name: "no-js-yaml",
	setup(build) {
		build.onResolve({ filter: /^js-yaml$/ }, (args) =>
			/[\\/]gray-matter[\\/]/.test(args.importer) ? { path: "js-yaml", namespace: "js-yaml-stub" } : undefined,
		);
		build.onLoad({ filter: /.*/, namespace: "js-yaml-stub" }, () => ({
			contents: `const no = () => { throw new Error("js-yaml is not bundled: gray-matter is always given its YAML parser"); };
module.exports = { safeLoad: no, safeDump: no, load: no, dump: no };`,
			loader: "js",
		}));
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
	plugins: [shimFs, noJsYaml],
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
	plugins: [noJsYaml],
};

if (watch) {
	const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
	await Promise.all(contexts.map((c) => c.watch()));
} else {
	await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
}
