/** Reads a vault folder from disk into the core: its notes, its plugin settings, Obsidian's own settings. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isNotePath } from "../core/links";
import { NetworkIndex } from "../core/network-index";
import { resolveSettings, type Settings, type VaultContext } from "../core/settings";
import { VAULT_CONFIG_FILES, vaultContextFrom } from "../core/vault-context";
import { readNotes, type ReadOptions } from "./note-reader";

export class VaultError extends Error {}

function readJson(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, "utf8")) as unknown;
	} catch {
		return undefined;
	}
}

/** What Obsidian's settings say about templates and daily notes (read as the plugin reads them). */
export function readVaultContext(vault: string): VaultContext {
	const config = join(vault, ".obsidian");
	return vaultContextFrom({
		templates: readJson(join(config, VAULT_CONFIG_FILES.templates)),
		templater: readJson(join(config, VAULT_CONFIG_FILES.templater)),
		dailyNotes: readJson(join(config, VAULT_CONFIG_FILES.dailyNotes)),
	});
}

export function readSettings(vault: string): Settings {
	return resolveSettings(readJson(join(vault, ".obsidian", "plugins", "active-network", "data.json")));
}

/** Every Markdown file under the vault (vault-relative, `/`-separated), skipping dot-folders like Obsidian. */
export function listNotes(vault: string): string[] {
	const out: string[] = [];
	const walk = (dir: string, rel: string) => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			return;
		}
		for (const e of entries) {
			if (e.name.startsWith(".")) continue;
			const relPath = rel ? `${rel}/${e.name}` : e.name;
			if (e.isDirectory()) walk(join(dir, e.name), relPath);
			else if (e.isFile() && isNotePath(e.name)) out.push(relPath);
		}
	};
	walk(vault, "");
	return out.sort();
}

export interface LoadOptions {
	/** Keep the network current update by update (see IndexOptions.live); off for the command. */
	live?: boolean;
	/** Read the files in a worker thread while parsing (note-reader.ts); "auto" by default. */
	worker?: ReadOptions["worker"];
	/** Called now and then with (done, total). */
	onProgress?: (done: number, total: number) => void;
}

export interface LoadedVault {
	index: NetworkIndex;
	settings: Settings;
	context: VaultContext;
	notes: number;
	/** Files that could not be read, with why. */
	unreadable: { path: string; message: string }[];
}

/** Builds the index of a vault folder. Throws VaultError when the folder itself cannot be read. */
export function loadVault(vault: string, options: LoadOptions = {}): LoadedVault {
	let st;
	try {
		st = statSync(vault);
	} catch {
		throw new VaultError(`cannot read vault "${vault}": no such folder`);
	}
	if (!st.isDirectory()) throw new VaultError(`cannot read vault "${vault}": not a folder`);
	try {
		readdirSync(vault);
	} catch (e) {
		throw new VaultError(`cannot read vault "${vault}": ${(e as Error).message}`);
	}
	const settings = readSettings(vault);
	const context = readVaultContext(vault);
	const index = new NetworkIndex(settings, context, { live: options.live ?? false });
	const paths = listNotes(vault);
	const unreadable: LoadedVault["unreadable"] = [];
	// The listed paths are clean (names from readdir joined by `/`), so the normalised vault folder and a
	// slash before them give what join(vault, path) gives, without normalising every path again.
	const prefix = join(vault, "x").slice(0, -1);
	readNotes(prefix, paths, (i, read) => {
		const path = paths[i] as string;
		if (read.error !== undefined) unreadable.push({ path, message: read.error });
		else index.upsert(path, read.text);
		if (options.onProgress && (i & 255) === 0) options.onProgress(i, paths.length);
	}, { worker: options.worker });
	options.onProgress?.(paths.length, paths.length);
	return { index, settings, context, notes: paths.length, unreadable };
}
