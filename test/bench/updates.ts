/**
 * One-note updates on the full index, as many of each kind: an upsert that adds a line, a rename there
 * and back, a removal (put back untimed). Then half as many of each again, each right after a network
 * read, as the plugin makes them. Texts are read before the timer; only the index call is timed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { NetworkIndex } from "../../src/core";
import { median, round } from "./stats";

/** A note's text with one more dated line that links `person`. */
export function modified(text: string, i: number, person: string, today: string): string {
	return `${text}\n- ${today} bench edit ${i}, coffee with [[${person}]]\n`;
}

export interface UpdateRun {
	index: NetworkIndex;
	dir: string;
	today: string;
	/** A note to change (random, from the caller's seeded sequence). */
	pick: () => string;
	/** A person's name to link. */
	person: () => string;
	updates: number;
	/** A ~1 MB note to upsert five times, if the vault has one. */
	huge: string | undefined;
}

export interface UpdateTimes {
	ups: number[];
	/**
	 * Upserts each made right after a network was read (untimed), as the plugin makes every edit: its views
	 * read the network after each one. The first change after a read copies what the network holds.
	 */
	upsAfterRead: number[];
	/** Renames (there, and back after another read) and removals each made right after a network read. */
	renamesAfterRead: number[];
	removesAfterRead: number[];
	renames: number[];
	removes: number[];
	hugeUpsertMs: number | null;
}

/** Runs `update`, pushing its time onto `times`; returns what it returned. */
function timed<T>(times: number[], update: () => T): T {
	const t0 = performance.now();
	const result = update();
	times.push(performance.now() - t0);
	return result;
}

export function runUpdates({ index, dir, today, pick, person, updates, huge }: UpdateRun): UpdateTimes {
	const ups: number[] = [], renames: number[] = [], removes: number[] = [];
	for (let i = 0; i < updates; i++) {
		{
			const path = pick();
			const text = modified(readFileSync(join(dir, path), "utf8"), i, person(), today);
			const t0 = performance.now();
			index.upsert(path, text);
			ups.push(performance.now() - t0);
		}
		if (i % 2 === 0) {
			// A rename there and back: two samples every other round, so each kind has `updates` samples.
			const from = pick();
			const to = `Moved/${i}/${from.slice(from.lastIndexOf("/") + 1)}`;
			if (!timed(renames, () => index.rename(from, to))) index.upsert(to, readFileSync(join(dir, from), "utf8"));
			if (!timed(renames, () => index.rename(to, from))) index.upsert(from, readFileSync(join(dir, from), "utf8"));
		}
		{
			const path = pick();
			const text = readFileSync(join(dir, path), "utf8");
			const t0 = performance.now();
			index.remove(path);
			removes.push(performance.now() - t0);
			index.upsert(path, text);
		}
	}
	// The plugin's pattern: its views read the network after every edit, so each change is the first since a
	// read, and the first change after a read copies what the network handed out holds.
	const upsAfterRead: number[] = [], renamesAfterRead: number[] = [], removesAfterRead: number[] = [];
	const afterRead = <T>(times: number[], update: () => T): T => {
		index.network(today);
		return timed(times, update);
	};
	for (let i = 0; i < Math.ceil(updates / 2); i++) {
		const path = pick();
		const text = modified(readFileSync(join(dir, path), "utf8"), i, person(), today);
		afterRead(upsAfterRead, () => index.upsert(path, text));
		if (i % 2 === 0) {
			const from = pick();
			const to = `Moved/read-${i}/${from.slice(from.lastIndexOf("/") + 1)}`;
			const original = readFileSync(join(dir, from), "utf8");
			// When the index asks for the note's text again, it gets it untimed: only the move is timed.
			if (!afterRead(renamesAfterRead, () => index.rename(from, to))) index.upsert(to, original);
			if (!afterRead(renamesAfterRead, () => index.rename(to, from))) index.upsert(from, original);
		}
		const gone = pick();
		const goneText = readFileSync(join(dir, gone), "utf8");
		afterRead(removesAfterRead, () => index.remove(gone));
		index.upsert(gone, goneText);
	}
	let hugeUpsertMs: number | null = null;
	if (huge) {
		const text = readFileSync(join(dir, huge), "utf8");
		const times: number[] = [];
		for (let i = 0; i < 5; i++) {
			const t0 = performance.now();
			index.upsert(huge, modified(text, i, person(), today));
			times.push(performance.now() - t0);
		}
		hugeUpsertMs = round(median(times));
	}
	return { ups, upsAfterRead, renamesAfterRead, removesAfterRead, renames, removes, hugeUpsertMs };
}
