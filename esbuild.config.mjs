// Builds the plugin bundle (main.js, for Obsidian desktop and mobile) and the CLI (dist/cli.cjs, for Node).
// `node esbuild.config.mjs` builds once for release; `node esbuild.config.mjs --watch` rebuilds on change.
import esbuild from "esbuild";

const watch = process.argv.includes("--watch");
const outdir = process.env.ACTIVE_NETWORK_OUTDIR ?? ".";

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
	// esbuild has printed the errors with their places; a stack trace on top says nothing more.
	await Promise.all([esbuild.build(plugin), esbuild.build(cli)]).catch(() => process.exit(1));
}
