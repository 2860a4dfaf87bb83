// @vitest-environment happy-dom
/**
 * "Export reminders as calendar" and the calendar kept current: written once per change of its content
 * (the writes are counted with the fake vault), a burst of note changes giving one write after the pause.
 */
import { afterEach, describe, expect, it } from "vitest";
import { AUTO_UPDATE_DELAY_MS, CalendarFile, type Timers } from "../../src/obsidian/calendar/calendar-file";
import { Notice } from "../obsidian-stub";
import { type Loaded, loadPlugin, runCommand, unload, VAULT } from "./harness";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

const PATH = "Active Network/reminders.ics";

/** Timers the test runs by hand: what is pending, and with which delay. */
function manualTimers(): Timers & { pending: Map<number, { fn: () => void; ms: number }>; runAll: () => void } {
	const pending = new Map<number, { fn: () => void; ms: number }>();
	let next = 1;
	return {
		pending,
		set: (fn, ms) => {
			pending.set(next, { fn, ms });
			return next++;
		},
		clear: (id) => void pending.delete(id),
		runAll: () => {
			const all = [...pending.values()];
			pending.clear();
			for (const t of all) t.fn();
		},
	};
}

function writesTo(l: Loaded, path: string): number {
	return l.app.vault.writes.filter((w) => w.path === path).length + l.app.vault.created.filter((p) => p === path).length;
}

describe("export reminders as calendar", () => {
	it("writes the .ics at the settings' path once, and not again while nothing changed", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "export-calendar");
		expect(loaded.app.vault.created).toEqual([PATH]);
		const text = loaded.app.vault.text(PATH) as string;
		expect(text).toContain("BEGIN:VCALENDAR");
		expect(text).toContain("Maya Lopez");
		expect(Notice.stubAll.at(-1)?.stubText).toMatch(/^Wrote \d+ events to Active Network\/reminders\.ics\./);
		await runCommand(loaded, "export-calendar");
		expect(writesTo(loaded, PATH)).toBe(1);
		expect(Notice.stubAll.at(-1)?.stubText).toMatch(/^No change: /);
	});

	it("with auto-update on, a burst of note changes gives one write after the pause, and only when the text changed", async () => {
		loaded = await loadPlugin(VAULT, { data: { calendarAutoUpdate: true } });
		const { plugin, app } = loaded;
		const timers = manualTimers();
		const calendar = new CalendarFile(plugin, () => "Fixture", timers);
		const off = plugin.feed.onChange(() => calendar.noteChanged());
		const maya = app.vault.text("People/Maya Lopez.md") as string;
		for (const task of ["send the article", "send the photos", "send the book"]) {
			await app.vault.modify("People/Maya Lopez.md", `${maya}- [ ] ${task} 📅 2026-12-02\n`);
			await plugin.feed.settle();
		}
		expect([...timers.pending.values()].map((t) => t.ms)).toEqual([AUTO_UPDATE_DELAY_MS]);
		expect(writesTo(loaded, PATH)).toBe(0);
		timers.runAll();
		await plugin.feed.settle();
		await new Promise((r) => window.setTimeout(r, 0));
		expect(writesTo(loaded, PATH)).toBe(1);
		expect(app.vault.text(PATH)).toContain("send the book");
		// A change the calendar does not show (a log line) schedules a write that finds the same text.
		await app.vault.modify("People/Grace Kim.md", `${app.vault.text("People/Grace Kim.md") as string}Likes tea.\n`);
		await plugin.feed.settle();
		timers.runAll();
		await new Promise((r) => window.setTimeout(r, 0));
		expect(writesTo(loaded, PATH)).toBe(1);
		off();
	});

	it("with auto-update off, note changes schedule nothing", async () => {
		loaded = await loadPlugin();
		const timers = manualTimers();
		const calendar = new CalendarFile(loaded.plugin, () => "Fixture", timers);
		const off = loaded.plugin.feed.onChange(() => calendar.noteChanged());
		await loaded.app.vault.modify("People/Grace Kim.md", "---\ntype: person\nbirthday: 1990-12-01\n---\n");
		await loaded.plugin.feed.settle();
		expect(timers.pending.size).toBe(0);
		off();
	});
});
