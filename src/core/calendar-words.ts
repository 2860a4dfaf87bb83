/**
 * The words, identifiers and links of calendar events (calendar-events.ts): plain sentences as in the
 * plugin's views, UIDs derived from what an event stands for, and `obsidian://` links.
 */
import type { Span } from "./dates";
import type { OpenPromise } from "./promises";
import { taskTextWithoutTags } from "./task-text";

export function days(n: number): string {
	return `${n} day${n === 1 ? "" : "s"}`;
}

/** A cadence in the units it was written in: `every 10 days`, `every week`, `every 3 months`. */
export function everyText(span: Span): string {
	const parts: [number | undefined, string][] = [[span.years, "year"], [span.months, "month"], [span.weeks, "week"], [span.days, "day"]];
	const used = parts.filter((p): p is [number, string] => typeof p[0] === "number" && p[0] > 0);
	const only = used[0];
	if (used.length === 1 && only && only[0] === 1) return `every ${only[1]}`;
	return `every ${used.map(([n, unit]) => `${n} ${unit}${n === 1 ? "" : "s"}`).join(" ")}`;
}

/** `Maya Lopez`, `Maya Lopez and Tomas Novak`, `A, B and C`. */
export function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? "";
	return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

/** A promise as its event's title says it: who promised whom what. */
export function promiseSummary(p: Pick<OpenPromise, "direction" | "text">, names: readonly string[]): string {
	const what = taskTextWithoutTags(p.text);
	return p.direction === "mine" ? `You promised ${joinNames(names)}: ${what}` : `${joinNames(names)} promised you: ${what}`;
}

/** A promise as a line of what to bring up. */
export function promiseLine(p: Pick<OpenPromise, "direction" | "text" | "due">): string {
	const due = p.due === null ? "" : ` (due ${p.due})`;
	return `${p.direction === "mine" ? "You promised" : "They promised"}: ${taskTextWithoutTags(p.text)}${due}`;
}

/**
 * FNV-1a, 64 bits, over the UTF-16 code units: a stable, short fingerprint of what an event stands for
 * (the same on every platform and run; not a secret, so no cryptographic hash is needed).
 */
export function fingerprint(s: string): string {
	let h = 0xcbf29ce484222325n;
	for (let i = 0; i < s.length; i++) {
		h ^= BigInt(s.charCodeAt(i));
		h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	return h.toString(16).padStart(16, "0");
}

/** An event's UID: its kind and the fingerprint of the parts that say what it stands for. */
export function eventUid(kind: string, ...parts: (string | number)[]): string {
	return `${kind}-${fingerprint([kind, ...parts].join("\u0000"))}@active-network`;
}

/** The link that opens a note in Obsidian (the vault by name, the note by path without `.md`). */
export function obsidianUrl(vaultName: string, path: string): string {
	const file = path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
	return `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(file)}`;
}
