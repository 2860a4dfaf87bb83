import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
	resolve: {
		alias: {
			obsidian: fileURLToPath(new URL("./test/obsidian-stub.ts", import.meta.url)),
		},
	},
	test: {
		include: ["test/**/*.test.ts"],
		reporters: ["default", "./test/summary-reporter.ts"],
		setupFiles: ["./test/setup.ts"],
		environment: "node",
		// A timeout is a wall-clock bound too: on a loaded 2-core machine the heavy tests (the index models,
		// the benchmark's smoke run, the browser) take minutes. Only a test that hangs should fail, so the
		// bound is far above any run seen (the slowest file, about 90 s under load 7).
		testTimeout: 15 * 60_000,
		hookTimeout: 15 * 60_000,
	},
});
