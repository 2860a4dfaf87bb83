/**
 * Pausing a person (`cadence: never`, conventions section 5: no reminders at all) and the bulk writes
 * of the cold view's selection. Like every write, through the NoteWriter; a person whose note is gone is
 * skipped with a notice and the others are still written.
 */
import { Notice } from "obsidian";
import { frontmatterKeyFor, type IsoDate } from "../core";
import type { NoteWriter } from "./ports";
import { writeSnooze } from "./writes";

function baseName(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** Sets `cadence: never` (or the note's own spelling of the key). `quiet`: no notice of its own. */
export async function writePause(writer: NoteWriter, path: string, quiet = false): Promise<boolean> {
	if (!writer.exists(path)) {
		new Notice(`Active Network: "${path}" no longer exists. Nothing was changed.`);
		return false;
	}
	try {
		await writer.processFrontMatter(path, (fm: Record<string, unknown>) => {
			fm[frontmatterKeyFor(Object.keys(fm), "cadence")] = "never";
		});
		if (!quiet) new Notice(`Paused ${baseName(path)}: no reminders until you set a cadence again.`);
		return true;
	} catch (e) {
		console.error("Active Network: pausing failed", e);
		new Notice(`Active Network: pausing failed: ${e instanceof Error ? e.message : String(e)}`);
		return false;
	}
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
