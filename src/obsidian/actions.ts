/**
 * What a user can do from a row, a suggester or a command: open a note, log a touchpoint, snooze,
 * mark a promise kept, add a person. Modals ask, writes.ts writes.
 */
import { type App, Keymap, normalizePath, Notice } from "obsidian";
import { loadPersonTemplate } from "./contacts/person-template";
import { buildPersonNote, coldReport, type IsoDate, nextTouchpoints, type Person, personFileName, type PromiseTask, personMark, personNoteText, type Settings } from "../core";
import type { NetworkFeed, NoteWriter, UndoLog, WorkspacePort } from "./ports";
import { LogTouchpointModal } from "./modals/log-touchpoint";
import { NewPersonModal } from "./modals/new-person";
import { ReviewModal } from "./modals/review";
import { PersonSuggestModal } from "./modals/person-suggest";
import { SnoozeModal } from "./modals/snooze";
import { writeKept, writeSnooze, writeTouchpoint } from "./writes";
import { writePause, writePauseMany, writeSnoozeMany } from "./writes-pause";

/**
 * The folder as the vault already spells it (`people` for a setting of `People`): on macOS, Windows and
 * mobile the two are one folder, and creating the other spelling would fail or make a second one.
 */
function existingFolder(writer: NoteWriter, folder: string): string {
	if (folder === "/" || writer.exists(folder)) return folder;
	const want = `${folder.toLowerCase()}/`;
	for (const p of writer.filePaths()) {
		if (p.toLowerCase().startsWith(want)) return p.slice(0, folder.length);
	}
	return folder;
}

/**
 * What the actions need from the plugin: a part of NetworkHost (host.ts), declared here so the two files
 * do not import each other.
 */
export interface ActionHost {
	readonly app: App;
	readonly settings: Settings;
	readonly feed: NetworkFeed;
	readonly writer: NoteWriter;
	readonly undo: UndoLog;
	readonly workspace: WorkspacePort;
	today(): IsoDate;
}

export class Actions {
	constructor(private readonly host: ActionHost) {}

	private get app() {
		return this.host.app;
	}

	private person(path: string): Person | undefined {
		return this.host.feed.network()?.people.get(path);
	}

	private nameOf(path: string): string {
		return this.person(path)?.name ?? path.replace(/^.*\//, "").replace(/\.md$/i, "");
	}

	/** Opens a note (at a line when given); Mod-click opens it in a new tab. */
	async openNote(path: string, line?: number | null, evt?: MouseEvent | KeyboardEvent): Promise<void> {
		const opened = await this.host.workspace.openFile(path, { line, newTab: evt ? Keymap.isModEvent(evt) : false });
		if (!opened) new Notice(`Active Network: "${path}" no longer exists.`);
	}

	/** Asks what happened, then appends the touchpoint to the person's note; `done` once written. */
	logTouchpoint(path: string, done?: (ok: boolean) => void): void {
		new LogTouchpointModal(this.app, this.nameOf(path), this.host.today(), (entry) => {
			void this.host.undo.group(`Logged a touchpoint with ${this.nameOf(path)}`, () => writeTouchpoint(this.host.writer, path, this.host.settings.logHeading, entry)).then((ok) => done?.(ok));
		}).open();
	}

	/** Asks until when, then writes `snooze_until`; `done` once written. */
	snooze(path: string, done?: (ok: boolean) => void): void {
		new SnoozeModal(this.app, this.nameOf(path), this.host.today(), this.person(path)?.snoozeUntil ?? null, (until) => {
			void this.host.undo.group(`Snoozed ${this.nameOf(path)} until ${until}`, () => writeSnooze(this.host.writer, path, until)).then((ok) => done?.(ok));
		}).open();
	}

	/** Pauses reminders for a person (`cadence: never`). */
	pause(path: string): Promise<boolean> {
		return writePause(this.host.writer, path);
	}

	/** Asks until when, then snoozes every one of `paths`: one undo step. Resolves with how many. */
	snoozeMany(paths: readonly string[], done?: (count: number) => void): void {
		const label = paths.length === 1 ? "1 person" : `${paths.length} people`;
		new SnoozeModal(this.app, label, this.host.today(), null, (until) => {
			void this.host.undo.group(`Snooze ${label}`, () => writeSnoozeMany(this.host.writer, paths, until)).then((n) => done?.(n));
		}).open();
	}

	/** The cold people, then the never contacted, one at a time (modals/review.ts). */
	reviewCold(): void {
		const network = this.host.feed.network();
		if (!network) {
			new Notice("Still indexing your vault. Try again in a moment.");
			return;
		}
		const today = this.host.today();
		const report = coldReport(network, this.host.settings, today);
		const next = new Map(nextTouchpoints(network, this.host.settings, today, network.people.size).map((n) => [n.path, n]));
		const people = [...report.cold, ...report.never].map((state) => ({ state, next: next.get(state.path) ?? null }));
		new ReviewModal(this.app, people, today, {
			log: (path, done) => this.logTouchpoint(path, done),
			snooze: (path, done) => this.snooze(path, done),
			pause: (path) => this.pause(path),
			open: (path, evt) => void this.openNote(path, null, evt),
		}).open();
	}

	/** Pauses every one of `paths`: one undo step. */
	pauseMany(paths: readonly string[]): Promise<number> {
		const label = paths.length === 1 ? "1 person" : `${paths.length} people`;
		return this.host.undo.group(`Pause ${label}`, () => writePauseMany(this.host.writer, paths));
	}

	/** Marks a promise kept, today. */
	markKept(promise: Pick<PromiseTask, "file" | "line" | "text">): Promise<boolean> {
		return this.host.undo.group(`Marked kept: ${promise.text}`, () => writeKept(this.host.writer, promise, this.host.today()));
	}

	/** Lets the user pick a person (anyone but `except`), then runs `then` with them. */
	choosePerson(placeholder: string, then: (person: Person) => void, except?: string): void {
		const people = [...(this.host.feed.network()?.people.values() ?? [])].filter((p) => p.path !== except);
		new PersonSuggestModal(this.app, people, placeholder, then).open();
	}

	/** Asks for a name, then creates the person's note in the configured folder and opens it. */
	newPerson(): void {
		const folder = normalizePath(this.host.settings.newPersonFolder.trim() || "/");
		new NewPersonModal(this.app, folder, (name, circle) => this.createPerson(name, circle)).open();
	}

	/** Creates a person note; returns what went wrong, or null when it was created. */
	async createPerson(name: string, circle: string): Promise<string | null> {
		const fileName = personFileName(name);
		if (!fileName) return "Write a name (characters like / : # [ ] are left out of file names).";
		const { writer, workspace } = this.host;
		const folder = existingFolder(writer, normalizePath(this.host.settings.newPersonFolder.trim() || "/"));
		const path = normalizePath(folder === "/" ? `${fileName}.md` : `${folder}/${fileName}.md`);
		const taken = writer.exists(path) ? path : writer.filePaths().find((p) => p.toLowerCase() === path.toLowerCase());
		if (taken !== undefined) return `"${taken}" already exists.`;
		try {
			// Through the writer like every other write; it makes the folder when it is missing.
			const { template, problem } = await loadPersonTemplate(writer, this.host.settings, this.host.feed.context, this.host.today());
			const clean = () => buildPersonNote({ circle: circle.trim(), logHeading: this.host.settings.logHeading });
			const mark = personMark(this.host.settings);
			const note = personNoteText(template, fileName, { add: circle.trim() ? { circle: circle.trim() } : {}, contact: {} }, mark, clean);
			const text = note.text;
			if (problem ?? note.problem) new Notice(problem ?? note.problem ?? "", 0);
			await this.host.undo.group(`Created ${fileName}`, () => writer.create(path, text));
			await workspace.openFile(path);
			return null;
		} catch (e) {
			console.error("Active Network: creating the person failed", e);
			return `Could not create "${path}": ${e instanceof Error ? e.message : String(e)}`;
		}
	}
}
