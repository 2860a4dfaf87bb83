/**
 * What Obsidian's own settings say about the vault (the templates folder of the core Templates plugin
 * and of Templater, the Daily notes format and folder), worked out the same way for the plugin and the
 * CLI. They only fetch the settings (the plugin from the running plugins or the config folder, the CLI
 * from disk); anything missing, unreadable or of the wrong type is simply left out.
 */
import { normalizeFolder } from "./folders";
import type { VaultContext } from "./settings";

/** Where each setting is stored, relative to the config folder (`.obsidian`). */
export const VAULT_CONFIG_FILES = {
	templates: "templates.json",
	templater: "plugins/templater-obsidian/data.json",
	dailyNotes: "daily-notes.json",
} as const;

/** The parsed settings of each plugin (the JSON of its file, or its loaded options), as found. */
export type VaultConfig = Partial<Record<keyof typeof VAULT_CONFIG_FILES, unknown>>;

function prop(obj: unknown, key: string): unknown {
	return obj && typeof obj === "object" && !Array.isArray(obj) ? (obj as Record<string, unknown>)[key] : undefined;
}

function text(v: unknown): string | undefined {
	return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

export function vaultContextFrom(config: VaultConfig): VaultContext {
	const templateFolders: string[] = [];
	for (const f of [normalizeFolder(prop(config.templates, "folder")), normalizeFolder(prop(config.templater, "templates_folder"))]) {
		if (f !== "" && !templateFolders.includes(f)) templateFolders.push(f);
	}
	const context: VaultContext = { templateFolders };
	const format = text(prop(config.dailyNotes, "format"));
	if (format) context.dailyNoteFormat = format;
	const folder = normalizeFolder(prop(config.dailyNotes, "folder"));
	if (folder !== "") context.dailyNoteFolder = folder;
	const dateFormat = text(prop(config.templates, "dateFormat"));
	if (dateFormat) context.templateDateFormat = dateFormat;
	const timeFormat = text(prop(config.templates, "timeFormat"));
	if (timeFormat) context.templateTimeFormat = timeFormat;
	return context;
}
