import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NoteRead, readNotes, WORKER_MIN_NOTES } from "../../src/cli/note-reader";
import { loadVault } from "../../src/cli/vault";

let dir = "";
const paths: string[] = [];

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), "an-reader-"));
	mkdirSync(join(dir, "Notes"));
	// Enough notes to go round the worker's four slots of 64 notes many times, a note over a megabyte (it
	// fits no 256 KB slot: read on the main thread), empty and two-byte texts, and two that cannot be read.
	for (let i = 0; i < 1400; i++) {
		const p = `Notes/n${String(i).padStart(4, "0")}.md`;
		paths.push(p);
		writeFileSync(join(dir, p), i % 7 === 0 ? "" : `---\ntags: [t${i}]\n---\nMet [[Ana ☕ ${i}]] 🌱 ${"x".repeat(i % 50)}\n`);
	}
	writeFileSync(join(dir, "Notes/big.md"), `${"a line with [[Big]]\n".repeat(60_000)}`);
	paths.splice(700, 0, "Notes/big.md");
	mkdirSync(join(dir, "Notes/folder.md"));
	paths.splice(3, 0, "Notes/folder.md");
	paths.push("Notes/missing.md");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readAll(worker: "always" | "never" | "auto", list = paths): { where: string; order: number[]; reads: NoteRead[] } {
	const order: number[] = [];
	const reads: NoteRead[] = [];
	const where = readNotes(`${dir}/`, list, (i, read) => {
		order.push(i);
		reads.push(read);
	}, { worker });
	return { where, order, reads };
}

describe("reading the notes (note-reader.ts)", () => {
	it("a worker hands over every note in path order, the same texts and errors as reading here", () => {
		const here = readAll("never");
		const worker = readAll("always");
		expect(here.where).toBe("here");
		expect(worker.where).toBe("worker");
		expect(worker.order).toEqual(paths.map((_, i) => i));
		expect(worker.reads).toEqual(here.reads);
		expect(here.reads[paths.indexOf("Notes/big.md")]?.text?.length).toBe(20 * 60_000);
		expect(here.reads[1]?.text).toMatch(/Ana ☕ 1\]\] 🌱/);
	});

	it("a file that cannot be read is an error at its place, and the rest is read", () => {
		const { reads } = readAll("always");
		expect(reads[paths.indexOf("Notes/folder.md")]?.error).toMatch(/EISDIR/);
		expect(reads.at(-1)?.error).toMatch(/ENOENT/);
		expect(reads.filter((r) => r.error !== undefined)).toHaveLength(2);
		expect(reads[4]?.text).toMatch(/Ana/);
	});

	it("an error thrown while a note is parsed reaches the caller; reading again starts afresh", () => {
		let seen = 0;
		expect(() =>
			readNotes(`${dir}/`, paths, (i) => {
				seen++;
				if (i === 300) throw new Error("parse failed");
			}, { worker: "always" }),
		).toThrow("parse failed");
		expect(seen).toBe(301);
		// Stopped mid-vault, waiting for a slot to be freed: a second read starts afresh and gets everything.
		expect(readAll("always").reads).toHaveLength(paths.length);
	});

	it("by default only a large vault gets a worker", () => {
		expect(readAll("auto", paths.slice(0, 10)).where).toBe("here");
		const many = Array.from({ length: WORKER_MIN_NOTES }, (_, i) => paths[(i % 1000) + 4] as string);
		expect(readAll("auto", many).where).toBe("worker");
		expect(readAll("always", []).reads).toEqual([]);
	});

	// (A folder named .md is walked into, not read, and root reads any file: no note here is unreadable.)
	it("loadVault builds the same index either way", () => {
		const a = loadVault(dir, { worker: "never" });
		const b = loadVault(dir, { worker: "always" });
		expect(b.unreadable).toEqual(a.unreadable);
		expect(a.index.size).toBe(1401);
		expect(b.index.allPaths()).toEqual(a.index.allPaths());
		for (const p of a.index.allPaths()) expect(b.index.facts(p)).toEqual(a.index.facts(p));
		expect(b.index.peopleNetwork("2026-01-01").touchpoints).toEqual(a.index.peopleNetwork("2026-01-01").touchpoints);
	});
});
