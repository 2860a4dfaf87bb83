/**
 * Folder rules, in one place for the index, the derivation, the plugin's feed and the CLI: how a folder
 * setting is read, which folder a path lies in, and so which notes are never read (templates folders,
 * excluded folders) and which are people by where they stand (people folders).
 */
import type { Settings, VaultContext } from "./settings";

/** `s` without slashes at either end (a loop: `/\/+$/` is quadratic on a long run of slashes). */
export function trimSlashes(s: string): string {
	let start = 0;
	let end = s.length;
	while (start < end && s[start] === "/") start++;
	while (end > start && s[end - 1] === "/") end--;
	return s.slice(start, end);
}

/**
 * A folder as a setting may spell it, as a vault path: `Daily/`, `/Daily`, `./Daily`, ` Daily ` and
 * `Daily\` are all `Daily`; "" for the vault itself (``, `/`, `.`) or for anything that is no text. Like
 * Obsidian's `normalizePath`: backslashes are slashes, runs of them one, no-break spaces spaces, NFC.
 */
export function normalizeFolder(v: unknown): string {
	if (typeof v !== "string") return "";
	return v
		.trim()
		.replaceAll("\\", "/")
		.replaceAll("\u00A0", " ")
		.replaceAll("\u202F", " ")
		.normalize("NFC")
		.split("/")
		.filter((part) => part !== "" && part !== ".")
		.join("/");
}

/** True when `path` lies inside `folder` (or is it). Folder "" or "/" is the whole vault. */
export function isInFolder(path: string, folder: string): boolean {
	const f = trimSlashes(folder);
	if (f === "") return false;
	return path === f || path.startsWith(`${f}/`);
}

export interface PathRules {
	templateFolders: string[];
	excludedFolders: string[];
	peopleFolders: string[];
}

/** The folder rules of these settings in this vault. */
export function pathRules(settings: Settings, context: VaultContext): PathRules {
	return { templateFolders: context.templateFolders, excludedFolders: settings.excludedFolders, peopleFolders: settings.peopleFolders };
}

/** Notes in the templates folder or an excluded folder are never read. */
export function isExcluded(path: string, rules: PathRules): boolean {
	return rules.templateFolders.some((f) => isInFolder(path, f)) || rules.excludedFolders.some((f) => isInFolder(path, f));
}

/** Every note in a people folder is a person (unless excluded). */
export function inPeopleFolder(path: string, rules: Pick<PathRules, "peopleFolders">): boolean {
	return rules.peopleFolders.some((f) => isInFolder(path, f));
}

/** A note is a person by its own marks (`personMarked`: type, tag...) or by standing in a people folder. */
export function isPersonNote(path: string, facts: { personMarked: boolean }, rules: PathRules): boolean {
	if (isExcluded(path, rules)) return false;
	return facts.personMarked || inPeopleFolder(path, rules);
}
