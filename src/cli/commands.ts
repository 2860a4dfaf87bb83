/**
 * The command table: every command the `active-network` command knows, in the order `help` lists them.
 * The formatting lives in src/core/report (shared with the plugin); an entry here only says what the
 * command takes and which report it prints.
 */
import {
	balanceReport, checkReport, coldReportOf, GRAPH_FORMATS, type GraphFormat, graphReport, introReport, peopleReport, promisesReport,
	suggestIntrosReport, touchpointsReport,
} from "../core/report";
import { calendarCommand } from "./calendar";
import type { CommandSpec } from "./spec";
import { exportVcardCommand, importVcardCommand } from "./vcard";

export const COMMANDS: readonly CommandSpec[] = [
	{
		name: "people",
		summary: "everyone the vault knows as a person, with cadence and status",
		help: "Lists every person, sorted by name: status (ok, cold, never contacted, snoozed, paused), last contact, when the next touchpoint is due, and the cadence in the units the note gives (every 3 months).",
		flags: ["json", "limit"],
		list: true,
		run: (c) => c.print(peopleReport(c.peopleInput())),
	},
	{
		name: "cold",
		summary: "who is overdue for their cadence, ranked; and who was never contacted",
		help: "Lists the people past their cadence, most overdue first relative to the cadence (days overdue ÷ days in the cadence, shown as its own column), then the people never contacted.",
		flags: ["json", "limit"],
		list: true,
		run: (c) => c.print(coldReportOf(c.peopleInput())),
	},
	{
		name: "promises",
		summary: "open promises, yours and theirs, overdue first",
		help: "Lists open promises (tasks that link a person; #waiting marks theirs): overdue first by due date, then by due date, then those with none, each with the file and line it is on.",
		flags: ["json", "limit"],
		list: true,
		run: (c) => c.print(promisesReport(c.input())),
	},
	{
		name: "touchpoints",
		summary: "who to be in touch with next, why, and what to bring up",
		help: "Lists the people to be in touch with now, most urgent first (10 unless --limit says otherwise): overdue and coming promises, birthdays, cold and never-contacted people, with what to bring up.",
		flags: ["json", "limit"],
		list: true,
		run: (c) => c.print(touchpointsReport(c.input())),
	},
	{
		name: "graph",
		summary: "the people network: who is connected to whom, and how",
		help: "Prints the people network: a table of connections as text; JSON with --json or --format json; Graphviz DOT, GraphML or an Obsidian canvas with --format. --json with another --format is bad usage.",
		flags: ["json", "format"],
		run: (c) => {
			if (c.format !== null && !GRAPH_FORMATS.includes(c.format as GraphFormat)) return c.fail(`--format must be one of ${GRAPH_FORMATS.join(", ")}, not "${c.format}"`);
			if (c.json && c.format !== null && c.format !== "json") return c.fail(`--json and --format ${c.format} ask for two different outputs; use one`);
			const format = (c.format ?? (c.json ? "json" : null)) as GraphFormat | null;
			return c.print(graphReport(c.input(), format));
		},
	},
	{
		name: "check",
		summary: "problems in notes (invalid YAML, impossible dates...); exit 1 when any",
		help: "Lists every problem found in the notes, each with its file and line: invalid frontmatter, impossible dates, unknown cadences, files that cannot be read. Exit status 1 when there is any.",
		flags: ["json", "limit"],
		list: true,
		run: (c) => {
			const input = c.input();
			const { unreadable, notes } = c.loaded();
			return c.print(checkReport(input, unreadable, notes));
		},
	},
	{
		name: "intro",
		operands: { names: ["A", "B"], are: "two people" },
		summary: "how well you know A and B, their common threads, and a draft introduction",
		help: "A and B are names, aliases or note paths of two people, given before the vault. Says how well you know each, what they have in common, and drafts a short introduction.",
		flags: ["json"],
		run: (c) => {
			const r = introReport(c.input(), c.operands[0] as string, c.operands[1] as string);
			return "error" in r ? c.fail(r.error) : c.print(r);
		},
	},
	{
		name: "suggest-intros",
		summary: "pairs worth introducing, best first, with the reason",
		help: "Lists pairs of people not yet connected whose needs and offers match or who share interests, places or friends, best first (10 unless --limit says otherwise).",
		flags: ["json", "limit"],
		list: true,
		run: (c) => c.print(suggestIntrosReport(c.input())),
	},
	{
		name: "balance",
		summary: "give and take with each person (#gave / #got, kept promises)",
		help: "Lists how often you helped each person and they helped you (touchpoints tagged #gave and #got, kept promises), and says when it has gone one-sided.",
		flags: ["json", "limit"],
		list: true,
		run: (c) => c.print(balanceReport(c.input())),
	},
	{
		name: "calendar",
		summary: "birthdays, promise due dates and check-ins as an iCalendar file",
		help: "Prints iCalendar text (or writes FILE with --out, never over an existing one without --force); with --json the events.",
		flags: ["json", "out", "force"],
		run: (c) => {
			const { network, settings, today } = c.input();
			return calendarCommand(network, settings, today, { vault: c.vault, json: c.json, out: c.out, force: c.force }, c.io);
		},
	},
	{
		name: "import-vcard",
		operands: { names: ["FILE"], are: "a vCard file", files: true },
		summary: "people from a vCard file: what would be created or updated",
		help: "Reads FILE (a .vcf) and shows, card by card, which person notes would be created, updated or left unchanged. A dry run unless --write is given. Exit status 1 when a card could not be read.",
		flags: ["json", "write"],
		run: importVcardCommand,
	},
	{
		name: "export-vcard",
		summary: "every person as a vCard",
		help: "Prints one vCard per person (4.0, or 3.0 with --vcard 3), or writes FILE with --out (never over an existing one without --force). --json is bad usage.",
		flags: ["vcard", "out", "force"],
		run: exportVcardCommand,
	},
];

export function findCommand(name: string): CommandSpec | undefined {
	return COMMANDS.find((c) => c.name === name);
}
