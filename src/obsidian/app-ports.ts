/**
 * Obsidian's objects behind the narrow doors of ports.ts. This is the one file that reaches into
 * `app.vault`, `app.metadataCache`, `app.workspace`; main.ts wires it.
 */
import { type App, type EventRef, type Events, normalizePath, requireApiVersion, TFile, TFolder } from "obsidian";
import type { NoteWriter, Ports, Unsubscribe, VaultListener, VaultSource, WorkspacePort } from "./ports";
import { openView } from "./open-view";
import { readVaultContext } from "./vault-context";

function unsubscribe(events: Events, refs: EventRef[]): Unsubscribe {
	return () => {
		for (const ref of refs) events.offref(ref);
	};
}

/** The file at `path`, or a rejection (never a throw: callers chain `.catch`). */
function fileAt(app: App, path: string): Promise<TFile> {
	const f = app.vault.getAbstractFileByPath(path);
	return f instanceof TFile ? Promise.resolve(f) : Promise.reject(new Error(`"${path}" does not exist`));
}

export function vaultSource(app: App): VaultSource {
	const { vault, metadataCache } = app;
	return {
		notePaths: () => vault.getMarkdownFiles().map((f) => f.path),
		isNote: (path) => {
			const f = vault.getAbstractFileByPath(path);
			return f instanceof TFile && f.extension === "md";
		},
		read: (path) => fileAt(app, path).then((f) => vault.cachedRead(f)),
		resolveLink: (linkpath, sourcePath) => metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null,
		readContext: () => readVaultContext(app),
		watch: (l: VaultListener) => {
			const meta = metadataCache.on("changed", (file, data) => l.changed(file.path, typeof data === "string" ? data : null));
			const refs = [
				vault.on("create", (f) => {
					if (f instanceof TFile && f.extension === "md") l.created(f.path);
				}),
				vault.on("delete", (f) => l.deleted(f.path, f instanceof TFolder)),
				vault.on("rename", (f, oldPath) => l.renamed(f.path, oldPath, f instanceof TFolder)),
			];
			const offVault = unsubscribe(vault, refs);
			return () => {
				metadataCache.offref(meta);
				offVault();
			};
		},
	};
}

export function noteWriter(app: App): NoteWriter {
	const { vault } = app;
	return {
		exists: (path) => vault.getAbstractFileByPath(path) !== null,
		filePaths: () => vault.getFiles().map((f) => f.path),
		process: (path, fn) => fileAt(app, path).then((f) => vault.process(f, fn)),
		create: async (path, text) => {
			const slash = path.lastIndexOf("/");
			const folder = slash > 0 ? normalizePath(path.slice(0, slash)) : "";
			if (folder !== "" && !(vault.getAbstractFileByPath(folder) instanceof TFolder)) await vault.createFolder(folder);
			await vault.create(path, text);
		},
		read: (path) => fileAt(app, path).then((f) => vault.read(f)),
		// Where the user's "Deleted files" setting says (fileManager.trashFile, Obsidian 1.6.6). Older
		// versions have no such call: refuse, saying so, rather than pick a trash the user did not choose.
		trash: (path) =>
			fileAt(app, path).then((f) => {
				if (requireApiVersion("1.6.6")) return app.fileManager.trashFile(f);
				throw new Error("Obsidian before 1.6.6 cannot move a note to the trash for a plugin; delete it yourself if you want it gone");
			}),
		readBinary: (path) => fileAt(app, path).then((f) => vault.readBinary(f)),
	};
}

export function workspacePort(app: App): WorkspacePort {
	const { workspace } = app;
	return {
		openFile: async (path, options = {}) => {
			const file = app.vault.getAbstractFileByPath(path);
			if (!(file instanceof TFile)) return false;
			const line = options.line;
			const leaf = workspace.getLeaf(options.newTab ?? false);
			await leaf.openFile(file, typeof line === "number" && line > 0 ? { eState: { line: line - 1 } } : undefined);
			return true;
		},
		openView: (type, where) => openView(workspace, type, where),
		activeFilePath: () => workspace.getActiveFile()?.path ?? null,
		onFileOpen: (l) => unsubscribe(workspace, [workspace.on("file-open", (file) => l(file?.path ?? null))]),
		onLayoutChange: (l) => unsubscribe(workspace, [workspace.on("layout-change", l), workspace.on("active-leaf-change", () => l())]),
		onCssChange: (l) => unsubscribe(workspace, [workspace.on("css-change", l)]),
		onFileMenu: (l) =>
			unsubscribe(workspace, [
				workspace.on("file-menu", (menu, file) => {
					if (!(file instanceof TFile)) return;
					l(file.path, (item) => menu.addItem((m) => m.setTitle(item.title).setIcon(item.icon).onClick(item.onClick)));
				}),
			]),
	};
}

/** The ports of a running Obsidian app. */
export function appPorts(app: App): Ports {
	return { source: vaultSource(app), writer: noteWriter(app), workspace: workspacePort(app) };
}
