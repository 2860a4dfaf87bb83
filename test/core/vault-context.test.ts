/**
 * Obsidian's settings read into the vault context the same way for the CLI and the plugin (both call
 * `vaultContextFrom`). The CLI used to keep the Daily notes folder as written (`Daily/`, `/Daily`, ``),
 * the plugin trimmed it but kept `./Daily`: the same vault gave two contexts.
 */
import { describe, expect, it } from "vitest";
import { normalizeFolder, VAULT_CONFIG_FILES, vaultContextFrom } from "../../src/core";

describe("the Daily notes folder", () => {
	it.each([
		["Daily", "Daily"],
		["Daily/", "Daily"],
		["/Daily", "Daily"],
		["./Daily", "Daily"],
		[" Daily ", "Daily"],
		["Journal//Daily/", "Journal/Daily"],
		["Journal\\Daily", "Journal/Daily"],
		["Journal/./Daily", "Journal/Daily"],
	])("%j is the folder %j", (folder, expected) => {
		expect(vaultContextFrom({ dailyNotes: { folder, format: "YYYY-MM-DD" } }).dailyNoteFolder).toBe(expected);
	});

	it.each([[""], ["/"], ["."], ["  "], [42], [null], [["Daily"]]])("%j is no folder (the vault itself, or nothing usable)", (folder) => {
		const context = vaultContextFrom({ dailyNotes: { folder } });
		expect(context).toEqual({ templateFolders: [] });
		expect("dailyNoteFolder" in context).toBe(false);
	});

	it("absent settings give an empty context", () => {
		expect(vaultContextFrom({})).toEqual({ templateFolders: [] });
		expect(vaultContextFrom({ dailyNotes: "not an object", templates: [], templater: 7 })).toEqual({ templateFolders: [] });
	});
});

describe("the templates folders and the daily-note format", () => {
	it("both templates plugins' folders, normalised, once each", () => {
		const context = vaultContextFrom({ templates: { folder: "/Templates/" }, templater: { templates_folder: "./Templates" } });
		expect(context.templateFolders).toEqual(["Templates"]);
		expect(vaultContextFrom({ templates: { folder: "Meta/Templates" }, templater: { templates_folder: "Meta\\Templater/" } }).templateFolders).toEqual(["Meta/Templates", "Meta/Templater"]);
	});

	it("a templates folder of the vault itself would hide every note: left out", () => {
		expect(vaultContextFrom({ templates: { folder: "/" }, templater: { templates_folder: "" } }).templateFolders).toEqual([]);
	});

	it("the format is trimmed, and left out when empty", () => {
		expect(vaultContextFrom({ dailyNotes: { format: " DD.MM.YYYY " } }).dailyNoteFormat).toBe("DD.MM.YYYY");
		expect("dailyNoteFormat" in vaultContextFrom({ dailyNotes: { format: " " } })).toBe(false);
	});

	it("names the files both read", () => {
		expect(VAULT_CONFIG_FILES).toEqual({ templates: "templates.json", templater: "plugins/templater-obsidian/data.json", dailyNotes: "daily-notes.json" });
	});

	it("normalizeFolder reads no-break spaces as spaces and composes accents", () => {
		expect(normalizeFolder("My\u00A0Notes/Cafe\u0301")).toBe("My Notes/Caf\u00E9");
	});
});
