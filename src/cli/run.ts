/**
 * The `active-network` command (cli.md). `run` takes the arguments and an output port, and returns the
 * exit status: 0 done, 1 `check` found problems, 2 bad usage or an unreadable vault (one line on stderr).
 * Parsing is in args.ts, the commands in commands.ts, their output in src/core/report.
 */
import { statSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { type IsoDate, localToday } from "../core/dates";
import type { PeopleNetwork } from "../core/network";
import type { NetworkIndex } from "../core/network-index";
import { COLOUR, PLAIN, type Report, type ReportInput } from "../core/report";
import { version } from "../../package.json";
import { parseArgs, UsageError } from "./args";
import { commandHelp, generalHelp } from "./help";
import type { CommandContext, Io } from "./spec";

export type { Io } from "./spec";
import { type LoadedVault, loadVault, VaultError } from "./vault";


export { generalHelp as usage } from "./help";

function progressBar(io: Io): { onProgress: (done: number, total: number) => void; finish: () => void } {
	const start = io.now().getTime();
	let shown = false;
	return {
		onProgress: (done, total) => {
			if (!io.errIsTTY || total === 0) return;
			if (!shown && io.now().getTime() - start < 1000) return;
			shown = true;
			const width = 30;
			const filled = Math.round((done / total) * width);
			io.err(`\rindexing [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} notes`);
		},
		finish: () => {
			if (shown) io.err("\r\x1b[2K");
		},
	};
}

function isFolder(cwd: string) {
	return (p: string): boolean => {
		try {
			return statSync(resolvePath(cwd, p)).isDirectory();
		} catch {
			return false;
		}
	};
}

/** A one-line reason on stderr, exit 2. */
function failWith(io: Io, reason: string): 2 {
	io.err(`active-network: ${reason.split("\n")[0]}\n`);
	return 2;
}

export function run(argv: string[], io: Io): number {
	try {
		return runParsed(argv, io);
	} catch (e) {
		if (e instanceof UsageError) return failWith(io, `${e.message}${e.message.includes("(usage:") ? "" : "; see active-network --help"}`);
		if (e instanceof VaultError) return failWith(io, e.message);
		throw e;
	}
}

function runParsed(argv: string[], io: Io): number {
	const parsed = parseArgs(argv, isFolder(io.cwd));
	if (parsed.kind === "version") {
		io.out(`${version}\n`);
		return 0;
	}
	if (parsed.kind === "help") {
		io.out(`${parsed.command ? commandHelp(parsed.command) : generalHelp()}\n`);
		return 0;
	}
	const { command, values } = parsed;
	const vault = resolvePath(io.cwd, parsed.vault ?? ".");
	const json = values.json === true;
	let loaded: LoadedVault | null = null;
	let input: ReportInput | null = null;
	const load = (): LoadedVault => {
		if (loaded) return loaded;
		const bar = progressBar(io);
		try {
			loaded = loadVault(vault, { onProgress: bar.onProgress });
		} finally {
			bar.finish();
		}
		return loaded;
	};
	const inputWith = <N extends PeopleNetwork>(derive: (index: NetworkIndex, today: IsoDate) => N): ReportInput<N> => {
		const { index, settings } = load();
		const today = parsed.today ?? localToday(io.now());
		return { network: derive(index, today), settings, today, limit: context.limit, style: io.colour && !json ? COLOUR : PLAIN, width: io.columns };
	};
	const context: CommandContext = {
		operands: parsed.operands,
		vault,
		limit: typeof values.limit === "string" ? Number(values.limit) : null,
		json,
		format: typeof values.format === "string" ? values.format : null,
		write: values.write === true,
		out: typeof values.out === "string" ? values.out : null,
		force: values.force === true,
		vcard: values.vcard === "3" || values.vcard === "4" ? values.vcard : null,
		io,
		load,
		input: () => {
			input ??= inputWith((index, today) => index.network(today));
			return input;
		},
		peopleInput: () => inputWith((index, today) => index.peopleNetwork(today)),
		loaded: () => {
			const l = load();
			return { unreadable: l.unreadable.map((u) => ({ path: u.path, line: null, severity: "error" as const, message: `cannot read: ${u.message}` })), notes: l.notes };
		},
		print: (r: Report) => {
			io.out(json ? `${JSON.stringify(r.json, null, 2)}\n` : `${r.text()}\n`);
			return r.exitCode ?? 0;
		},
		fail: (reason) => failWith(io, reason),
	};
	if (values.vcard !== undefined && context.vcard === null) throw new UsageError(`--vcard must be 3 or 4, not "${String(values.vcard)}"`, command);
	return command.run(context);
}
