/**
 * What Obsidian's own settings say about the vault: the templates folder (core Templates plugin and
 * Templater) and the Daily notes format and folder. Fetched from the running plugins when they are
 * loaded, else from their files in the config folder; the core reads them (core/vault-context.ts, as
 * the CLI does).
 */
import { type App, normalizePath } from "obsidian";
import { VAULT_CONFIG_FILES, type VaultContext, vaultContextFrom } from "../core";

type Options = Record<string, unknown>;

function record(v: unknown): Options | undefined {
	return v && typeof v === "object" && !Array.isArray(v) ? (v as Options) : undefined;
}

/** Options of a core plugin (`daily-notes`, `templates`) when Obsidian has it loaded. Not public API. */
function internalOptions(app: App, id: string): Options | undefined {
	try {
		const internal = record((app as unknown as Options).internalPlugins);
		const get = internal?.getPluginById;
		if (typeof get !== "function") return undefined;
		const plugin = record((get as (id: string) => unknown).call(internal, id));
		return record(record(plugin?.instance)?.options);
	} catch {
		return undefined;
	}
}

/** Settings of a community plugin when it is loaded. Not public API. */
function communitySettings(app: App, id: string): Options | undefined {
	try {
		const plugins = record((app as unknown as Options).plugins);
		const get = plugins?.getPlugin;
		if (typeof get !== "function") return undefined;
		return record(record((get as (id: string) => unknown).call(plugins, id))?.settings);
	} catch {
		return undefined;
	}
}

async function readConfigJson(app: App, file: string): Promise<Options | undefined> {
	try {
		return record(JSON.parse(await app.vault.adapter.read(normalizePath(`${app.vault.configDir}/${file}`))));
	} catch {
		return undefined;
	}
}

export async function readVaultContext(app: App): Promise<VaultContext> {
	return vaultContextFrom({
		templates: internalOptions(app, "templates") ?? (await readConfigJson(app, VAULT_CONFIG_FILES.templates)),
		templater: communitySettings(app, "templater-obsidian") ?? (await readConfigJson(app, VAULT_CONFIG_FILES.templater)),
		dailyNotes: internalOptions(app, "daily-notes") ?? (await readConfigJson(app, VAULT_CONFIG_FILES.dailyNotes)),
	});
}
