// The benchmark runs in CI on a small vault so it cannot rot: `npm run bench` end to end (bundle, generate
// or reuse the vault, measure, child process for memory), checking the JSON's shape and that the index
// finds what the generator says it wrote. No timing is asserted: CI machines are noisy.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateVault } from "./generate";
import type { HubUpdate } from "./hubs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const NOTES = 1000;
const SEED = 1;

function isNumber(v: unknown): boolean {
	return typeof v === "number" && Number.isFinite(v) && v >= 0;
}

describe("benchmark", () => {
	it("runs on a 1,000-note vault and prints one JSON object with the agreed fields", () => {
		const { manifest } = generateVault({ notes: NOTES, seed: SEED });
		expect(manifest.notes).toBe(NOTES);

		const r = spawnSync(
			process.execPath,
			["scripts/bench.mjs", "--notes", String(NOTES), "--seed", String(SEED), "--json", "--repeats", "1", "--updates", "300", "--query-reps", "5", "--fresh-rounds", "1", "--vcard-cards", "500"],
			{ cwd: root, encoding: "utf8", timeout: 10 * 60_000 },
		);
		expect(r.status, r.stderr).toBe(0);
		// Exactly one JSON object on stdout.
		const out = JSON.parse(r.stdout) as Record<string, unknown>;

		for (const key of ["readMs", "matterMs", "indexMs", "ratioToRead", "ratioToMatter", "updateP50Ms", "updateP99Ms", "peakRssMb", "firstNetworkMs"]) {
			expect(isNumber(out[key]), key).toBe(true);
		}
		expect(out.notes).toBe(NOTES);
		const queryMs = out.queryMs as Record<string, unknown>;
		expect(Object.keys(queryMs).sort()).toEqual(["cold", "graph", "promises", "touchpoints"]);
		for (const v of Object.values(queryMs)) expect(isNumber(v)).toBe(true);
		// Each kind of update was timed, and each again as the plugin makes it (right after a network read).
		const updates = out.updates as Record<string, { n: number; p99Ms: number }>;
		for (const k of ["upsert", "upsertAfterRead", "rename", "renameAfterRead", "remove", "removeAfterRead"]) {
			expect(updates[k]?.n, k).toBeGreaterThan(0);
			expect(isNumber(updates[k]?.p99Ms), k).toBe(true);
		}
		expect(out.ratioToRead).toBeCloseTo((out.indexMs as number) / (out.readMs as number), 1);

		// The index finds what the generator wrote.
		const found = out.found as { people: number; promises: number; problems: number };
		expect(found.people).toBe(manifest.people);
		expect(found.promises).toBe(manifest.promises);
		expect(out.matterErrors).toBe(0);

		// The fresh-process comparison ran: the command and the gray-matter script, node start-up subtracted.
		const fresh = out.fresh as { startupMs: number; cliMs: number; matterMs: number; ratio: number; cliPeakRssMb: number; matterPeakRssMb: number };
		for (const key of ["startupMs", "cliMs", "matterMs", "ratio", "cliPeakRssMb", "matterPeakRssMb"] as const) expect(isNumber(fresh[key]), key).toBe(true);
		expect(fresh.ratio).toBeCloseTo((fresh.cliMs - fresh.startupMs) / (fresh.matterMs - fresh.startupMs), 1);

		// The vCard import measurement ran on its 500 cards (the smoke run's size): each planned once, 500 new note texts built.
		const vcard = out.vcard as Record<string, number>;
		for (const key of ["readMs", "planMs", "textsMs"]) expect(isNumber(vcard[key]), key).toBe(true);
		expect(vcard.cards).toBe(500);
		expect(vcard.texts).toBe(500);
		expect(vcard.problems).toBe(0);
		expect((vcard.created as number) + (vcard.updated as number) + (vcard.unchanged as number)).toBeGreaterThan(250);
		expect(vcard.updated).toBeGreaterThan(0);

		// The most-linked people's updates ran, and the counts of what a move to another folder changed hold
		// at least what it must change: each of the person's edges under its old key and under its new one,
		// each promise naming them out (most come back naming the new path; not one whose only link to them
		// was written as the old path).
		const hubs = out.hubs as HubUpdate[];
		expect(hubs).toHaveLength(3);
		// What a page fault costs here: Linux counts them (other systems may say 0, and so does the probe).
		expect(isNumber(out.faultUs)).toBe(true);
		if (process.platform === "linux") expect(out.faultUs).toBeGreaterThan(0);
		for (const h of hubs) {
			for (const key of ["renameMs", "renameMedianMs", "networkAfterRenameMs", "removeMs", "addBackMs", "answerFloorMs", "removalFloorMs"] as const) expect(isNumber(h[key]), key).toBe(true);
			// Every relinked note makes something: an allocation of nothing would be a measure that never ran.
			for (const key of ["removeAllocatedKb", "renameAllocatedKb"] as const) expect(h[key], key).toBeGreaterThan(h.linkedFrom / 10);
			for (const key of ["rename", "networkAfterRename", "remove"] as const) expect(Number.isInteger(h.faults[key]) && h.faults[key] >= 0, key).toBe(true);
			expect(h.linkedFrom, h.name).toBeGreaterThan(0);
			expect(h.degree, h.name).toBeGreaterThan(0);
			expect(h.degreeAfterRename, h.name).toBeGreaterThan(0);
			expect(h.renameChanged.edges, h.name).toBeGreaterThanOrEqual(h.degree + h.degreeAfterRename);
			expect(h.renameChanged.promises, h.name).toBeGreaterThanOrEqual(h.promises);
			// Gone are at least their edges.
			expect(h.removeChanged.edges, h.name).toBeGreaterThanOrEqual(h.degree);
			// A removal relinks each note linking their name, and redoes a part of each. The bench's names are
			// unique, so a move relinks only the notes that write it with a path, and redoes those whose link
			// does not follow it (written as the old path), which some always are.
			expect(h.renameRelinks.relinked, h.name).toBeLessThan(h.linkedFrom);
			expect(h.renameRelinks.redone, h.name).toBeGreaterThan(0);
			expect(h.renameRelinks.redone, h.name).toBeLessThanOrEqual(h.renameRelinks.relinked);
			expect(h.removeRelinks.relinked, h.name).toBeGreaterThanOrEqual(h.linkedFrom);
			expect(h.removeRelinks.redone, h.name).toBeGreaterThanOrEqual(h.linkedFrom);
		}
	});
});
