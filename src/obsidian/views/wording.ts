/** How rows say who, why and how long. Plain strings: the views put them into the DOM as text. */
import { days, daysBetween, describeCadence, type IsoDate, type Network, type OpenPromise, type PersonState, taskText } from "../../core";

// The text cleaning lives in the core, shared with the terminal command.
export { days, taskText, touchpointLine } from "../../core";

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
	const every = describeCadence(s.cadence);
	return `${every.charAt(0).toUpperCase()}${every.slice(1)}${from}`;
}

export function coldWhen(s: PersonState, today: IsoDate): string {
	if (!s.lastContact) return "Never contacted";
	const ago = daysBetween(s.lastContact, today);
	const since = `Last contact ${days(ago)} ago`;
	return s.status === "cold" ? `${since}, ${days(s.daysOverdue)} overdue` : since;
}

/** What a view shows before the first build is done: how far it is, when known. */
export function indexingText(progress: { done: number; total: number } | null): string {
	if (!progress || progress.total === 0) return "Indexing your vault...";
	return `Indexing ${progress.done.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} notes…`;
}
