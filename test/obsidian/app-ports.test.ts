// @vitest-environment happy-dom
/**
 * app-ports.ts, the wiring of Obsidian's objects to the plugin's narrow doors, over a hand-made app of
 * the shape Obsidian has: events become VaultListener calls (folders flagged, only Markdown creates),
 * create makes missing folders first, openFile turns a 1-based line into Obsidian's 0-based eState.
 */
import type { App as ObsidianApp } from "obsidian";
import { afterEach, describe, expect, it } from "vitest";
import { noteWriter, vaultSource, workspacePort } from "../../src/obsidian/app-ports";
import type { VaultListener } from "../../src/obsidian/ports";
import { Events, stubApp, TFile, TFolder } from "../obsidian-stub";

afterEach(() => {
	stubApp.apiVersion = "1.12.2";
});

function file(path: string): TFile {
	const f = new TFile();
	f.path = path;
	f.extension = path.slice(path.lastIndexOf(".") + 1);
	return f;
}

function folder(path: string): TFolder {
	const f = new TFolder();
	f.path = path;
	return f;
}

/** An app with one note, recording the calls the adapters make. */
function obsidianLike() {
	const calls: string[] = [];
	const entries = new Map<string, TFile | TFolder>([["People/Ann.md", file("People/Ann.md")]]);
	const vault = Object.assign(new Events(), {
		getAbstractFileByPath: (p: string) => entries.get(p) ?? null,
		createFolder: (p: string) => (calls.push(`createFolder ${p}`), entries.set(p, folder(p)), Promise.resolve()),
		create: (p: string, text: string) => (calls.push(`create ${p} ${text}`), Promise.resolve()),
		process: (f: TFile, fn: (t: string) => string) => (calls.push(`process ${f.path}`), Promise.resolve(fn("old"))),
	});
	const leaf = { openFile: (f: TFile, state?: unknown) => (calls.push(`open ${f.path} ${JSON.stringify(state)}`), Promise.resolve()) };
	const workspace = Object.assign(new Events(), { getLeaf: (mode: unknown) => (calls.push(`leaf ${String(mode)}`), leaf) });
	const fileManager = { trashFile: (f: TFile) => (calls.push(`trashFile ${f.path}`), Promise.resolve()) };
	const app = { vault, metadataCache: new Events(), workspace, fileManager } as unknown as ObsidianApp;
	return { app, vault, metadataCache: app.metadataCache as unknown as Events, calls };
}

describe("app-ports", () => {
	it("turns Obsidian's vault and metadata events into VaultListener calls, and stops on unsubscribe", () => {
		const { app, vault, metadataCache } = obsidianLike();
		const heard: string[] = [];
		const listener: VaultListener = {
			changed: (p, t) => heard.push(`changed ${p} ${t}`),
			created: (p) => heard.push(`created ${p}`),
			deleted: (p, isFolder) => heard.push(`deleted ${p} ${isFolder}`),
			renamed: (p, old, isFolder) => heard.push(`renamed ${old}->${p} ${isFolder}`),
		};
		const stop = vaultSource(app).watch(listener);
		metadataCache.trigger("changed", file("People/Ann.md"), "text", {});
		vault.trigger("create", file("People/Bo.md"));
		vault.trigger("create", file("image.png"));
		vault.trigger("create", folder("New"));
		vault.trigger("delete", folder("Old"));
		vault.trigger("rename", file("Contacts/Ann.md"), "People/Ann.md");
		stop();
		vault.trigger("create", file("People/Cy.md"));
		metadataCache.trigger("changed", file("People/Cy.md"), "x", {});
		expect(heard).toEqual(["changed People/Ann.md text", "created People/Bo.md", "deleted Old true", "renamed People/Ann.md->Contacts/Ann.md false"]);
	});

	it("creates the missing folder before the file, and processes an existing note by path", async () => {
		const { app, calls } = obsidianLike();
		const writer = noteWriter(app);
		await writer.create("Deep/Er/Bo.md", "hi");
		expect(await writer.process("People/Ann.md", (t) => `${t}!`)).toBe("old!");
		await expect(writer.process("People/Gone.md", (t) => t)).rejects.toThrow(/does not exist/);
		expect(calls).toEqual(["createFolder Deep/Er", "create Deep/Er/Bo.md hi", "process People/Ann.md"]);
	});

	it("trashes through fileManager.trashFile (the user's setting), and refuses, saying why, before Obsidian 1.6.6", async () => {
		const { app, calls } = obsidianLike();
		const writer = noteWriter(app);
		await writer.trash("People/Ann.md");
		await expect(writer.trash("People/Gone.md")).rejects.toThrow(/does not exist/);
		stubApp.apiVersion = "1.6.5";
		await expect(writer.trash("People/Ann.md")).rejects.toThrow(/before 1\.6\.6 cannot move a note to the trash/);
		expect(calls).toEqual(["trashFile People/Ann.md"]);
	});

	it("opens a file at a 1-based line as Obsidian's 0-based eState, and says false for a missing file", async () => {
		const { app, calls } = obsidianLike();
		const ws = workspacePort(app);
		expect(await ws.openFile("People/Ann.md", { line: 3, newTab: "tab" })).toBe(true);
		expect(await ws.openFile("People/Ann.md")).toBe(true);
		expect(await ws.openFile("People/Gone.md")).toBe(false);
		expect(calls).toEqual(["leaf tab", 'open People/Ann.md {"eState":{"line":2}}', "leaf false", "open People/Ann.md undefined"]);
	});
});
