/**
 * `active-network calendar [VAULT]`: the reminders as iCalendar text (conventions.md, section 8), on
 * stdout or, with `--out FILE`, in a file that is never overwritten without `--force`; `--json` prints
 * the events. The events come from the core (calendar-events.ts); this file only reads and writes.
 */
import { existsSync, writeFileSync } from "node:fs";
import { basename, resolve as resolvePath } from "node:path";
import { calendarEvents, type IsoDate, type Network, type Settings, toIcs } from "../core";

export interface CalendarArgs {
	/** The vault folder (absolute). */
	vault: string;
	json: boolean;
	/** A file to write the iCalendar text to, relative to `cwd`. */
	out: string | null;
	force: boolean;
}

export interface CalendarIo {
	out: (s: string) => void;
	err: (s: string) => void;
	cwd: string;
}

/** Runs the command; returns the exit status (0 written, 2 a file that exists or cannot be written). */
export function calendarCommand(network: Network, settings: Settings, today: IsoDate, args: CalendarArgs, io: CalendarIo): number {
	const vaultName = basename(args.vault);
	const { events, problems } = calendarEvents(network, settings, today, vaultName);
	// Problems go to stderr: stdout holds only the calendar (or the JSON), so it can be piped to a file.
	for (const p of problems) io.err(`active-network: ${p.path}${p.line === null ? "" : `:${p.line}`}: ${p.message}\n`);
	// Impossible dates and the like are reported by `check` where they are written; they make no event.
	if (network.problems.length > 0) {
		io.err(`active-network: ${network.problems.length} problem${network.problems.length === 1 ? "" : "s"} in notes (what they concern is not in the calendar); see active-network check\n`);
	}
	const ics = () => toIcs(events, { name: `Active Network: ${vaultName}`, today, alarm: settings.calendarAlarm });
	if (args.out !== null) {
		const file = resolvePath(io.cwd, args.out);
		if (existsSync(file) && !args.force) {
			io.err(`active-network: ${args.out} exists; add --force to overwrite it\n`);
			return 2;
		}
		try {
			writeFileSync(file, ics());
		} catch (e) {
			io.err(`active-network: cannot write ${args.out}: ${(e as Error).message}\n`);
			return 2;
		}
	}
	if (args.json) {
		const value = events.map((e) => ({
			uid: e.uid, kind: e.kind, date: e.date, next: e.next, summary: e.summary, people: e.people, yearly: e.yearly, url: e.url, description: e.description,
		}));
		io.out(`${JSON.stringify(value, null, 2)}\n`);
	} else if (args.out !== null) {
		io.out(`Wrote ${events.length} event${events.length === 1 ? "" : "s"} to ${args.out}.\n`);
	} else io.out(ics());
	return 0;
}
