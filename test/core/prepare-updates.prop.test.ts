/**
 * A model-based property test of preparing the live network for updates in slices (prepare-updates.test.ts
 * counts the work): fast-check draws a vault, the first network is derived on it (so its dependents are
 * not built), then a sequence of edits with slices of `prepareUpdates` of random budgets in between (and
 * the day changing, which starts a new derivation). After every step every query answers as an index built
 * from scratch; at the end the dependents hold exactly what a fresh derivation's hold, so a note changed on
 * either side of the cursor is counted once.
 *
 * Replay a failure: FC_SEED=<seed> FC_PATH=<path> npx vitest run test/core/prepare-updates.prop.test.ts
 * More runs: FC_RUNS=1000 (default 200 sequences of up to 30 steps).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Derivation, type IsoDate, NetworkIndex, type Settings, type VaultContext } from "../../src/core";
import { settingsWith, TODAY } from "./helpers";
import { answers, changedText, nat, notePath, noteText, type Step, step } from "./vault-model";

const RUNS = Number(process.env.FC_RUNS ?? 200);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const PATH = process.env.FC_PATH;

const SETTINGS: Settings = settingsWith({ peopleFolders: ["People", "Contacts"], excludedFolders: ["Archive"] });
const CONTEXT: VaultContext = { templateFolders: ["Templates"] };

type Prepare = { op: "prepare"; budget: number };
const prepare: fc.Arbitrary<Prepare> = fc.record({ op: fc.constant("prepare" as const), budget: fc.integer({ min: 0, max: 4 }) });
/** Folder steps are left to index.prop.test.ts: here a note at a time, with many slices in between. */
const noteStep = step.filter((s) => s.op !== "renameFolder" && s.op !== "deleteFolder");
const anyStep: fc.Arbitrary<Step | Prepare> = fc.oneof({ weight: 2, arbitrary: noteStep }, { weight: 1, arbitrary: prepare });
const vault = fc.array(fc.tuple(notePath, noteText), { minLength: 5, maxLength: 25 });

function build(files: Map<string, string>): NetworkIndex {
	const index = new NetworkIndex(SETTINGS, CONTEXT);
	for (const path of [...files.keys()].sort()) index.upsert(path, files.get(path) as string);
	return index;
}

function derivationOf(index: NetworkIndex): Derivation {
	const d = (index as unknown as { derivation: Derivation | null }).derivation;
	if (!d) throw new Error("no derivation yet");
	return d;
}

/** Applies one step to the model and the live index (as index.prop.test.ts does); returns the day asked. */
function apply(s: Step | Prepare, files: Map<string, string>, index: NetworkIndex, today: IsoDate): IsoDate {
	const existing = [...files.keys()].sort();
	const chosen = (n: number) => existing[n % existing.length] as string;
	if (s.op === "prepare") index.prepareUpdates(s.budget);
	else if (s.op === "day") return s.today;
	else if (s.op === "write") {
		files.set(s.path, s.text);
		index.upsert(s.path, s.text);
	} else if (existing.length === 0) return today;
	else if (s.op === "modify" || s.op === "append" || s.op === "editLine") {
		const path = chosen(s.pick);
		const text = changedText(s, files.get(path) as string);
		files.set(path, text);
		index.upsert(path, text);
	} else if (s.op === "rename") {
		const from = chosen(s.pick);
		if (from === s.to || files.has(s.to)) return today;
		const text = files.get(from) as string;
		files.delete(from);
		files.set(s.to, text);
		if (!index.rename(from, s.to)) index.upsert(s.to, text);
	} else if (s.op === "delete") {
		const path = chosen(s.pick);
		files.delete(path);
		index.remove(path);
	}
	return today;
}

describe("a live network prepared for updates in slices answers as one built from scratch", () => {
	it("after every step, with the dependents of a fresh derivation at the end", () => {
		fc.assert(
			fc.property(vault, fc.array(anyStep, { minLength: 1, maxLength: 30 }), nat, (initial, sequence, unknown) => {
				const files = new Map(initial);
				const index = build(files);
				let today: IsoDate = TODAY;
				index.network(today);
				sequence.forEach((s, i) => {
					today = apply(s, files, index, today);
					const expected = answers(build(files).network(today), SETTINGS, today);
					expect(answers(index.network(today), SETTINGS, today), `after step ${i + 1}: ${JSON.stringify(s)}`).toEqual(expected);
				});
				// A path the index never had: its name's links are resolved again (touchName), through the dependents.
				index.remove(`Nowhere/${unknown}.md`);
				index.prepareUpdates(Infinity);
				const fresh = build(files);
				fresh.network(today);
				fresh.prepareUpdates(Infinity);
				expect(derivationOf(index).dependentsWork().held).toBe(derivationOf(fresh).dependentsWork().held);
			}),
			{ numRuns: RUNS, seed: SEED, path: PATH, endOnFailure: false },
		);
	});
});
