/**
 * The architecture's import rules (the core is pure; the CLI and the plugin never import each other), checked by
 * `npm run lint:deps`. Type-only imports count too: a core file that names an Obsidian type is not pure.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: "no-circular",
			severity: "error",
			comment: "Modules import one another in one direction only: a cycle means two files are one concept, or a helper belongs lower down.",
			from: {},
			to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
		},
		{
			name: "no-circular-types",
			severity: "error",
			comment: "A cycle made only of type imports costs nothing at run time, but the two files still know each other: give them the narrow interface they share.",
			from: {},
			to: { circular: true },
		},
		{
			name: "core-is-pure",
			severity: "error",
			comment: "src/core runs in Obsidian (desktop and mobile), in Node for the CLI and in tests: it imports neither obsidian nor Node built-ins, nor any of the shells around it.",
			from: { path: "^src/core/" },
			to: { path: ["^src/obsidian/", "^src/cli/", "^src/main\\.ts$", "(^|/)node_modules/obsidian/", "^obsidian$"] },
		},
		{
			name: "core-no-node-builtins",
			severity: "error",
			comment: "src/core imports no Node built-in (fs, path, Buffer, process...): the plugin bundle runs on mobile.",
			from: { path: "^src/core/" },
			to: { dependencyTypes: ["core"] },
		},
		{
			name: "cli-not-plugin",
			severity: "error",
			comment: "The terminal command reads the vault from disk through the core; it never imports plugin code.",
			from: { path: "^src/cli/" },
			to: { path: ["^src/obsidian/", "^src/main\\.ts$"] },
		},
		{
			name: "plugin-not-cli",
			severity: "error",
			comment: "Plugin code never imports the terminal command (it reaches Node through it).",
			from: { path: ["^src/obsidian/", "^src/main\\.ts$"] },
			to: { path: "^src/cli/" },
		},
		{
			name: "index-imports-no-query",
			severity: "error",
			comment: "The index, the derivation and the edits sit below the queries: a helper both need (an order, a line format) lives in a small module they both import, not in a query.",
			from: { path: "^src/core/(network-index|derivation|network-sums|network|note|markdown|markdown-lines|note-edits|new-notes|folders|people|links)\\.ts$" },
			to: { path: "^src/core/(cold|promises|next|reminders|intro|reciprocity|graph|graph-metrics|export|answer-cache)\\.ts$" },
		},
		{
			name: "no-unresolvable",
			severity: "error",
			comment: "An import that resolves to nothing would hide a broken rule.",
			from: {},
			to: { couldNotResolve: true },
		},
	],
	options: {
		doNotFollow: { path: "node_modules" },
		// `obsidian` ships only type definitions ("main" is empty): resolve it to them.
		enhancedResolveOptions: { mainFields: ["module", "main", "types"], exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: "tsconfig.json" },
	},
};
