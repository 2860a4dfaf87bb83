/** The CLI reads Obsidian's settings files from disk into the same context the plugin gets. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readVaultContext } from "../../src/cli/vault";

let dir: string | null = null;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = null;
});

function vaultWith(files: Record<string, string>): string {
	dir = mkdtempSync(join(tmpdir(), "an-context-"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, ".."), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

describe("readVaultContext (CLI)", () => {
	it("normalises the folders it reads, as the plugin does", () => {
		const vault = vaultWith({
			".obsidian/daily-notes.json": JSON.stringify({ folder: "/Journal/Daily/", format: "DD.MM.YYYY" }),
			".obsidian/templates.json": JSON.stringify({ folder: "./Templates" }),
			".obsidian/plugins/templater-obsidian/data.json": JSON.stringify({ templates_folder: "Meta\\Templater" }),
		});
		expect(readVaultContext(vault)).toEqual({ templateFolders: ["Templates", "Meta/Templater"], dailyNoteFormat: "DD.MM.YYYY", dailyNoteFolder: "Journal/Daily" });
	});

	it("an empty folder, unreadable JSON or no files at all: left out", () => {
		expect(readVaultContext(vaultWith({ ".obsidian/daily-notes.json": JSON.stringify({ folder: "" }), ".obsidian/templates.json": "{not json" }))).toEqual({ templateFolders: [] });
		expect(readVaultContext(vaultWith({ "a.md": "" }))).toEqual({ templateFolders: [] });
	});
});
