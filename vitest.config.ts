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
		testTimeout: 30000,
	},
});
