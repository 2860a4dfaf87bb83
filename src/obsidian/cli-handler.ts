/**
 * Obsidian's own command line (1.12.2+, `registerCliHandler`): `active-network` and
 * `active-network:people`, `:cold`, `:promises`, `:touchpoints`, `:check`. The answers come from the
 * same Node-free formatting as the terminal command (core/report), so both print the very same text and
 * JSON. Registered only when the app has the hook; older apps simply do without.
 */
import { type CliData, type CliFlags, type Plugin, requireApiVersion } from "obsidian";
import { coldReport, type Network, openPromises } from "../core";
import { checkReport, coldReportOf, PLAIN, peopleReport, promisesReport, type Report, type ReportInput, touchpointsReport } from "../core/report";
import type { NetworkHost } from "./host";

export const CLI_VERSION = "1.12.2";

const FLAGS: CliFlags = {
	json: { description: "Print JSON instead of text" },
	limit: { value: "<n>", description: "At most this many items in a list" },
};

interface CliCommand {
	name: string;
	description: string;
	report: (q: ReportInput) => Report;
}

export function cliCommands(notes: () => number): CliCommand[] {
	return [
		{ name: "people", description: "Everyone, with status, last contact, due date and cadence", report: peopleReport },
		{ name: "cold", description: "People past their cadence, most overdue first, and those never contacted", report: coldReportOf },
		{ name: "promises", description: "Open promises, both ways, overdue first", report: promisesReport },
		{ name: "touchpoints", description: "Who to be in touch with next, why, and what to bring up", report: touchpointsReport },
		{ name: "check", description: "Problems in notes, each with file and line", report: (q) => checkReport(q, [], notes()) },
	];
}

/** `--limit` as the terminal reads it: a whole number of 1 or more; else an error line. */
function limitOf(params: CliData): number | null | string {
	const raw = params.limit;
	if (raw === undefined) return null;
	const n = Number(raw);
	return Number.isInteger(n) && n >= 1 ? n : `--limit must be a whole number of 1 or more, not "${raw}"`;
}

function summary(network: Network, host: NetworkHost): string {
	const today = host.today();
	const cold = coldReport(network, host.settings, today);
	const promises = openPromises(network, today);
	return [
		`${network.people.size} people, ${cold.cold.length} cold, ${cold.never.length} never contacted, ${promises.length} open promises (${promises.filter((p) => p.overdue).length} overdue).`,
		"",
		"Commands: active-network:people, :cold, :promises, :touchpoints, :check (each takes json and limit=N).",
	].join("\n");
}

/** What one call prints: JSON (as the terminal's --json) or text. Never throws. */
export function runCli(host: NetworkHost, command: CliCommand | null, params: CliData): string {
	const network = host.feed.network();
	if (!network) return "Active Network is still indexing the vault. Try again in a moment.";
	if (command === null) return summary(network, host);
	const limit = limitOf(params);
	if (typeof limit === "string") return `error: ${limit}`;
	const report = command.report({ network, settings: host.settings, today: host.today(), limit, style: PLAIN });
	return params.json === undefined ? report.text() : JSON.stringify(report.json, null, 2);
}

/** Registers the handlers when the app has them (1.12.2+). Returns whether it did. */
export function registerCli(plugin: Plugin, host: NetworkHost, notes: () => number): boolean {
	const p = plugin as Plugin & { registerCliHandler?: unknown };
	if (requireApiVersion("1.12.2") && typeof p.registerCliHandler === "function") {
		const id = plugin.manifest.id;
		plugin.registerCliHandler(id, "Active Network: people, cold, promises at a glance", null, (params) => runCli(host, null, params));
		for (const c of cliCommands(notes)) {
			plugin.registerCliHandler(`${id}:${c.name}`, c.description, FLAGS, (params) => runCli(host, c, params));
		}
		return true;
	}
	return false;
}
