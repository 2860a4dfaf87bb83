/**
 * Calendar events as iCalendar text (RFC 5545), written by ical.js: it escapes text values (commas,
 * semicolons, backslashes, line breaks), folds lines and ends them with CRLF. Pure JavaScript with no
 * Node built-ins, so it also runs in the mobile plugin.
 */
import ICAL from "ical.js";
import type { CalendarEvent } from "./calendar-events";
import { addDays, type IsoDate } from "./dates";
import { timeOfDayMinutes } from "./settings";

export const PRODID = "-//Active Network//Obsidian relationship reminders//EN";

export interface IcsOptions {
	/** The calendar's name, as calendar apps show it (X-WR-CALNAME). */
	name: string;
	/**
	 * The day it is written for: DTSTAMP is its midnight UTC, so the same notes on the same day give the
	 * same text (a file kept current is rewritten only when its content changes, not on every run).
	 */
	today: IsoDate;
	/** "none", or a time of day "HH:MM": an alarm on each event's day at that time. */
	alarm: string;
}

function text(component: ICAL.Component, name: string, value: string): void {
	const prop = new ICAL.Property(name);
	// Extension properties (X-WR-CALNAME) are not known to ical.js: say they are text so they are escaped.
	prop.resetType("text");
	prop.setValue(value);
	component.addProperty(prop);
}

function date(iso: string): ICAL.Time {
	return ICAL.Time.fromDateString(iso);
}

function vevent(e: CalendarEvent, stamp: ICAL.Time, alarmMinutes: number | null): ICAL.Component {
	const v = new ICAL.Component("vevent");
	v.addPropertyWithValue("uid", e.uid);
	v.addPropertyWithValue("dtstamp", stamp);
	v.addPropertyWithValue("dtstart", date(e.date));
	// Some calendar apps read an all-day event without DTEND as lasting no time at all.
	v.addPropertyWithValue("dtend", date(addDays(e.date, 1)));
	if (e.yearly) {
		// 29 February: BYMONTHDAY=-1 is the last day of February, the 29th in leap years, the 28th in others.
		const rule = e.lastDayOfFebruary ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY";
		v.addPropertyWithValue("rrule", ICAL.Recur.fromString(rule));
	}
	text(v, "summary", e.summary);
	if (e.description.length > 0) text(v, "description", e.description.join("\n"));
	v.addPropertyWithValue("url", e.url);
	text(v, "categories", e.kind);
	v.addPropertyWithValue("transp", "TRANSPARENT");
	if (alarmMinutes !== null) {
		const a = new ICAL.Component("valarm");
		a.addPropertyWithValue("action", "DISPLAY");
		text(a, "description", e.summary);
		// Relative to the all-day start (midnight of the event's day, local time).
		a.addPropertyWithValue("trigger", ICAL.Duration.fromSeconds(alarmMinutes * 60));
		v.addSubcomponent(a);
	}
	return v;
}

/** The events as one VCALENDAR, every line ending in CRLF. */
export function toIcs(events: readonly CalendarEvent[], options: IcsOptions): string {
	const cal = new ICAL.Component("vcalendar");
	cal.addPropertyWithValue("version", "2.0");
	cal.addPropertyWithValue("prodid", PRODID);
	cal.addPropertyWithValue("calscale", "GREGORIAN");
	cal.addPropertyWithValue("method", "PUBLISH");
	text(cal, "x-wr-calname", options.name);
	text(cal, "x-wr-caldesc", "Birthdays, promises and check-ins from Active Network");
	// How often a subscribing calendar should look again (RFC 7986, and Apple's older property).
	const refresh = new ICAL.Property("refresh-interval");
	refresh.resetType("duration");
	refresh.setValue(ICAL.Duration.fromString("PT12H"));
	cal.addProperty(refresh);
	text(cal, "x-published-ttl", "PT12H");
	const stamp = ICAL.Time.fromDateTimeString(`${options.today}T00:00:00Z`);
	const alarm = options.alarm === "none" ? null : timeOfDayMinutes(options.alarm);
	for (const e of events) cal.addSubcomponent(vevent(e, stamp, alarm));
	// ical.js folds after 75 octets of text and then adds the leading space: 74 keeps every line,
	// continuation lines included, within the 75 octets RFC 5545 allows. Set back at once: it is global.
	const fold = ICAL.foldLength;
	ICAL.foldLength = 74;
	try {
		return `${cal.toString()}\r\n`;
	} finally {
		ICAL.foldLength = fold;
	}
}
