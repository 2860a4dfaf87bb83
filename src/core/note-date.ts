/** The date a note stands for: a daily-note name, a name that starts with a date, or its `date:`. */
import { dailyNoteParser, type IsoDate } from "./dates";
import { basename } from "./links";
import type { NoteFacts } from "./note";
import type { Settings, VaultContext } from "./settings";

const ISO_PREFIX = /^(\d{4}-\d{2}-\d{2})(?!\d)/;

/**
 * The date a note stands for: its name starting with a date in the daily-note format (or with YYYY-MM-DD),
 * alone or followed by more words (`20.11.2026 Standup`), or its `date:`.
 */
export function noteDateFinder(settings: Settings, context: VaultContext): (path: string, facts: NoteFacts) => IsoDate | null {
	const format = settings.dailyNoteFormat.trim() || context.dailyNoteFormat?.trim() || "YYYY-MM-DD";
	const parseDaily = dailyNoteParser(format);
	const iso = dailyNoteParser("YYYY-MM-DD");
	// A date in the format has as many spaces as the format: the words after them are the note's title.
	const words = format.split(" ").length;
	const dailyPrefix = (name: string): IsoDate | null => {
		const exact = parseDaily(name);
		if (exact !== null) return exact;
		const parts = name.split(" ");
		return parts.length > words ? parseDaily(parts.slice(0, words).join(" ")) : null;
	};
	return (path, facts) => {
		const name = basename(path);
		// `test`, not `exec`: no match array per note (15 MB of a 50k build's garbage).
		const fromName = (ISO_PREFIX.test(name) ? iso(name.slice(0, 10)) : null) ?? (format === "YYYY-MM-DD" ? null : dailyPrefix(name));
		return fromName ?? facts.date;
	};
}
