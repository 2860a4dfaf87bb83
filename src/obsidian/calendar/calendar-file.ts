/**
 * "Export reminders as calendar": the `.ics` at `settings.calendarPath`, written through the writer only
 * when its text differs from what the file holds (DTSTAMP is the day's midnight, so unchanged notes give
 * unchanged bytes and sync tools see no change). With `calendarAutoUpdate` on, a change of the notes
 * schedules a write a few seconds later; a burst of changes gives one write.
 */
import { calendarEvents, type Problem, toIcs } from "../../core";
import type { NetworkHost } from "../host";

/** How long after the last change the calendar is rewritten. */
export const AUTO_UPDATE_DELAY_MS = 5000;

export type CalendarResult =
	| { kind: "written" | "unchanged"; path: string; events: number; problems: Problem[] }
	| { kind: "not-ready" }
	| { kind: "failed"; path: string; message: string };

export interface Timers {
	set(fn: () => void, ms: number): number;
	clear(id: number): void;
}

const windowTimers: Timers = { set: (fn, ms) => window.setTimeout(fn, ms), clear: (id) => window.clearTimeout(id) };

export class CalendarFile {
	private timer: number | null = null;

	constructor(
		private readonly host: NetworkHost,
		/** The vault's name as Obsidian knows it (for the `obsidian://` links in the events). */
		private readonly vaultName: () => string,
		private readonly timers: Timers = windowTimers,
	) {}

	/** The calendar's text for today's notes, or null before the first build. */
	text(): { text: string; events: number; problems: Problem[] } | null {
		const network = this.host.feed.network();
		if (!network) return null;
		const { settings } = this.host;
		const today = this.host.today();
		const name = this.vaultName();
		const { events, problems } = calendarEvents(network, settings, today, name);
		return { text: toIcs(events, { name: `Active Network: ${name}`, today, alarm: settings.calendarAlarm }), events: events.length, problems };
	}

	/** Writes the file when its text changed. */
	async write(): Promise<CalendarResult> {
		const made = this.text();
		if (!made) return { kind: "not-ready" };
		const path = this.host.settings.calendarPath;
		const { writer } = this.host;
		try {
			if (writer.exists(path)) {
				const now = new TextDecoder().decode(await writer.readBinary(path));
				if (now === made.text) return { kind: "unchanged", path, events: made.events, problems: made.problems };
				await writer.process(path, () => made.text);
			} else await writer.create(path, made.text);
			return { kind: "written", path, events: made.events, problems: made.problems };
		} catch (e) {
			return { kind: "failed", path, message: e instanceof Error ? e.message : String(e) };
		}
	}

	/** A note changed: with auto-update on, (re)starts the wait before the next write. */
	noteChanged(): void {
		if (!this.host.settings.calendarAutoUpdate) return;
		this.cancel();
		this.timer = this.timers.set(() => {
			this.timer = null;
			void this.write().then((r) => {
				if (r.kind === "failed") console.error(`Active Network: the calendar "${r.path}" could not be written: ${r.message}`);
			});
		}, AUTO_UPDATE_DELAY_MS);
	}

	cancel(): void {
		if (this.timer !== null) this.timers.clear(this.timer);
		this.timer = null;
	}
}

/** The notice after the command. */
export function calendarNotice(r: CalendarResult): string {
	if (r.kind === "not-ready") return "Still indexing your vault. Try again in a moment.";
	if (r.kind === "failed") return `Could not write the calendar "${r.path}": ${r.message}`;
	const events = `${r.events} event${r.events === 1 ? "" : "s"}`;
	const left = r.problems.length > 0 ? ` ${r.problems.length} left out: ${r.problems.map((p) => p.message).join("; ")}` : "";
	return `${r.kind === "written" ? `Wrote ${events} to` : `No change: ${events} already in`} ${r.path}.${left}`;
}
