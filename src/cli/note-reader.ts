/**
 * Reads a vault's notes for the command, in order. On a large vault a worker thread reads the files'
 * bytes while this thread decodes and parses the ones already read: reading was 40% of the command's
 * time at 50,000 notes, half of it system calls, work a second core can do. The bytes come through
 * shared memory, a few slots of it that the two threads hand back and forth (Atomics), so the worker
 * allocates next to nothing (texts posted as messages raised the command's peak RSS by 11-19 MB) and
 * loading stays one synchronous loop in path order, as it is without the worker.
 */
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";

/** Read options as an object made once: given the string "utf8", readFileSync makes an options object per call. */
const UTF8 = { encoding: "utf8", flag: "r" } as const;

/** Below this many notes the worker's start-up (tens of milliseconds) costs more than it saves. */
export const WORKER_MIN_NOTES = 2000;

/** What the reader hands over for each note, in path order: its text, or why it could not be read. */
export type NoteRead = { text: string; error?: undefined } | { text?: undefined; error: string };

export interface ReadOptions {
	/** Read in a worker thread: "auto" (the default) from WORKER_MIN_NOTES notes on. */
	worker?: "auto" | "always" | "never";
}

/** Slots of shared memory the worker fills in turn; each holds up to SLOT_FILES notes of SLOT_BYTES in all. */
const SLOTS = 4;
const SLOT_BYTES = 256 * 1024;
const SLOT_FILES = 64;
/** Int32s per slot in the shared counters: its state (0 free, 1 filled), its count, each note's end. */
const SLOT_INTS = 2 + SLOT_FILES;

/** How long a worker may take to start before the notes are read here instead. */
const START_TIMEOUT_MS = 10_000;

/**
 * The worker's code, plain JavaScript run with `eval` (so it works from the bundle and from the sources
 * alike). It says it has started (counters[0]), then fills the slots in turn: each note's bytes follow the
 * one before, and its end offset is written, or -1 for a note this thread must read itself (it could not
 * be opened or read, or it does not fit in a slot: its error, or its text, is then read where it is
 * needed). A slot is marked filled and the other thread woken; a filled slot is waited for until freed.
 */
const WORKER_CODE = `
const { workerData } = require("node:worker_threads");
const { closeSync, fstatSync, openSync, readSync } = require("node:fs");
const { paths, prefix, bytes, counters, SLOTS, SLOT_BYTES, SLOT_FILES, SLOT_INTS } = workerData;
const data = new Uint8Array(bytes);
const meta = new Int32Array(counters);
Atomics.store(meta, 0, 1);
Atomics.notify(meta, 0);
let slot = 0, count = 0, used = 0;
const base = () => 1 + slot * SLOT_INTS;
const waitFree = () => { while (Atomics.load(meta, base()) === 1) Atomics.wait(meta, base(), 1); };
const hand = () => {
	Atomics.store(meta, base() + 1, count);
	Atomics.store(meta, base(), 1);
	Atomics.notify(meta, base());
	slot = (slot + 1) % SLOTS; count = 0; used = 0;
	waitFree();
};
const readInto = (file) => {
	let fd = -1;
	try {
		fd = openSync(file, "r");
		const size = fstatSync(fd).size;
		// A byte to spare, so that a file that grew since fstat is seen not to have ended.
		if (size >= SLOT_BYTES) return -1;
		if (size >= SLOT_BYTES - used && count > 0) hand();
		const at = slot * SLOT_BYTES;
		let got = used;
		for (;;) {
			const n = readSync(fd, data, at + got, SLOT_BYTES - got, null);
			if (n === 0) return got;
			got += n;
			if (got === SLOT_BYTES) return -1;
		}
	} catch (e) {
		return -1;
	} finally {
		if (fd >= 0) try { closeSync(fd); } catch (e) {}
	}
};
waitFree();
for (let i = 0; i < paths.length; i++) {
	if (count === SLOT_FILES) hand();
	const end = readInto(prefix + paths[i]);
	Atomics.store(meta, base() + 2 + count, end);
	if (end >= 0) used = end;
	count++;
}
if (count > 0) hand();
`;

/**
 * Calls `each` with every note under `prefix` (the vault folder with its trailing separator) in the
 * order of `paths`, its text or the reason it could not be read. Returns where they were read: "worker"
 * or "here" (asked for a worker that did not start, or below WORKER_MIN_NOTES).
 */
export function readNotes(prefix: string, paths: readonly string[], each: (i: number, read: NoteRead) => void, options: ReadOptions = {}): "worker" | "here" {
	const mode = options.worker ?? "auto";
	const useWorker = mode === "always" || (mode === "auto" && paths.length >= WORKER_MIN_NOTES);
	if (useWorker && paths.length > 0 && readInWorker(prefix, paths, each)) return "worker";
	for (let i = 0; i < paths.length; i++) each(i, readOne(prefix + (paths[i] as string)));
	return "here";
}

function readOne(file: string): NoteRead {
	try {
		return { text: readFileSync(file, UTF8) };
	} catch (e) {
		return { error: (e as Error).message };
	}
}

/**
 * The worker's way. False when no worker started (nothing has been handed over then: the caller reads
 * every note itself). Worker events cannot arrive while this thread waits synchronously, so the worker
 * says through shared memory that it runs; once it does, it fills a slot for every note.
 */
function readInWorker(prefix: string, paths: readonly string[], each: (i: number, read: NoteRead) => void): boolean {
	const bytes = new SharedArrayBuffer(SLOTS * SLOT_BYTES);
	const counters = new SharedArrayBuffer(4 * (1 + SLOTS * SLOT_INTS));
	const meta = new Int32Array(counters);
	const view = Buffer.from(bytes);
	let worker: Worker;
	try {
		worker = new Worker(WORKER_CODE, {
			eval: true,
			workerData: { paths, prefix, bytes, counters, SLOTS, SLOT_BYTES, SLOT_FILES, SLOT_INTS },
			resourceLimits: { maxYoungGenerationSizeMb: 2 },
		});
	} catch {
		return false;
	}
	try {
		const since = Date.now();
		while (Atomics.load(meta, 0) === 0) {
			if (Date.now() - since > START_TIMEOUT_MS) return false;
			Atomics.wait(meta, 0, 0, 100);
		}
		const texts: (string | null)[] = [];
		let next = 0;
		for (let slot = 0; next < paths.length; slot = (slot + 1) % SLOTS) {
			const base = 1 + slot * SLOT_INTS;
			while (Atomics.load(meta, base) === 0) Atomics.wait(meta, base, 0);
			// Decoded first and the slot handed back, so the worker reads on while these are parsed.
			const count = Atomics.load(meta, base + 1);
			const at = slot * SLOT_BYTES;
			let start = 0;
			texts.length = 0;
			for (let k = 0; k < count; k++) {
				const end = Atomics.load(meta, base + 2 + k);
				if (end < 0) texts.push(null);
				else {
					texts.push(view.toString("utf8", at + start, at + end));
					start = end;
				}
			}
			Atomics.store(meta, base, 0);
			Atomics.notify(meta, base);
			for (let k = 0; k < count; k++, next++) {
				const text = texts[k];
				each(next, typeof text === "string" ? { text } : readOne(prefix + (paths[next] as string)));
			}
		}
		return true;
	} finally {
		void worker.terminate();
	}
}
