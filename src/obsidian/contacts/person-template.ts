/**
 * The "Person template" setting in the plugin: its text read through the writer port, and the moment
 * its `{{date}}` / `{{time}}` are filled with (today from the host's clock, the time of day now).
 * A template that is not there or cannot be read is a problem said once; new notes are then clean.
 */
import { normalizePath } from "obsidian";
import type { IsoDate, PersonTemplate, Settings, TemplateMoment, VaultContext } from "../../core";
import type { NoteWriter } from "../ports";

export type TemplateLoad = { template: PersonTemplate | null; problem: string | null };

/** The template's vault path (`.md` added when the setting does not end in it), or null when none is set. */
export function personTemplatePath(settings: Pick<Settings, "personTemplate">): string | null {
	const raw = settings.personTemplate.trim();
	if (raw === "") return null;
	const path = normalizePath(raw);
	// Only `.md` counts as given: `People/Template v1.2` is a note named so, not a file of type `2`.
	return path.toLowerCase().endsWith(".md") ? path : `${path}.md`;
}

function pad(n: number): string {
	return String(n).padStart(2, "0");
}

/** Reads the template; `today` from the host, the time of day from `now` (the plugin's clock). */
export async function loadPersonTemplate(writer: NoteWriter, settings: Pick<Settings, "personTemplate">, context: VaultContext, today: IsoDate, now: Date = new Date()): Promise<TemplateLoad> {
	const path = personTemplatePath(settings);
	if (path === null) return { template: null, problem: null };
	const at: TemplateMoment = { now: `${today}T${pad(now.getHours())}:${pad(now.getMinutes())}`, dateFormat: context.templateDateFormat, timeFormat: context.templateTimeFormat };
	try {
		if (!writer.exists(path)) return { template: null, problem: `The person template "${path}" does not exist: new notes were written without it.` };
		return { template: { path, text: await writer.read(path), at }, problem: null };
	} catch (e) {
		return { template: null, problem: `The person template "${path}" could not be read (${e instanceof Error ? e.message : String(e)}): new notes were written without it.` };
	}
}
