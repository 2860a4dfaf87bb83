/**
 * Builds the harness page with esbuild into a folder: harness.js (test/e2e/harness/main.ts with the
 * real plugin, `obsidian` aliased to the plugin tests' stub, and the vaults inlined as path → text maps),
 * index.html, Obsidian's theme stylesheet, the plugin's styles.css as it ships, and the Inter font.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

/** The checkout: the nearest folder above this file (or the bundle made of it) with package.json. */
function findRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	while (!existsSync(join(dir, "package.json"))) {
		const up = dirname(dir);
		if (up === dir) throw new Error("no package.json above the e2e support code");
		dir = up;
	}
	return dir;
}

export const ROOT = findRoot();
const HARNESS = join(ROOT, "test/e2e/harness");

interface Vault {
	files: Record<string, string>;
	config: Record<string, string>;
}

/** A vault folder as the harness takes it: notes by path, and Obsidian's settings under `.obsidian/`. */
async function readVault(root: string): Promise<Vault> {
	const vault: Vault = { files: {}, config: {} };
	const walk = async (dir: string): Promise<void> => {
		for (const e of await readdir(dir, { withFileTypes: true })) {
			const full = join(dir, e.name);
			const rel = relative(root, full).split("\\").join("/");
			if (e.isDirectory()) {
				if (rel !== ".obsidian/plugins") await walk(full);
			} else if (rel.startsWith(".obsidian/")) vault.config[rel] = await readFile(full, "utf8");
			else vault.files[rel] = await readFile(full, "utf8");
		}
	};
	await walk(root);
	return vault;
}

/** `import vaults from "virtual:active-network-vaults"`: the example vault, and an empty one. */
const inlineVaults: esbuild.Plugin = {
	name: "inline-vaults",
	setup(build) {
		build.onResolve({ filter: /^virtual:active-network-vaults$/ }, (args) => ({ path: args.path, namespace: "vaults" }));
		build.onLoad({ filter: /.*/, namespace: "vaults" }, async () => {
			const example = await readVault(join(ROOT, "example-vault"));
			const vaults: Record<string, Vault> = { example, empty: { files: {}, config: example.config } };
			return { contents: JSON.stringify(vaults), loader: "json" };
		});
	},
};

/** `obsidian` is the plugin tests' stub, one module shared by the plugin and the harness. */
const obsidianStub: esbuild.Plugin = {
	name: "obsidian-stub",
	setup(build) {
		build.onResolve({ filter: /^obsidian$/ }, () => ({ path: join(ROOT, "test/obsidian-stub.ts") }));
	},
};

/** gray-matter requires `fs` (only for reading files, never called): an empty module, as in main.js. */
const emptyFs: esbuild.Plugin = {
	name: "empty-fs",
	setup(build) {
		build.onResolve({ filter: /^(node:)?fs$/ }, (args) => ({ path: args.path, namespace: "empty-fs" }));
		build.onLoad({ filter: /.*/, namespace: "empty-fs" }, () => ({ contents: "module.exports = {};", loader: "js" }));
	},
};

/** Builds the page into `outDir` and returns the path of its index.html. */
export async function buildHarness(outDir: string): Promise<string> {
	await mkdir(join(outDir, "fonts"), { recursive: true });
	await esbuild.build({
		entryPoints: [join(HARNESS, "main.ts")],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2021",
		outfile: join(outDir, "harness.js"),
		sourcemap: "inline",
		logLevel: "silent",
		define: { "process.env.NODE_ENV": '"production"' },
		plugins: [obsidianStub, inlineVaults, emptyFs],
	});
	await copyFile(join(HARNESS, "index.html"), join(outDir, "index.html"));
	await copyFile(join(HARNESS, "obsidian-app.css"), join(outDir, "obsidian-app.css"));
	await copyFile(join(ROOT, "styles.css"), join(outDir, "styles.css"));
	const fonts = join(ROOT, "node_modules/@fontsource/inter/files");
	for (const weight of [400, 500, 600, 700]) {
		const name = `inter-latin-${weight}-normal.woff2`;
		await copyFile(join(fonts, name), join(outDir, "fonts", name));
	}
	return join(outDir, "index.html");
}
