/**
 * One grammar for every command (cli.md):
 *   active-network <command> [NAMES...] [VAULT] [--vault PATH] [--today YYYY-MM-DD] [options]
 *   active-network --version | help [command] | <command> --help
 * Options may come anywhere. What a command takes is in its entry in the command table.
 */
import { parseIsoDate } from "../core/dates";
import { COMMANDS, findCommand } from "./commands";
import { type CommandSpec, FLAGS, type FlagName, usageLine } from "./spec";

export class UsageError extends Error {
	constructor(message: string, readonly command?: CommandSpec) {
		super(message);
	}
}

export type Parsed =
	| { kind: "version" }
	| { kind: "help"; command: CommandSpec | null }
	| {
		kind: "run";
		command: CommandSpec;
		operands: string[];
		/** As given (relative to the folder the user ran from), or null for that folder. */
		vault: string | null;
		today: string | null;
		values: Partial<Record<FlagName, string | true>>;
	};

const FLAG_NAMES = Object.keys(FLAGS) as FlagName[];

/** `isFolder` says whether a positional names an existing folder (a vault given where a name goes). */
export function parseArgs(argv: readonly string[], isFolder: (p: string) => boolean): Parsed {
	const positional: string[] = [];
	const values: Partial<Record<FlagName, string | true>> = {};
	let today: string | null = null;
	let vaultFlag: string | null = null;
	let help = false;
	let version = false;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] as string;
		if (a === "--" ) {
			positional.push(...argv.slice(i + 1));
			break;
		}
		if (!a.startsWith("-") || a === "-") {
			positional.push(a);
			continue;
		}
		const eq = a.indexOf("=");
		const name = eq >= 0 ? a.slice(0, eq) : a;
		const value = (): string => {
			if (eq >= 0) return a.slice(eq + 1);
			const v = argv[++i];
			if (v === undefined) throw new UsageError(`${name} needs a value`);
			return v;
		};
		if (name === "--help" || name === "-h") help = true;
		else if (name === "--version" || name === "-V") version = true;
		else if (name === "--today") {
			const v = value();
			if (!parseIsoDate(v)) throw new UsageError(`--today must be a real date YYYY-MM-DD, not "${v}"`);
			today = v;
		} else if (name === "--vault") vaultFlag = value();
		else {
			const flag = FLAG_NAMES.find((f) => `--${f}` === name);
			if (!flag) throw new UsageError(`unknown option ${name}`);
			values[flag] = FLAGS[flag].value === null ? true : value();
		}
	}
	const [first, ...rest] = positional;
	if (version && first === undefined) return { kind: "version" };
	if (first === "help") {
		const topic = rest[0];
		if (topic === undefined) return { kind: "help", command: null };
		const c = findCommand(topic);
		if (!c) throw new UsageError(`unknown command "${topic}" (one of: ${COMMANDS.map((x) => x.name).join(", ")})`);
		return { kind: "help", command: c };
	}
	if (first === undefined) {
		if (help) return { kind: "help", command: null };
		throw new UsageError(`missing command (one of: ${COMMANDS.map((x) => x.name).join(", ")})`);
	}
	const command = findCommand(first);
	if (!command) throw new UsageError(`unknown command "${first}" (one of: ${COMMANDS.map((x) => x.name).join(", ")})`);
	if (help) return { kind: "help", command };
	if (version) throw new UsageError("--version takes no command", command);
	return { kind: "run", command, ...checkRun(command, rest, vaultFlag, values, isFolder), today, values };
}

function checkRun(
	command: CommandSpec,
	rest: string[],
	vaultFlag: string | null,
	values: Partial<Record<FlagName, string | true>>,
	isFolder: (p: string) => boolean,
): { operands: string[]; vault: string | null } {
	const bad = (why: string) => new UsageError(`${why} (usage: ${usageLine(command)})`, command);
	for (const f of FLAG_NAMES) {
		if (values[f] !== undefined && !command.flags.includes(f)) {
			throw bad(f === "limit" ? `${command.name} prints no list: --limit is not for it` : `${command.name} does not take --${f}`);
		}
	}
	const limit = values.limit;
	if (typeof limit === "string" && !(/^\d+$/.test(limit) && Number(limit) >= 1)) throw bad(`--limit must be a whole number of at least 1, not "${limit}"`);
	const want = command.operands?.names.length ?? 0;
	const operands = rest.slice(0, want);
	const after = rest.slice(want);
	if (command.operands) {
		const what = command.operands.are;
		const folder = operands.find(isFolder);
		if (folder !== undefined) throw bad(`${command.name} needs ${what} before the vault, and "${folder}" is a folder`);
		if (operands.length < want) throw bad(`${command.name} needs ${what}`);
	}
	if (vaultFlag !== null && after.length > 0) throw bad(`the vault is given twice: "${after[0]}" and --vault ${vaultFlag}`);
	if (after.length > 1) throw bad(`unexpected argument "${after[1]}"`);
	return { operands, vault: vaultFlag ?? after[0] ?? null };
}
