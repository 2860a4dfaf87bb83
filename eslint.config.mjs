import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import { DEFAULT_BRANDS } from "eslint-plugin-obsidianmd/dist/lib/rules/ui/brands.js";
import globals from "globals";

export default defineConfig([
	globalIgnores(["node_modules/", "dist/", "main.js", "example-vault/", "coverage/", "docs/", "test/e2e/.build/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "scripts/*.mjs", ".dependency-cruiser.cjs"],
					// The scripts and config files outside tsconfig.json: more than the default 8.
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
				},
			},
		},
	},
	{
		// Sentence case as the recommended preset has it, with two names it cannot know: the plugin's own
		// ("Active Network: …" leads its notices) and the vCard format, as RFC 6350 spells it. A list of
		// brands replaces the rule's defaults, so they are kept.
		rules: {
			"obsidianmd/ui/sentence-case": ["warn", { enforceCamelCaseLower: true, brands: [...DEFAULT_BRANDS, "Active Network", "vCard"] }],
		},
	},
	{
		// js-yaml (4) is kept over the `yaml` package the "preferred" preset suggests: it parses the
		// benchmark vault's frontmatter 7x faster, which the cold-index target needs (README, performance).
		files: ["package.json"],
		rules: {
			"depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["js-yaml"] }],
		},
	},
	{
		// The terminal command, its scripts and the tests run in Node, never inside Obsidian: Node built-ins
		// are theirs to use, and a vault on disk has its config folder where Obsidian puts it by default.
		files: ["src/cli/**", "scripts/**", "test/**", "*.config.*", "version-bump.mjs", ".dependency-cruiser.cjs"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"import/no-nodejs-modules": "off",
		},
	},
	{
		// The test stub's DOM helpers are Obsidian's createEl/createSvg for the tests: they cannot be built
		// from themselves, so the raw DOM calls are theirs (and only theirs) to make.
		files: ["test/obsidian/stub/dom.ts"],
		rules: { "obsidianmd/prefer-create-el": "off" },
	},
	{
		// The end-to-end harness page (test/e2e/harness/) is bundled for the browser, with the plugin: no
		// Node built-ins there. The rest of test/e2e/ (builds, server, Playwright) runs in Node.
		files: ["test/e2e/harness/**"],
		languageOptions: { globals: { ...globals.browser } },
		rules: {
			"obsidianmd/no-nodejs-modules": "error",
			"import/no-nodejs-modules": "error",
		},
	},
]);
