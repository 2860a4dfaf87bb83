/** Builders for CLI tests: temporary vaults on disk and a fake io for `run`. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { type Io, run } from "../../src/cli/run";

const made: string[] = [];
afterAll(() => {
	for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A vault folder in the OS temp dir with these files (paths relative, `/`), removed after the file's tests. */
export function tempVault(files: Record<string, string | object>): string {
	const dir = mkdtempSync(join(tmpdir(), "an-cli-"));
	made.push(dir);
	for (const [path, content] of Object.entries(files)) {
		const full = join(dir, ...path.split("/"));
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, typeof content === "string" ? content : JSON.stringify(content));
	}
	return dir;
}

export interface CliResult {
	code: number;
	out: string;
	err: string;
	/** stdout parsed as JSON (throws when it is not exactly one JSON value). */
	json: () => unknown;
}

export function cli(argv: string[], options: { cwd?: string; now?: Date | (() => Date); tty?: boolean } = {}): CliResult {
	let out = "";
	let err = "";
	const io: Io = {
		out: (s) => {
			out += s;
		},
		err: (s) => {
			err += s;
		},
		errIsTTY: options.tty ?? false,
		now: typeof options.now === "function" ? options.now : () => (options.now as Date | undefined) ?? new Date(2026, 10, 25, 12, 0, 0),
		cwd: options.cwd ?? tmpdir(),
		columns: 200,
	};
	const code = run(argv, io);
	return { code, out, err, json: () => JSON.parse(out) as unknown };
}

export const person = (fm = "", body = ""): string => `---\ntype: person${fm ? `\n${fm}` : ""}\n---\n${body}`;
