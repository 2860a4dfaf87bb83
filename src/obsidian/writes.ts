/**
 * The only way back to the vault. Every write goes through the NoteWriter (`process` with the text edits
 * of the core, run on the file's current text, or `create`), and comes back to the index through the
 * normal change events. A write that cannot be made safely changes nothing and says why in a notice.
 *
 * Frontmatter too is edited as text (core/frontmatter-edit.ts), never through Obsidian's
 * `processFrontMatter`: that one re-serialises the whole block (comments dropped, flow lists made block
 * lists, quoting changed, `0612345678` read as a number), so it would change bytes the user never meant.
 */
import { normalizePath, Notice } from "obsidian";
import {
	appendIntroFollowUp,
	appendUnderHeading,
	formatLogEntry,
	type FrontmatterEdit,
	type FrontmatterValue,
	type IsoDate,
	type LogEntry,
	markTaskKept,
	type PromiseTask,
	removeFrontmatterKey,
	setFrontmatterKey,
	uniqueFileName,
} from "../core";
import type { NoteWriter } from "./ports";

function basenameOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(0, dot) : name;
}

/** The note's name, or null with a notice when it is gone. */
function noteAt(writer: NoteWriter, path: string): { basename: string } | null {
	if (writer.exists(path)) return { basename: basenameOf(path) };
	new Notice(`Active Network: "${path}" no longer exists. Nothing was changed.`);
	return null;
}

function failed(what: string, e: unknown): false {
	console.error(`Active Network: ${what} failed`, e);
	new Notice(`Active Network: ${what} failed: ${e instanceof Error ? e.message : String(e)}`);
	return false;
}

/** Appends `- YYYY-MM-DD text` (with `#gave`/`#got`) at the end of the note's log section. */
export async function writeTouchpoint(writer: NoteWriter, path: string, logHeading: string, entry: LogEntry): Promise<boolean> {
	const file = noteAt(writer, path);
	if (!file) return false;
	try {
		const line = formatLogEntry(entry);
		await writer.process(path, (data) => appendUnderHeading(data, logHeading, line));
		new Notice(`Logged a touchpoint with ${file.basename}.`);
		return true;
	} catch (e) {
		return failed("logging the touchpoint", e);
	}
}

/**
 * Runs a text edit that may refuse inside `process`, on the file's current text. Returns the reason it
 * refused (the file is then left as it was), or null when it was written; throws when the write failed.
 */
async function processRefusable(writer: NoteWriter, path: string, edit: (text: string) => FrontmatterEdit): Promise<string | null> {
	const outcome: { refused: string | null } = { refused: null };
	await writer.process(path, (data) => {
		const r = edit(data);
		if (r.ok) return r.text;
		outcome.refused = r.reason;
		return data;
	});
	return outcome.refused;
}

/**
 * Sets one frontmatter key (or removes it, `value` null) and nothing else: the key's own lines change,
 * every other byte stays. `what` names the action in notices ("snoozing"). Refuses with a notice when the
 * key's form is too complex to edit safely (a block scalar, an anchor, a repeated key, broken YAML).
 */
export async function writeFrontmatterKey(writer: NoteWriter, path: string, key: string, value: FrontmatterValue | null, what: string): Promise<boolean> {
	const file = noteAt(writer, path);
	if (!file) return false;
	let refused: string | null;
	try {
		refused = await processRefusable(writer, path, (text) => (value === null ? removeFrontmatterKey(text, key) : setFrontmatterKey(text, key, value)));
	} catch (e) {
		return failed(what, e);
	}
	if (refused !== null) {
		new Notice(`Active Network: ${what} ${file.basename} refused: ${refused}. Nothing was changed.`);
		return false;
	}
	return true;
}

/** Sets `snooze_until` (or the note's own spelling of it) in the person's frontmatter. */
export async function writeSnooze(writer: NoteWriter, path: string, until: IsoDate): Promise<boolean> {
	const ok = await writeFrontmatterKey(writer, path, "snooze_until", until, "snoozing");
	if (ok) new Notice(`Snoozed ${basenameOf(path)} until ${until}.`);
	return ok;
}

/**
 * Marks a promise kept: `[x]` and `✅ done` on exactly its line, after checking the line still holds the
 * same open task. When the file changed under it, refuses with a notice and changes nothing.
 */
export async function writeKept(writer: NoteWriter, promise: Pick<PromiseTask, "file" | "line" | "text">, done: IsoDate): Promise<boolean> {
	const file = noteAt(writer, promise.file);
	if (!file) return false;
	let refused: string | null;
	try {
		refused = await processRefusable(writer, promise.file, (data) => markTaskKept(data, { line: promise.line, text: promise.text }, done));
	} catch (e) {
		return failed("marking the promise kept", e);
	}
	if (refused !== null) {
		new Notice(`Active Network: not marked kept, ${refused} in ${file.basename} (line ${promise.line}). Nothing was changed.`);
		return false;
	}
	new Notice(`Marked kept: ${promise.text}`);
	return true;
}

/**
 * Records the follow-up of an introduction: the `#intro` promise linking both people, due `due`, at the
 * end of the log section of `path` (the first person's note).
 */
export async function writeIntroFollowUp(writer: NoteWriter, path: string, logHeading: string, a: { name: string }, b: { name: string }, due: IsoDate): Promise<boolean> {
	const file = noteAt(writer, path);
	if (!file) return false;
	try {
		await writer.process(path, (data) => appendIntroFollowUp(data, logHeading, a, b, due));
		new Notice(`Recorded the follow-up in ${file.basename}, due ${due}.`);
		return true;
	} catch (e) {
		return failed("recording the follow-up", e);
	}
}

/**
 * Creates a new file in `folder` ("/" for the vault's root) under the first free name among `candidates`
 * (then numbered): an existing file is never overwritten. Returns its path, or null with a notice.
 */
export async function createNewFile(writer: NoteWriter, folder: string, candidates: readonly string[], ext: string, text: string): Promise<string | null> {
	const inFolder = (name: string) => normalizePath(folder === "/" || folder === "" ? name : `${folder}/${name}`);
	const lower = new Set(writer.filePaths().map((p) => p.toLowerCase()));
	// Compared without case: on macOS and Windows `a.md` and `A.md` are the same file.
	const name = uniqueFileName(candidates, ext, (n) => lower.has(inFolder(n).toLowerCase()) || writer.exists(inFolder(n)));
	try {
		await writer.create(inFolder(name), text);
		return inFolder(name);
	} catch (e) {
		failed(`creating "${inFolder(name)}"`, e);
		return null;
	}
}
