/** Touchpoints and promises as the derivation records them (conventions.md, sections 3 and 4). */
import type { IsoDate } from "./dates";
import type { TaskStatus } from "./markdown";

export type TouchpointKind = "log" | "note" | "task" | "field";
export type HelpDirection = "gave" | "got" | null;

export interface Touchpoint {
	date: IsoDate;
	/** Where it was written. */
	path: string;
	/** 1-based line, or null for a whole note. */
	line: number | null;
	kind: TouchpointKind;
	/** The log line or task text, or the note's name. */
	text: string;
	/** `#gave`: you helped them; `#got`: they helped you (kept promises count too). */
	help: HelpDirection;
}

export interface PromiseTask {
	file: string;
	line: number;
	text: string;
	/** Person paths the task is with, in order of appearance (the note's own person first). */
	people: string[];
	due: IsoDate | null;
	done: IsoDate | null;
	direction: "mine" | "theirs";
	status: TaskStatus;
	/** The character in the checkbox, for edits that check the task is unchanged. */
	mark: string;
	intro: boolean;
}

export function helpOf(tags: readonly string[]): HelpDirection {
	if (tags.includes("gave")) return "gave";
	if (tags.includes("got")) return "got";
	return null;
}
