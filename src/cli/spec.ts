/**
 * The shape of a command in the command table (commands.ts): adding a command is one entry. Its usage
 * line is made from the entry, so the help, the errors and docs/cli.md always agree with what it takes.
 */
import type { Report, ReportInput } from "../core/report";
import type { PeopleNetwork } from "../core/network";
import type { Problem } from "../core/problems";
import type { LoadedVault } from "./vault";

/** Options a command may take besides the ones every command takes (--vault, --today, --help). */
export type FlagName = "json" | "limit" | "format" | "write" | "out" | "force" | "vcard";

export interface FlagSpec {
	/** How it reads in a usage line. */
	usage: string;
	/** null: a switch; else the name of its value. */
	value: string | null;
	help: string;
}

export const FLAGS: Record<FlagName, FlagSpec> = {
	json: { usage: "[--json]", value: null, help: "print exactly one JSON value on stdout instead of text" },
	limit: { usage: "[--limit N]", value: "N", help: "at most N items in the list (N ≥ 1)" },
	format: { usage: "[--format json|dot|graphml|canvas]", value: "FORMAT", help: "graph as JSON, Graphviz DOT, GraphML or an Obsidian canvas" },
	write: { usage: "[--write]", value: null, help: "write the changes (without it, a dry run: nothing is written)" },
	out: { usage: "[--out FILE]", value: "FILE", help: "write to FILE instead of stdout" },
	force: { usage: "[--force]", value: null, help: "with --out, overwrite an existing FILE" },
	vcard: { usage: "[--vcard 3|4]", value: "VERSION", help: "vCard version (default 4)" },
};

/** The terminal a command runs in. */
export interface Io {
	out: (s: string) => void;
	err: (s: string) => void;
	/** Is stderr a terminal (for the progress bar)? */
	errIsTTY: boolean;
	now: () => Date;
	/** The folder the user ran the command from (npm's INIT_CWD under `npm run cli`). */
	cwd: string;
	/** The terminal's width, when stdout is a terminal. */
	columns?: number;
	/** Colour wanted: stdout is a terminal and NO_COLOR is not set. */
	colour?: boolean;
}

/** Everything a command's run gets: what was asked, and the vault loaded on first use. */
export interface CommandContext {
	/** The names before the vault (`intro A B`), as given. */
	operands: string[];
	vault: string;
	limit: number | null;
	json: boolean;
	format: string | null;
	write: boolean;
	out: string | null;
	force: boolean;
	vcard: "3" | "4" | null;
	/** The terminal: output, the folder the command was run from, the width. */
	io: Io;
	/** The vault as read (once); throws VaultError when it cannot be read. */
	load: () => LoadedVault;
	/** Loads the vault (once) and gives the report input; throws VaultError when it cannot be read. */
	input: () => ReportInput;
	/** `input` with only the people and their contact derived (for the people and cold lists: faster). */
	peopleInput: () => ReportInput<PeopleNetwork>;
	/** Problems from files the loader could not read, and how many notes it read. */
	loaded: () => { unreadable: Problem[]; notes: number };
	/** Prints a report: its JSON with --json, else its text; returns its exit status. */
	print: (r: Report) => number;
	/** Bad usage or a failed run: a one-line reason on stderr, exit 2. */
	fail: (reason: string) => number;
}

export interface CommandSpec {
	name: string;
	/** What comes before the vault, as in the usage line (`A`, `B`); what they are, for the errors. */
	operands?: { names: string[]; are: string; files?: boolean };
	/** One line for the list of commands. */
	summary: string;
	/** The rest of `<command> --help`: what it prints, in sentences. */
	help: string;
	flags: FlagName[];
	/** It prints a list: it takes --limit. */
	list?: boolean;
	/** Not connected in this build: says so instead of running. */
	planned?: boolean;
	run: (c: CommandContext) => number;
}

/** `active-network intro A B [VAULT] [--today YYYY-MM-DD] [--json] ...`, from the entry. */
export function usageLine(c: CommandSpec): string {
	const flags = c.flags.map((f) => FLAGS[f].usage);
	return ["active-network", c.name, ...(c.operands?.names ?? []), "[VAULT]", "[--vault PATH]", "[--today YYYY-MM-DD]", ...flags].join(" ");
}
