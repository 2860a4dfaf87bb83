/** How rows say who, why and how long. Plain strings: the views put them into the DOM as text. */
import { daysBetween, type IsoDate, type Network, type OpenPromise, type PersonState, taskText } from "../../core";

export function days(n: number): string {
	return `${n} day${n === 1 ? "" : "s"}`;
}

/** The cleaning lives in the core (the calendar shows the same words); kept here for the views. */
export { taskText };

/**
 * A reason or a thing to bring up in Next touchpoints, as shown: the task's bookkeeping (due dates,
 * `#waiting`, Dataview fields) and link brackets out, as in the views' rows, and a capital first letter.
 */
export function touchpointLine(line: string): string {
	const text = taskText(line);
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Names of the people a promise is with. */
export function peopleNames(network: Network, paths: readonly string[]): string {
	return paths.map((p) => network.people.get(p)?.name ?? p).join(", ");
}

export function promiseWhy(p: OpenPromise): string {
	return `${p.direction === "mine" ? "You promised" : "They promised"}: ${taskText(p.text)}`;
}

export function promiseWhen(p: OpenPromise): string {
	if (p.daysLeft === null) return "No due date";
	if (p.overdue) return `${days(-p.daysLeft)} overdue (due ${p.due})`;
	if (p.daysLeft === 0) return "Due today";
	if (p.daysLeft === 1) return "Due tomorrow";
	return `Due in ${days(p.daysLeft)} (${p.due})`;
}

export function birthdayWhen(daysUntil: number, date: IsoDate): string {
	if (daysUntil === 0) return "Today";
	if (daysUntil === 1) return `Tomorrow (${date})`;
	return `In ${days(daysUntil)} (${date})`;
}

export function cadenceWhy(s: PersonState): string {
	if (s.cadenceDays === null) return "Paused";
	const from = s.cadenceSource === "circle" ? ` (${s.circles.join(", ")})` : s.cadenceSource === "default" ? " (default)" : "";
	return `Every ${days(s.cadenceDays)}${from}`;
}

export function coldWhen(s: PersonState, today: IsoDate): string {
	if (!s.lastContact) return "Never contacted";
	const ago = daysBetween(s.lastContact, today);
	const since = `Last contact ${days(ago)} ago`;
	return s.status === "cold" ? `${since}, ${days(s.daysOverdue)} overdue` : since;
}
