/** "Export reminders as calendar", and the calendar kept current as notes change (when the setting says so). */
import { Notice, type Plugin } from "obsidian";
import type { NetworkHost } from "../host";
import { CalendarFile, calendarNotice } from "./calendar-file";

export function registerCalendar(plugin: Plugin, host: NetworkHost, vaultName: () => string): CalendarFile {
	const calendar = new CalendarFile(host, vaultName);
	plugin.addCommand({
		id: "export-calendar",
		name: "Export reminders as calendar",
		callback: () => void calendar.write().then((r) => new Notice(calendarNotice(r))),
	});
	// The feed tells of every change the views could show (a note, a rebuild, a new day).
	plugin.register(host.feed.onChange(() => calendar.noteChanged()));
	plugin.register(() => calendar.cancel());
	return calendar;
}
