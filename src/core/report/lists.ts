/** `people`, `cold`, `promises` and `balance`: the lists, as JSON and as tables. */
import { describeCadence } from "../cadence";
import { coldReport, type PersonState, peopleStates } from "../cold";
import { daysBetween } from "../dates";
import type { PeopleNetwork } from "../network";
import { describeRhythm, rhythmDays } from "../rhythm";
import { type OpenPromise, openPromises } from "../promises";
import { balances } from "../reciprocity";
import { days } from "../dates";
import { taskText } from "../task-text";
import { cut, moreLine, names, plural, type Report, type ReportInput } from "./report";
import { type Cell, table } from "./table";

const STATUS_WORDS: Record<PersonState["status"], string> = { ok: "ok", cold: "cold", never: "never contacted", snoozed: "snoozed", paused: "paused" };

export function peopleReport(q: ReportInput<PeopleNetwork>): Report {
	const { network, settings, today } = q;
	const states = peopleStates(network, settings, today);
	const { shown, more } = cut(states, q.limit);
	const rhythm = (path: string) => rhythmDays(network, path, today);
	const json = shown.map((s) => {
		const p = network.people.get(s.path);
		return {
			path: s.path, name: s.name, circles: s.circles, cadenceDays: s.cadenceDays, lastContact: s.lastContact, due: s.due, status: s.status,
			rhythmDays: rhythm(s.path), aliases: p?.aliases ?? [], needs: p?.needs ?? [], offers: p?.offers ?? [],
		};
	});
	const rhythmWords = (path: string) => {
		const r = rhythm(path);
		return r === null ? "-" : describeRhythm(r);
	};
	const text = () =>
		states.length === 0
			? "No people yet: add `type: person` to a note's frontmatter."
			: table([{ title: "Name" }, { title: "Status" }, { title: "Last contact" }, { title: "Due" }, { title: "Cadence" }, { title: "Rhythm" }, { title: "Circles", flex: true }],
				shown.map((s): Cell[] => [s.name, s.status === "cold" ? { text: "cold", warn: true } : STATUS_WORDS[s.status], s.lastContact ?? "-", s.due ?? "-", describeCadence(s.cadence), rhythmWords(s.path), s.circles.join(", ")]),
				q) + moreLine(more);
	return { json, text };
}

/** Days overdue relative to the cadence: what the cold list is ranked by. */
export function coldRatio(s: PersonState): number {
	return s.daysOverdue / (s.cadenceDays || 1);
}

export function coldReportOf(q: ReportInput<PeopleNetwork>): Report {
	const { network, settings, today } = q;
	const r = coldReport(network, settings, today);
	const cold = cut(r.cold, q.limit);
	const never = cut(r.never, q.limit);
	const json = {
		cold: cold.shown.map((s) => ({ path: s.path, name: s.name, lastContact: s.lastContact, due: s.due, daysOverdue: s.daysOverdue, cadenceDays: s.cadenceDays, ratio: Math.round(coldRatio(s) * 100) / 100 })),
		never: never.shown.map((s) => ({ path: s.path, name: s.name })),
	};
	const text = () => {
		const parts: string[] = [];
		if (r.cold.length === 0) parts.push("Nobody is cold.");
		else {
			parts.push("Most overdue first, relative to each person's cadence (days overdue ÷ days in the cadence):\n");
			parts.push(table(
				[{ title: "Name" }, { title: "Overdue ÷ cadence" }, { title: "Overdue" }, { title: "Cadence" }, { title: "Last contact" }, { title: "Due" }],
				cold.shown.map((s) => [s.name, coldRatio(s).toFixed(2), { text: days(s.daysOverdue), warn: true }, describeCadence(s.cadence), `${s.lastContact ?? "-"} (${days(daysBetween(s.lastContact ?? today, today))} ago)`, s.due ?? "-"]),
				q,
			) + moreLine(cold.more));
		}
		if (r.never.length > 0) parts.push(`\nNever contacted (${r.never.length}): ${never.shown.map((s) => s.name).join(", ")}${never.more > 0 ? ` and ${never.more} more` : ""}`);
		return parts.join("\n");
	};
	return { json, text };
}

/** When a promise is due, in words. */
export function promiseDue(p: OpenPromise): string {
	if (p.daysLeft === null) return "no due date";
	if (p.overdue) return `${days(-p.daysLeft)} overdue (${p.due})`;
	if (p.daysLeft === 0) return `today (${p.due})`;
	return `in ${days(p.daysLeft)} (${p.due})`;
}

export function promisesReport(q: ReportInput): Report {
	const { network, today } = q;
	const list = openPromises(network, today);
	const { shown, more } = cut(list, q.limit);
	const json = shown.map((p) => ({ file: p.file, line: p.line, text: p.text, people: p.people, due: p.due, direction: p.direction, overdue: p.overdue, status: p.status }));
	const text = () =>
		list.length === 0 ? "No open promises." :
			table([{ title: "Due" }, { title: "Who promised" }, { title: "With" }, { title: "Promise", flex: true }, { title: "Where" }],
				shown.map((p): Cell[] => [p.overdue ? { text: promiseDue(p), warn: true } : promiseDue(p), p.direction === "mine" ? "you" : "they", names(network, p.people), taskText(p.text), `${p.file}:${p.line}`]),
				q) + moreLine(more) + `\n\n${plural(list.length, "open promise")}, ${list.filter((p) => p.overdue).length} overdue.`;
	return { json, text };
}

export function balanceReport(q: ReportInput): Report {
	const list = balances(q.network, q.settings);
	const { shown, more } = cut(list, q.limit);
	const json = shown.map((l) => ({ path: l.path, name: l.name, gave: l.gave, got: l.got, lastGave: l.lastGave, lastGot: l.lastGot, oneSided: l.oneSided, note: l.note }));
	const text = () =>
		list.length === 0 ? "No give and take yet: tag touchpoints #gave (you helped) or #got (they helped)." :
			table([{ title: "Name" }, { title: "You gave" }, { title: "You got" }, { title: "Last gave" }, { title: "Last got" }, { title: "Note", flex: true }],
				shown.map((l): Cell[] => [l.name, String(l.gave), String(l.got), l.lastGave ?? "-", l.lastGot ?? "-", l.note ? { text: l.note, warn: true } : ""]),
				q) + moreLine(more);
	return { json, text };
}
