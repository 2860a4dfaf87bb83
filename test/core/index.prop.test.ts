/**
 * A model-based property test of NetworkIndex (architecture.md: the live index must always equal one built
 * from scratch on the same files). fast-check draws a vault and a sequence of what a user does to it:
 * create, modify, rename (a note, or a folder: many notes at once, and people that other notes reach by
 * an alias), delete (a note or a folder), the day changing, and the queries asked on another day than
 * the network's or with other settings. Each step is applied to a live index that
 * has been queried from the start (so its incremental derivation is the one answering) and to a plain map
 * of files; after every step every query answers exactly as an index built from scratch on the map.
 *
 * A failing sequence is shrunk by fast-check to a short one and printed with the seed that replays it:
 *   FC_SEED=<seed> FC_PATH=<path> npx vitest run test/core/index.prop.test.ts
 * More runs: FC_RUNS=2000 (default 1000 sequences of up to 50 steps, for each of two configurations).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
	type IsoDate,
	NetworkIndex,
	type Settings,
	type VaultContext,
} from "../../src/core";
import { settingsWith, TODAY } from "./helpers";
import { answers as networkAnswers, changedText, type Step, step } from "./vault-model";

const RUNS = Number(process.env.FC_RUNS ?? 1000);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const PATH = process.env.FC_PATH;

// ---------------------------------------------------------------- the system and the model

const CONFIGS: { name: string; settings: Settings; context: VaultContext }[] = [
	{ name: "people folders, an excluded folder and a templates folder", settings: settingsWith({ peopleFolders: ["People", "Contacts"], excludedFolders: ["Archive"] }), context: { templateFolders: ["Templates"] } },
	{ name: "the defaults", settings: settingsWith(), context: { templateFolders: [] } },
];

/**
 * What the queries are asked with: the network of the index's day, asked on `ask.day` (the network's own
 * day when null) with the configuration's settings or, when `ask.other`, another settings object. Answers
 * are patched from the previous network's: one kept for another day or other settings must never be.
 */
interface State {
	today: IsoDate;
	ask: { day: IsoDate | null; other: boolean };
}

type Ask = { op: "ask"; day: IsoDate | null; other: boolean };
const ask: fc.Arbitrary<Ask> = fc.record({ op: fc.constant("ask" as const), day: fc.constantFrom<IsoDate | null>(null, TODAY, "2026-11-01", "2026-12-31", "2027-03-01"), other: fc.boolean() });
const anyStep: fc.Arbitrary<Step | Ask> = fc.oneof({ weight: 19, arbitrary: step }, { weight: 3, arbitrary: ask });

/** Other settings: shorter cadences, a longer birthday and promise horizon, a lower one-sided threshold. */
function otherSettings(settings: Settings): Settings {
	let other = others.get(settings);
	if (!other) others.set(settings, (other = { ...settings, defaultCadenceDays: 14, birthdayHorizonDays: 40, promiseHorizonDays: 20, oneSidedThreshold: 1 }));
	return other;
}

/** One object per configuration: answers are kept per settings object, and patched only for the same one. */
const others = new WeakMap<Settings, Settings>();

function answers(index: NetworkIndex, settings: Settings, state: State) {
	const query = state.ask.other ? otherSettings(settings) : settings;
	return { paths: index.allPaths(), ...networkAnswers(index.network(state.today), query, state.ask.day ?? state.today) };
}

function fromScratch(files: Map<string, string>, settings: Settings, context: VaultContext): NetworkIndex {
	const index = new NetworkIndex(settings, context);
	for (const path of [...files.keys()].sort()) index.upsert(path, files.get(path) as string);
	return index;
}

const under = (path: string, folder: string) => path.startsWith(`${folder}/`);

/** Moves a note in the model and in the live index, as the plugin does on a rename event. */
function move(files: Map<string, string>, index: NetworkIndex, from: string, to: string): void {
	const text = files.get(from) as string;
	files.delete(from);
	files.set(to, text);
	if (!index.rename(from, to)) index.upsert(to, text);
}

/** Applies one step to the model and the live index. Steps that Obsidian would refuse change nothing. */
function apply(s: Step | Ask, files: Map<string, string>, index: NetworkIndex, state: State): void {
	const existing = [...files.keys()].sort();
	const chosen = (n: number) => existing[n % existing.length] as string;
	switch (s.op) {
		case "write":
			files.set(s.path, s.text);
			index.upsert(s.path, s.text);
			return;
		case "modify":
		case "append":
		case "editLine": {
			if (existing.length === 0) return;
			const path = chosen(s.pick);
			const text = changedText(s, files.get(path) as string);
			files.set(path, text);
			index.upsert(path, text);
			return;
		}
		case "rename": {
			if (existing.length === 0) return;
			const from = chosen(s.pick);
			// Obsidian refuses to rename onto an existing file.
			if (from === s.to || files.has(s.to)) return;
			move(files, index, from, s.to);
			return;
		}
		case "renameFolder": {
			if (s.from === s.to || under(s.to, s.from)) return;
			const moving = existing.filter((p) => under(p, s.from));
			const targets = moving.map((p) => s.to + p.slice(s.from.length));
			if (targets.some((t) => files.has(t))) return;
			// Obsidian fires one rename per note, in its own order.
			const order = moving.map((p, i) => [p, targets[i] as string] as const);
			if (s.reversed) order.reverse();
			for (const [from, to] of order) move(files, index, from, to);
			return;
		}
		case "delete": {
			if (existing.length === 0) return;
			const path = chosen(s.pick);
			files.delete(path);
			index.remove(path);
			return;
		}
		case "deleteFolder":
			for (const path of existing.filter((p) => under(p, s.folder))) {
				files.delete(path);
				index.remove(path);
			}
			return;
		case "day":
			state.today = s.today;
			return;
		case "ask":
			state.ask = { day: s.day, other: s.other };
			return;
	}
}

let steps = 0;
let sequences = 0;
afterAll(() => {
	process.stderr.write(`index model test: ${sequences} sequences, ${steps} steps, each checked against a from-scratch build\n`);
});

describe("the live NetworkIndex answers as one built from scratch, after every step", () => {
	it.each(CONFIGS.map((c) => [c.name, c] as const))("with %s", (_name, { settings, context }) => {
		fc.assert(
			fc.property(fc.array(anyStep, { minLength: 1, maxLength: 50, size: "max" }), (sequence) => {
				sequences++;
				const files = new Map<string, string>();
				const index = new NetworkIndex(settings, context);
				const state: State = { today: TODAY, ask: { day: null, other: false } };
				index.network(state.today); // from now on every update goes through the live derivation
				sequence.forEach((s, i) => {
					apply(s, files, index, state);
					steps++;
					expect(answers(index, settings, state), `after step ${i + 1}: ${JSON.stringify(s)}`).toEqual(answers(fromScratch(files, settings, context), settings, state));
				});
			}),
			{ numRuns: RUNS, seed: SEED, path: PATH, endOnFailure: false },
		);
	});
});
