/** What `help` and `<command> --help` print, made from the command table (docs/cli.md is this text). */
import { COMMANDS } from "./commands";
import { type CommandSpec, FLAGS, usageLine } from "./spec";

/**
 * Wraps a paragraph to lines of at most `width` columns, counting `indent` on every line: the first
 * line comes without it (the caller puts its own label there, padded to the same width).
 */
function wrap(text: string, width: number, indent: string): string {
	const lines: string[] = [];
	let line = indent;
	for (const word of text.split(" ")) {
		if (line.length > indent.length && line.length + 1 + word.length > width) {
			lines.push(line);
			line = indent + word;
		} else line = line.length === indent.length ? line + word : `${line} ${word}`;
	}
	lines.push(line);
	return lines.join("\n").slice(indent.length);
}

const COMMON = [
	["VAULT, --vault PATH", "the vault folder; by default the folder you run the command from (under npm run cli, the folder you ran npm from)"],
	["--today YYYY-MM-DD", "the day to judge by; by default today's local date"],
	["--help", "this command's help"],
];

const pad = (s: string, n: number) => s + " ".repeat(Math.max(1, n - s.length));

const OPTION = 36;
/** An option and what it does, the text in a column of its own. */
const option = (name: string, help: string) => `  ${pad(name, OPTION - 2)}${wrap(help, 100, " ".repeat(OPTION))}`;

export function generalHelp(): string {
	const names = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
	const commands = COMMANDS.map((c) => `  ${pad(c.name, names)}${wrap(c.summary + (c.planned ? " (not built yet)" : ""), 100, " ".repeat(names + 2))}`);
	return [
		wrap("usage: active-network <command> [NAMES...] [VAULT] [--vault PATH] [--today YYYY-MM-DD] [--json] [--limit N]", 100, "         "),
		"       active-network --version | help [command] | <command> --help",
		"",
		"commands:",
		...commands,
		"",
		"options for every command:",
		...COMMON.map(([f, h]) => option(f as string, h as string)),
		"",
		"options for some commands (see active-network <command> --help):",
		...Object.values(FLAGS).map((f) => option(f.usage.slice(1, -1), f.help)),
		"",
		"Names come before the vault: active-network intro \"Maya Lopez\" Jonas ~/Notes",
		"Exit status: 0 done; 1 check found problems; 2 bad usage or an unreadable vault (why, on stderr).",
		"Colour only on a terminal, never with NO_COLOR set or with --json.",
	].join("\n");
}

export function commandHelp(c: CommandSpec): string {
	const flags = c.flags.map((f) => option(FLAGS[f].usage.slice(1, -1), FLAGS[f].help));
	return [
		wrap(`usage: ${usageLine(c)}`, 100, "         "),
		"",
		wrap(c.summary.charAt(0).toUpperCase() + c.summary.slice(1) + ".", 100, ""),
		"",
		wrap(c.help, 100, ""),
		...(c.planned ? ["", "Not built yet in this version: it says so and exits with status 2."] : []),
		"",
		"options:",
		...COMMON.map(([f, h]) => option(f as string, h as string)),
		...flags,
	].join("\n");
}
