/**
 * Pausing a person (`cadence: never`, conventions section 5: no reminders at all) and the bulk writes
 * of the cold view's selection. Like every write, through the NoteWriter; a person whose note is gone is
 * skipped with a notice and the others are still written.
 */
import { Notice } from "obsidian";
import type { IsoDate } from "../core";
import type { NoteWriter } from "./ports";
import { writeFrontmatterKey, writeSnooze } from "./writes";

function baseName(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** Sets `cadence: never` (or the note's own spelling of the key). `quiet`: no notice of its own. */
export async function writePause(writer: NoteWriter, path: string, quiet = false): Promise<boolean> {
	// A text edit of the one key (never processFrontMatter, which would rewrite the whole block).
	if (!(await writeFrontmatterKey(writer, path, "cadence", "never", "pausing"))) return false;
	if (!quiet) new Notice(`Paused ${baseName(path)}: no reminders until you set a cadence again.`);
	return true;
}

/** Pauses each person in turn; returns how many were paused. */
export async function writePauseMany(writer: NoteWriter, paths: readonly string[]): Promise<number> {
	let done = 0;
	for (const path of paths) if (await writePause(writer, path, true)) done++;
	new Notice(done === 1 ? "Paused 1 person." : `Paused ${done} people.`);
	return done;
}

/** Snoozes each person in turn until `until`; returns how many were snoozed. */
export async function writeSnoozeMany(writer: NoteWriter, paths: readonly string[], until: IsoDate): Promise<number> {
	let done = 0;
	for (const path of paths) if (await writeSnooze(writer, path, until)) done++;
	return done;
}
