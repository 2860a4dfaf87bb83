/**
 * What the plugin reads from notes, and how it judges them. Every field has a default (conventions.md);
 * the plugin's settings tab edits them and stores them in `.obsidian/plugins/active-network/data.json`,
 * which the CLI reads too.
 */

export interface Settings {
	/** Frontmatter keys whose value (or list element) marks a person. */
	personKeys: string[];
	/** Values of those keys that mark a person (plain or as links). */
	personValues: string[];
	/** Tags that mark a person (nested tags count: `#people/family`). */
	personTags: string[];
	/** Folders whose notes are all people. */
	peopleFolders: string[];
	/** Folders never read (besides the templates folder, which is never a person). */
	excludedFolders: string[];
	/** Cadence for people with none of their own and no circle default, in days. */
	defaultCadenceDays: number;
	/** Default cadence per circle, in any cadence form (`14d`, `monthly`...). */
	circleCadences: Record<string, string>;
	/** Daily note name format (moment.js tokens, like Obsidian's Daily notes plugin). Empty: read from it. */
	dailyNoteFormat: string;
	/** Folder of daily notes. Empty with `dailyNoteFormat` empty: read from the Daily notes plugin. */
	dailyNoteFolder: string;
	/** Promises due within this many days are shown as coming up. */
	promiseHorizonDays: number;
	/** Birthdays within this many days are shown. */
	birthdayHorizonDays: number;
	/** Heading under which "Log touchpoint" appends a dated line. */
	logHeading: string;
	/** Folder for "New person". */
	newPersonFolder: string;
	/** Vault path of a note whose text new people start from (New person, vCard import). Empty: a clean note. */
	personTemplate: string;
	/** Give and take: flag a one-sided relationship after this many in one direction in a row. */
	oneSidedThreshold: number;
	/** Where "Export reminders as calendar" writes the `.ics` file, vault-relative. */
	calendarPath: string;
	/** Keep that file current as notes change. */
	calendarAutoUpdate: boolean;
	/** An alarm on each calendar event: "none", or a time of day "HH:MM" on the event's day. */
	calendarAlarm: string;
	/** "Insert today's touchpoints" writes a plain list (a snapshot) instead of a live block. */
	insertSnapshot: boolean;
}

export const DEFAULT_CIRCLE_CADENCES: Record<string, string> = {
	family: "14d",
	friends: "30d",
	clients: "30d",
	colleagues: "60d",
	peers: "90d",
	neighbors: "90d",
	classmates: "180d",
};

export const DEFAULT_SETTINGS: Settings = {
	personKeys: ["type", "category", "categories"],
	personValues: ["person", "people", "contact"],
	personTags: ["person", "people", "contact"],
	peopleFolders: [],
	excludedFolders: [],
	defaultCadenceDays: 90,
	circleCadences: { ...DEFAULT_CIRCLE_CADENCES },
	dailyNoteFormat: "",
	dailyNoteFolder: "",
	promiseHorizonDays: 3,
	birthdayHorizonDays: 7,
	logHeading: "Log",
	newPersonFolder: "People",
	personTemplate: "",
	oneSidedThreshold: 3,
	calendarPath: "Active Network/reminders.ics",
	calendarAutoUpdate: false,
	calendarAlarm: "none",
	insertSnapshot: false,
};

/** The vault around the notes: what Obsidian's own settings say (templates folder, daily notes). */
export interface VaultContext {
	/** Folders whose notes are templates (core Templates plugin, Templater). */
	templateFolders: string[];
	/** The Daily notes plugin's format, used when the settings leave it empty. */
	dailyNoteFormat?: string;
	dailyNoteFolder?: string;
	/** The core Templates plugin's `{{date}}` and `{{time}}` formats (moment.js tokens). */
	templateDateFormat?: string;
	templateTimeFormat?: string;
}

function stringList(v: unknown, fallback: string[]): string[] {
	if (!Array.isArray(v)) return fallback;
	return v.filter((x): x is string => typeof x === "string").map((x) => x.trim()).filter((x) => x !== "");
}

function num(v: unknown, fallback: number, min = 0): number {
	return typeof v === "number" && Number.isFinite(v) && v >= min ? v : fallback;
}

/** Minutes after midnight of a time of day "HH:MM" (00:00 to 23:59), else null. Read without a pattern. */
export function timeOfDayMinutes(s: string): number | null {
	if (s.length !== 5 || s[2] !== ":") return null;
	const digits = [0, 1, 3, 4].map((i) => s.charCodeAt(i) - 48);
	if (digits.some((d) => d < 0 || d > 9)) return null;
	const [h1, h2, m1, m2] = digits as [number, number, number, number];
	const hours = h1 * 10 + h2, minutes = m1 * 10 + m2;
	return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

function alarm(v: unknown): string {
	if (typeof v !== "string") return "none";
	const t = v.trim();
	return timeOfDayMinutes(t) === null ? "none" : t;
}

function str(v: unknown, fallback: string): string {
	return typeof v === "string" ? v : fallback;
}

/**
 * Settings from stored data (a user's data.json may be old, partial or hand-edited): every field is
 * checked and falls back to its default, so bad data never breaks the plugin.
 */
export function resolveSettings(data: unknown): Settings {
	const d = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
	const circles: Record<string, string> = { ...DEFAULT_CIRCLE_CADENCES };
	if (d.circleCadences && typeof d.circleCadences === "object" && !Array.isArray(d.circleCadences)) {
		for (const [k, v] of Object.entries(d.circleCadences as Record<string, unknown>)) {
			if (typeof v === "string" || typeof v === "number") circles[k.trim().toLowerCase()] = String(v);
			if (v === null) delete circles[k.trim().toLowerCase()];
		}
	}
	const D = DEFAULT_SETTINGS;
	return {
		personKeys: stringList(d.personKeys, D.personKeys),
		personValues: stringList(d.personValues, D.personValues),
		personTags: stringList(d.personTags, D.personTags).map((t) => t.replace(/^#/, "")),
		peopleFolders: stringList(d.peopleFolders, D.peopleFolders),
		excludedFolders: stringList(d.excludedFolders, D.excludedFolders),
		defaultCadenceDays: num(d.defaultCadenceDays, D.defaultCadenceDays, 1),
		circleCadences: circles,
		dailyNoteFormat: str(d.dailyNoteFormat, D.dailyNoteFormat),
		dailyNoteFolder: str(d.dailyNoteFolder, D.dailyNoteFolder),
		promiseHorizonDays: num(d.promiseHorizonDays, D.promiseHorizonDays),
		birthdayHorizonDays: num(d.birthdayHorizonDays, D.birthdayHorizonDays),
		logHeading: str(d.logHeading, D.logHeading).trim() || D.logHeading,
		newPersonFolder: str(d.newPersonFolder, D.newPersonFolder),
		personTemplate: str(d.personTemplate, D.personTemplate).trim(),
		oneSidedThreshold: num(d.oneSidedThreshold, D.oneSidedThreshold, 1),
		calendarPath: str(d.calendarPath, D.calendarPath).trim() || D.calendarPath,
		calendarAutoUpdate: typeof d.calendarAutoUpdate === "boolean" ? d.calendarAutoUpdate : D.calendarAutoUpdate,
		calendarAlarm: alarm(d.calendarAlarm),
		insertSnapshot: typeof d.insertSnapshot === "boolean" ? d.insertSnapshot : D.insertSnapshot,
	};
}
