/**
 * The command on a real vault on disk that holds every hostile note of test/core/hostile-notes.ts (and a
 * file of raw bytes that are not UTF-8) beside an ordinary vault: every command finishes with its normal
 * exit status and one JSON value, `check` reports the hostile notes with file and line, and the ordinary
 * notes get exactly the answers they get in a vault without the hostile ones.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { binary, HOSTILE, ORDINARY, without } from "../core/hostile-notes";
import { cli, tempVault } from "./helpers";

const T = ["--today", "2026-11-25"];
const files: Record<string, string> = { ...ORDINARY };
for (const h of HOSTILE) Object.assign(files, h.files);
const hostilePaths = [...Object.keys(files).filter((p) => !(p in ORDINARY)), "Hostile/Bytes.md"];

const CLEAN = tempVault(ORDINARY);
const VAULT = tempVault(files);
// Bytes as they are on disk, not text: invalid UTF-8 (read as U+FFFD), NUL, lone CR and LF.
writeFileSync(join(VAULT, "Hostile", "Bytes.md"), Buffer.from(binary(100_000, 11), "latin1"));

const JSON_COMMANDS: string[][] = [
	["people"],
	["cold"],
	["promises"],
	["touchpoints", "--limit", "100"],
	["graph"],
	["suggest-intros", "--limit", "100"],
	["balance"],
	["intro", "Ann Lee", "Bo"],
];

describe("every command survives the hostile vault and answers as on the ordinary one", () => {
	it.each(JSON_COMMANDS.map((c) => [c.join(" "), c] as const))("%s --json", (_name, command) => {
		const [name, ...rest] = command as [string, ...string[]];
		const hostile = cli([name, ...(name === "intro" ? rest.slice(0, 2) : []), VAULT, ...(name === "intro" ? [] : rest), "--json", ...T]);
		const clean = cli([name, ...(name === "intro" ? rest.slice(0, 2) : []), CLEAN, ...(name === "intro" ? [] : rest), "--json", ...T]);
		expect(hostile.err).toBe("");
		expect(hostile.code).toBe(0);
		expect(clean.code).toBe(0);
		expect(without(hostile.json(), hostilePaths)).toEqual(without(clean.json(), hostilePaths));
	});

	const TEXT_COMMANDS = ["people", "cold", "promises", "touchpoints", "graph", "suggest-intros", "balance", "graph --format dot", "graph --format graphml", "graph --format canvas"];
	it.each(TEXT_COMMANDS)("%s as text", (command) => {
		const [name = "", ...rest] = command.split(" ");
		const r = cli([name, VAULT, ...rest, ...T]);
		expect(r.code).toBe(0);
		expect(r.err).toBe("");
		expect(r.out.length).toBeGreaterThan(0);
	});
});

describe("check", () => {
	const r = cli(["check", VAULT, "--json", ...T]);
	const problems = r.json() as { path: string; line: number | null; severity: string; message: string }[];

	it("exits 1 with one JSON list; every message is one line", () => {
		expect(r.code).toBe(1);
		expect(r.err).toBe("");
		for (const p of problems) expect(p.message).not.toMatch(/[\n\r]/);
	});

	it.each(HOSTILE.filter((h) => h.problems).map((h) => [h.name, h] as const))("locates the problems of %s", (_name, h) => {
		for (const [path, line, part] of h.problems ?? []) {
			expect(problems).toContainEqual(expect.objectContaining({ path, line, message: expect.stringContaining(part) as string }));
		}
	});

	it("reports a file of raw bytes (NUL, invalid UTF-8) at the line of its first NUL", () => {
		const text = Buffer.from(binary(100_000, 11), "latin1").toString("utf8");
		const line = text.slice(0, text.indexOf("\u0000")).split("\n").length;
		expect(problems).toContainEqual(expect.objectContaining({ path: "Hostile/Bytes.md", line, message: expect.stringContaining("NUL") as string }));
	});

	it("reports nothing about the ordinary notes that the ordinary vault does not", () => {
		const clean = cli(["check", CLEAN, "--json", ...T]).json();
		expect(without(problems, hostilePaths)).toEqual(clean);
	});

	it("as text, every problem on its own line with file and line", () => {
		const text = cli(["check", VAULT, ...T]);
		expect(text.code).toBe(1);
		expect(text.out).toContain("Hostile/Invalid.md:4: error: invalid YAML in frontmatter");
		expect(text.out.split("\n").filter((l) => l.startsWith("Hostile/")).length).toBe(problems.filter((p) => p.path.startsWith("Hostile/")).length);
	});
});

describe("people in hostile notes are still read, on disk", () => {
	const people = cli(["people", VAULT, "--json", ...T]).json() as { path: string; lastContact: string | null }[];
	it.each(HOSTILE.filter((h) => h.people).map((h) => [h.name, h] as const))("%s", (_name, h) => {
		for (const [path, last] of Object.entries(h.people ?? {})) expect(people.find((p) => p.path === path)?.lastContact, path).toBe(last);
	});
});
