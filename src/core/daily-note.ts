/**
 * Where today's daily note is: the folder and moment.js format of the plugin's settings, else of the
 * Daily notes plugin (VaultContext), as the index reads dated notes. Used by "Insert today's touchpoints".
 */
import { DateTime } from "luxon";
import type { IsoDate } from "./dates";
import { normalizeFolder } from "./folders";
import { formatMoment } from "./moment-format";
import type { Settings, VaultContext } from "./settings";

/** The note's name for `day` in a moment.js format (`YYYY-MM-DD`, `dddd, MMMM Do YYYY`...). */
export function formatDailyName(day: IsoDate, momentFormat: string): string {
	const fmt = momentFormat.trim() || "YYYY-MM-DD";
	if (fmt === "YYYY-MM-DD") return day;
	const dt = DateTime.fromISO(day, { zone: "utc", locale: "en" });
	return formatMoment(dt, fmt);
}

/** The vault path of the daily note for `day`. A format with slashes (`YYYY/MM/YYYY-MM-DD`) makes folders. */
export function dailyNotePath(day: IsoDate, settings: Pick<Settings, "dailyNoteFormat" | "dailyNoteFolder">, context: VaultContext): string {
	const format = settings.dailyNoteFormat.trim() || context.dailyNoteFormat?.trim() || "YYYY-MM-DD";
	const folder = normalizeFolder(settings.dailyNoteFolder.trim() || context.dailyNoteFolder || "");
	const name = formatDailyName(day, format);
	return folder === "" ? `${name}.md` : `${folder}/${name}.md`;
}
