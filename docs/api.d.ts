/**
 * Active Network API types (copy this file into your plugin or script folder). The plugin exposes an
 * object of type ActiveNetworkApi as `app.plugins.plugins["active-network"].api`. Every answer is a plain
 * JSON-safe copy made for the caller: changing it changes nothing in the plugin. Dates are `YYYY-MM-DD`.
 */

export type PersonStatus = "ok" | "cold" | "never" | "snoozed" | "paused";

export interface ApiPerson {
	path: string;
	name: string;
	aliases: string[];
	circles: string[];
	status: PersonStatus;
	lastContact: string | null;
	due: string | null;
	/** Days from last touchpoint to due; null when paused. */
	cadenceDays: number | null;
	needs: string[];
	offers: string[];
}

export interface ApiPromise {
	file: string;
	/** 1-based line of the task. */
	line: number;
	text: string;
	/** Person paths the promise is with. */
	people: string[];
	due: string | null;
	direction: "mine" | "theirs";
	overdue: boolean;
	daysLeft: number | null;
}

export interface ApiTouchpoint {
	date: string;
	path: string;
	line: number | null;
	kind: "log" | "note" | "task" | "field";
	text: string;
	help: "gave" | "got" | null;
}

export interface ApiPersonDetail extends ApiPerson {
	interests: string[];
	birthday: { month: number; day: number; year: number | null } | null;
	/** Names (or link text) of who they were met through. */
	metThrough: string[];
	/** Latest first. */
	touchpoints: ApiTouchpoint[];
	promises: ApiPromise[];
	balance: { gave: number; got: number; lastGave: string | null; lastGot: string | null; note: string | null };
}

export interface ApiCold {
	cold: { path: string; name: string; lastContact: string | null; due: string | null; daysOverdue: number; cadenceDays: number | null }[];
	never: { path: string; name: string }[];
}

export interface ApiNextTouchpoint {
	path: string;
	name: string;
	score: number;
	reasons: { kind: string; detail: string }[];
	bringUp: string[];
	lastContact: string | null;
}

export interface ApiGraph {
	nodes: { id: string; name: string; circles: string[]; degree: number }[];
	edges: { source: string; target: string; kinds: string[]; weight: number }[];
}

export interface PromiseQuery {
	direction?: "mine" | "theirs";
	overdue?: boolean;
	/** Due within this many days from today. */
	dueWithinDays?: number;
	/** Only promises with this person (a path). */
	person?: string;
	circle?: string;
}

export interface ActiveNetworkApi {
	/** The API's version (semver): a minor bump adds, a major bump changes. */
	readonly version: string;
	/** False until the first index of the vault is done (then every list is empty). */
	ready(): boolean;
	people(): ApiPerson[];
	/** One person by path (`People/Maya.md`), name or alias; null when not a person. */
	person(pathOrName: string): ApiPersonDetail | null;
	cold(): ApiCold;
	promises(filter?: PromiseQuery): ApiPromise[];
	/** Who to be in touch with next, most urgent first (10 when no limit is given). */
	touchpoints(limit?: number): ApiNextTouchpoint[];
	graph(): ApiGraph;
	/** Called after every change of the index; returns a function that stops it. */
	onChange(callback: () => void): () => void;
}
