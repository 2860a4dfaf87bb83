// @vitest-environment happy-dom
/** The shipped example vault, loaded into the plugin: every view and suggester renders, nothing throws. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { COLD_VIEW, PROMISES_VIEW, REMINDERS_VIEW } from "../../src/obsidian/views/view-types";
import { type Loaded, loadPlugin, rowsIn, runCommand, topModal, unload, viewOf } from "./harness";

const ROOT = join(process.cwd(), "example-vault");

function readVault(): { files: Record<string, string>; config: Record<string, string> } {
	const files: Record<string, string> = {};
	const config: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, e.name);
			const rel = relative(ROOT, full).split("\\").join("/");
			if (e.isDirectory()) {
				if (rel === ".obsidian/plugins") continue;
				walk(full);
			} else if (rel.startsWith(".obsidian/")) config[rel] = readFileSync(full, "utf8");
			else files[rel] = readFileSync(full, "utf8");
		}
	};
	walk(ROOT);
	return { files, config };
}

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
	vi.restoreAllMocks();
});

describe("the example vault", () => {
	it("fills every view and Next touchpoints without an error", async () => {
		const errors = vi.spyOn(console, "error");
		const { files, config } = readVault();
		loaded = await loadPlugin(files, { config });
		for (const id of ["open-reminders", "open-cold-relationships", "open-promises"]) await runCommand(loaded, id);
		expect(rowsIn(viewOf(loaded.app, REMINDERS_VIEW).contentEl).length).toBeGreaterThan(0);
		expect(rowsIn(viewOf(loaded.app, COLD_VIEW).contentEl).length).toBeGreaterThan(0);
		expect(rowsIn(viewOf(loaded.app, PROMISES_VIEW).contentEl).length).toBeGreaterThan(0);
		await runCommand(loaded, "next-touchpoints");
		expect(topModal().modalEl.querySelectorAll(".suggestion-item").length).toBeGreaterThan(0);
		// The template is never a person.
		expect(loaded.plugin.feed.network()?.people.has("Templates/Person.md")).toBe(false);
		expect(errors).not.toHaveBeenCalled();
	});
});
