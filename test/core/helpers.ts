/**
 * Builders for core tests: a vault is a map of path → text, built into a NetworkIndex; every query takes
 * an explicit `today` (default TODAY), never the clock.
 */
import {
	coldReport,
	DEFAULT_SETTINGS,
	graphData,
	type IsoDate,
	NetworkIndex,
	nextTouchpoints,
	openPromises,
	type PersonState,
	peopleStates,
	type Settings,
	type Touchpoint,
	type VaultContext,
} from "../../src/core";
import { expect } from "vitest";

export const TODAY: IsoDate = "2026-11-25";

export interface VaultOptions {
	settings?: Partial<Settings>;
	context?: Partial<VaultContext>;
}

export function settingsWith(over: Partial<Settings> = {}): Settings {
	return { ...DEFAULT_SETTINGS, circleCadences: { ...DEFAULT_SETTINGS.circleCadences }, ...over };
}

/** A note with frontmatter (YAML lines as written) and a body. */
export function md(frontmatter: string | null, body = ""): string {
	return frontmatter === null ? body : `---\n${frontmatter}\n---\n${body}`;
}

/** A person note: `type: person` plus more frontmatter lines, and a body. */
export function person(frontmatter = "", body = ""): string {
	return md(frontmatter === "" ? "type: person" : `type: person\n${frontmatter}`, body);
}

export class TestVault {
	readonly index: NetworkIndex;

	constructor(files: Record<string, string>, options: VaultOptions = {}) {
		this.index = new NetworkIndex(settingsWith(options.settings), { templateFolders: [], ...options.context });
		for (const [path, text] of Object.entries(files)) this.index.upsert(path, text);
	}

	get settings(): Settings {
		return this.index.settings;
	}

	network(today = TODAY) {
		return this.index.network(today);
	}

	/** Person paths, sorted. */
	people(today = TODAY): string[] {
		return [...this.network(today).people.keys()].sort();
	}

	person(path: string, today = TODAY) {
		const p = this.network(today).people.get(path);
		if (!p) throw new Error(`${path} is not a person; people: ${this.people(today).join(", ")}`);
		return p;
	}

	states(today = TODAY): readonly PersonState[] {
		return peopleStates(this.network(today), this.settings, today);
	}

	state(path: string, today = TODAY): PersonState {
		const s = this.states(today).find((x) => x.path === path);
		if (!s) throw new Error(`${path} is not a person`);
		return s;
	}

	/** Touchpoints of a person on or before today, latest first. */
	touchpoints(path: string, today = TODAY): Touchpoint[] {
		return this.network(today).touchpoints.get(path) ?? [];
	}

	/** Dates of a person's touchpoints, latest first. */
	touchDates(path: string, today = TODAY): IsoDate[] {
		return this.touchpoints(path, today).map((t) => t.date);
	}

	upcoming(path: string, today = TODAY): Touchpoint[] {
		return this.network(today).upcoming.get(path) ?? [];
	}

	lastContact(path: string, today = TODAY): IsoDate | null {
		return this.state(path, today).lastContact;
	}

	cold(today = TODAY) {
		return coldReport(this.network(today), this.settings, today);
	}

	promises(today = TODAY) {
		return openPromises(this.network(today), today);
	}

	allPromises(today = TODAY) {
		return this.network(today).promises;
	}

	next(today = TODAY, limit = 10) {
		return nextTouchpoints(this.network(today), this.settings, today, limit);
	}

	graph(today = TODAY) {
		return graphData(this.network(today));
	}

	/** The edge between two people, or undefined. */
	edge(a: string, b: string, today = TODAY) {
		const [source, target] = a < b ? [a, b] : [b, a];
		return this.graph(today).edges.find((e) => e.source === source && e.target === target);
	}

	problems(today = TODAY) {
		return this.network(today).problems;
	}

	problemsOf(path: string, today = TODAY) {
		return this.problems(today).filter((p) => p.path === path);
	}
}

export function vault(files: Record<string, string>, options: VaultOptions = {}): TestVault {
	return new TestVault(files, options);
}

/** Asymmetric matchers typed as the strings they stand for. */
export const containing = (s: string): string => expect.stringContaining(s) as string;
export const matching = (re: RegExp): string => expect.stringMatching(re) as string;
export const anyString = (): string => expect.any(String) as string;
