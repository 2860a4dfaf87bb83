/**
 * New person notes from the user's template (the "Person template" setting): the core Templates
 * plugin's `{{title}}`, `{{date}}`, `{{time}}` and `{{date:FORMAT}}` / `{{time:FORMAT}}` (moment.js
 * tokens) are filled, then the contact's keys are set in the frontmatter one by one through the
 * byte-keeping edit, so every other byte of the template stays as written. Templater's `<% %>` is left
 * as it is. Pure: the moment ("now") is passed in, never read from a clock.
 */
import { DateTime } from "luxon";
import { type FrontmatterEdit, setFrontmatterKey } from "../frontmatter-edit";
import { findFrontmatter, normalizeKey, parseFrontmatterYaml } from "../frontmatter";
import { formatMoment } from "../moment-format";
import type { KeyValue } from "./diff";
import { newNoteText, type TemplateEntry } from "./note-text";
import type { PlanInput } from "./plan";

export type { TemplateEntry };

export interface TemplateMoment {
	/** Local wall-clock time, `YYYY-MM-DDTHH:mm` (seconds optional). */
	now: string;
	/** The Templates plugin's formats (templates.json); empty: `YYYY-MM-DD` and `HH:mm` as the plugin does. */
	dateFormat?: string;
	timeFormat?: string;
}

/** The template with its `{{title}}`, `{{date}}`, `{{time}}` (and `:FORMAT`) filled; anything else untouched. */
export function fillTemplate(template: string, title: string, at: TemplateMoment): string {
	const dt = DateTime.fromISO(at.now, { zone: "utc", locale: "en" });
	if (!dt.isValid) throw new Error(`not a time: ${at.now}`);
	const dateFormat = at.dateFormat?.trim() || "YYYY-MM-DD";
	const timeFormat = at.timeFormat?.trim() || "HH:mm";
	// `[^}\n]*` cannot run past the closing braces: linear.
	return template.replace(/\{\{(title|date|time)(?::([^{}\n]*))?\}\}/gi, (whole, name: string, format: string | undefined) => {
		const which = name.toLowerCase();
		if (which === "title") return format === undefined ? title : whole;
		const fmt = format?.trim() || (which === "date" ? dateFormat : timeFormat);
		return formatMoment(dt, fmt);
	});
}

/**
 * The new note from a filled template: the person mark (unless the template already has that key) and
 * every key the card has, set in its frontmatter (a template without one gets one); the card's NOTE is
 * added after the template's text. Refused (with the reason) when the template's frontmatter cannot be
 * edited safely (broken YAML, a form too complex to edit by lines): the caller then writes a clean note.
 */
export function noteFromTemplate(filled: string, entry: TemplateEntry, mark: PlanInput["mark"]): FrontmatterEdit {
	const fm = findFrontmatter(filled);
	let have = new Set<string>();
	if (fm) {
		const data = parseFrontmatterYaml(fm);
		if (!data.ok) return { ok: false, reason: `${data.message}${data.line === null ? "" : ` (line ${data.line})`}` };
		have = new Set(Object.keys(data.data).map(normalizeKey));
	}
	const keys: [string, KeyValue][] = [];
	if (mark && !have.has(normalizeKey(mark.key))) keys.push([mark.key, mark.value]);
	for (const [k, v] of Object.entries(entry.add)) if (v !== undefined) keys.push([k, v]);
	let out = filled;
	for (const [k, v] of keys) {
		const r = setFrontmatterKey(out, k, v);
		if (!r.ok) return { ok: false, reason: `"${k}": ${r.reason}` };
		out = r.text;
	}
	const note = entry.contact.note?.trim();
	if (note) {
		const eol = out.includes("\r\n") ? "\r\n" : "\n";
		const body = note.split("\r\n").join("\n").split("\n").join(eol);
		out += `${out.endsWith("\n") || out === "" ? "" : eol}${eol}${body}${eol}`;
	}
	return { ok: true, text: out };
}

/** A person template, read, and the moment it is filled at. */
export interface PersonTemplate {
	path: string;
	text: string;
	at: TemplateMoment;
}

/**
 * The text of a new person note: from the template when there is one and it can be used, else the
 * clean note; `problem` says why the template was not used (once per import is the caller's job).
 */
export function personNoteText(template: PersonTemplate | null, title: string, entry: TemplateEntry, mark: PlanInput["mark"], clean: () => string = () => newNoteText(entry, mark)): { text: string; problem: string | null } {
	if (!template) return { text: clean(), problem: null };
	const r = noteFromTemplate(fillTemplate(template.text, title, template.at), entry, mark);
	if (r.ok) return { text: r.text, problem: null };
	return { text: clean(), problem: `The person template "${template.path}" was not used (${r.reason}): new notes were written without it.` };
}
