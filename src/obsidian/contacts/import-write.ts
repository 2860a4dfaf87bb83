/**
 * Writes what the user chose in the import modal: new notes (never over a file: a name taken since the
 * plan gets the next free one) and keys added to existing notes through the core's byte-keeping edit,
 * all or nothing per note. The whole import runs in one undo group, so "Undo" takes it all back.
 */
import { type Conflict, type KeyValue, type PersonTemplate, type PlanEntry, type PlanInput, personNoteText, uniquePath, updateContactNote } from "../../core";
import type { NoteWriter, UndoLog } from "../ports";

/** One entry the user ticked, and the conflicts of it they chose to take from the card. */
export interface ImportChoice {
	entry: PlanEntry;
	/** Create the new note, or add the missing keys (false: only the chosen conflicts are written). */
	write: boolean;
	replace: Conflict[];
}

export interface ImportSummary {
	created: string[];
	updated: string[];
	refused: { path: string; reason: string }[];
	/** Conflicts in the plan that were not chosen (left as the notes have them). */
	conflictsLeft: number;
	/** Why the person template was not used (said once), or null. */
	templateProblem: string | null;
}

export interface ImportDeps {
	writer: NoteWriter;
	undo: UndoLog;
	mark: PlanInput["mark"];
	/** The person template new notes start from, or null for clean notes. */
	template?: PersonTemplate | null;
	/** Why the template could not be read (the caller tried), said in the summary. */
	templateProblem?: string | null;
	/** Called before each note and once at the end, with how many are done. */
	progress?: (done: number, total: number) => void;
	/** Lets the UI breathe: awaited every `every` notes (big files). */
	pause?: () => Promise<void>;
	every?: number;
}

export const UNDO_LABEL = "Import contacts from vCard";

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

function baseOf(path: string): string {
	const name = path.slice(folderOf(path).length + (path.includes("/") ? 1 : 0));
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** "Imported 12 new people, updated 5; 2 conflicts left as they were" (and what was refused). */
export function summaryText(s: ImportSummary): string {
	let text = `Imported ${plural(s.created.length, "new person", "new people")}, updated ${s.updated.length}`;
	if (s.conflictsLeft > 0) text += `; ${plural(s.conflictsLeft, "conflict", "conflicts")} left as they were`;
	if (s.refused.length > 0) text += `; ${plural(s.refused.length, "note", "notes")} not written (${s.refused.map((r) => `${r.path}: ${r.reason}`).join("; ")})`;
	return s.templateProblem ? `${text}. ${s.templateProblem}` : `${text}.`;
}

export async function writeImport(deps: ImportDeps, plan: readonly PlanEntry[], choices: readonly ImportChoice[]): Promise<ImportSummary> {
	const { writer } = deps;
	const every = Math.max(1, deps.every ?? 25);
	const totalConflicts = plan.reduce((n, e) => n + e.conflicts.length, 0);
	const summary: ImportSummary = { created: [], updated: [], refused: [], conflictsLeft: totalConflicts - choices.reduce((n, c) => n + c.replace.length, 0), templateProblem: deps.templateProblem ?? null };
	let template = deps.template ?? null;
	const work = choices.filter((c) => (c.write && c.entry.action !== "unchanged") || (c.entry.action !== "create" && c.replace.length > 0));
	await deps.undo.group(UNDO_LABEL, async () => {
		const taken = new Set(writer.filePaths().map((p) => p.toLowerCase()));
		for (let i = 0; i < work.length; i++) {
			if (i > 0 && i % every === 0) await deps.pause?.();
			deps.progress?.(i, work.length);
			const { entry, write, replace } = work[i]!;
			try {
				if (entry.action === "create") {
					// The plan's name, unless a file took it since: then the next free one (never overwritten).
					const path = taken.has(entry.path.toLowerCase()) ? uniquePath(folderOf(entry.path), baseOf(entry.path), taken) : entry.path;
					taken.add(path.toLowerCase());
					const note = personNoteText(template, baseOf(path), entry, deps.mark);
					if (note.problem !== null) {
						// Said once; the rest of the import writes clean notes.
						summary.templateProblem ??= note.problem;
						template = null;
					}
					await writer.create(path, note.text);
					summary.created.push(path);
				} else {
					const add = write ? Object.entries(entry.add).filter((kv): kv is [string, KeyValue] => kv[1] !== undefined) : [];
					const chosen = replace.map((c): [string, KeyValue] => [c.key, c.card]);
					let refusal: string | null = null;
					await writer.process(entry.path, (text) => {
						const r = updateContactNote(text, add, chosen);
						if (r.ok) return r.text;
						refusal = r.reason;
						return text;
					});
					if (refusal === null) summary.updated.push(entry.path);
					else summary.refused.push({ path: entry.path, reason: refusal });
				}
			} catch (e) {
				summary.refused.push({ path: entry.path, reason: e instanceof Error ? e.message : String(e) });
			}
		}
		deps.progress?.(work.length, work.length);
	});
	return summary;
}
