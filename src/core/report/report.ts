/**
 * What a command answers: one JSON value, and the same answer as text for a person. Pure functions of
 * the network, so the terminal command and a command handler inside Obsidian print the very same thing.
 */
import type { IsoDate } from "../dates";
import type { Network, PeopleNetwork } from "../network";
import type { Settings } from "../settings";
import type { Style } from "./style";

/** `N`: what the report reads of the network (`PeopleNetwork` for the people and cold lists). */
export interface ReportInput<N extends PeopleNetwork = Network> {
	network: N;
	settings: Settings;
	today: IsoDate;
	/** At most this many items in a list (null: the command's own default, often all). */
	limit: number | null;
	style: Style;
	/** The terminal's width in cells; none when not printing to a terminal (then nothing is cut). */
	width?: number;
}

export interface Report {
	json: unknown;
	text: () => string;
	/** 1 when the answer is "problems found" (check); 0 otherwise. */
	exitCode?: 0 | 1;
}

/** A list cut to the limit, and how many were left out. */
export function cut<T>(list: readonly T[], limit: number | null): { shown: T[]; more: number } {
	const shown = limit === null ? list.slice() : list.slice(0, limit);
	return { shown, more: list.length - shown.length };
}

/** The line under a cut list. */
export function moreLine(more: number): string {
	return more > 0 ? `\n… and ${more} more (raise --limit to see them)` : "";
}

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

export function nameOf(network: Network, path: string): string {
	return network.people.get(path)?.name ?? path;
}

export function names(network: Network, paths: readonly string[]): string {
	return paths.map((p) => nameOf(network, p)).join(", ");
}
