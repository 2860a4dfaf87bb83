/**
 * The `active-network` command (../shared/design/cli.md). `run` takes the arguments and an output port,
 * and returns the exit status: 0 done, 1 `check` found problems, 2 bad usage or an unreadable vault.
 */
import { resolve as resolvePath } from "node:path";
import { coldReport, peopleStates } from "../core/cold";
import { localToday, parseIsoDate } from "../core/dates";
import { toCanvas, toDot, toGraphML } from "../core/export";
import { graphData } from "../core/graph";
import { findPerson, introduce, suggestIntroductions } from "../core/intro";
import { balances } from "../core/reciprocity";
import { nextTouchpoints } from "../core/next";
import { openPromises } from "../core/promises";
import { calendarCommand } from "./calendar";
import { table } from "./table";
import { loadVault, VaultError } from "./vault";
import { isVcardCommand, runVcard, VCARD_USAGE } from "./vcard";

export interface Io {
	out: (s: string) => void;
	err: (s: string) => void;
	/** Is stderr a terminal (for the progress bar)? */
	errIsTTY: boolean;
	now: () => Date;
	cwd: string;
	columns?: number;
}

const COMMANDS = ["people", "cold", "promises", "touchpoints", "graph", "check", "intro", "suggest-intros", "balance", "calendar"] as const;
const FORMATS = ["json", "dot", "graphml", "canvas"] as const;
type Format = (typeof FORMATS)[number];
type Command = (typeof COMMANDS)[number];

export const USAGE = `usage: active-network <command> [VAULT] [--today YYYY-MM-DD] [--json] [--limit N]
       active-network graph [VAULT] [--format json|dot|graphml|canvas]
       active-network intro A B [VAULT] [--json]

commands:
  people        everyone the vault knows as a person, with cadence and status
  cold          who is overdue for their cadence, ranked; and who was never contacted
  promises      open promises, mine and theirs, overdue first
  touchpoints   who to be in touch with next, and why
  graph         the people network (nodes and edges)
  check         problems in notes (invalid YAML, impossible dates...); exit 1 when any
  intro         how well you know A and B (names, aliases or paths), their common threads, a draft
  suggest-intros  pairs worth introducing, best first, with the reason
  balance       give and take with each person (#gave / #got, kept promises)
  calendar      birthdays, promises and check-ins as iCalendar [--out FILE [--force]]`;

interface Args {
	command: Command;
	vault: string;
	/** For `intro`: the two people. */
	names: string[];
	format: Format | null;
	today: string | null;
	json: boolean;
	limit: number;
	/** For `calendar`: the file to write, and whether it may be overwritten. */
	out: string | null;
	force: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[], cwd: string): Args | "help" {
	if (argv.includes("--help") || argv.includes("-h")) return "help";
	const positional: string[] = [];
	let today: string | null = null;
	let json = false;
	let limit = 10;
	let format: Format | null = null;
	let out: string | null = null;
	let force = false;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] as string;
		const value = (name: string): string => {
			const eq = a.indexOf("=");
			if (eq >= 0) return a.slice(eq + 1);
			const v = argv[++i];
			if (v === undefined) throw new UsageError(`${name} needs a value`);
			return v;
		};
		if (a === "--json") json = true;
		else if (a === "--out" || a.startsWith("--out=")) out = value("--out");
		else if (a === "--force") force = true;
		else if (a === "--today" || a.startsWith("--today=")) {
			const v = value("--today");
			if (!parseIsoDate(v)) throw new UsageError(`--today must be a real date YYYY-MM-DD, not "${v}"`);
			today = v;
		} else if (a === "--limit" || a.startsWith("--limit=")) {
			const v = value("--limit");
			if (!/^\d+$/.test(v)) throw new UsageError(`--limit must be a whole number, not "${v}"`);
			limit = Number(v);
		} else if (a === "--format" || a.startsWith("--format=")) {
			const v = value("--format");
			if (!FORMATS.includes(v as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${v}"`);
			format = v as Format;
		} else if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}`);
		else positional.push(a);
	}
	const [command, ...rest] = positional;
	if (command === undefined) throw new UsageError(`missing command (one of: ${COMMANDS.join(", ")})`);
	if (!COMMANDS.includes(command as Command)) throw new UsageError(`unknown command "${command}" (one of: ${COMMANDS.join(", ")})`);
	const names = command === "intro" ? rest.splice(0, 2) : [];
	if (command === "intro" && names.length < 2) throw new UsageError("intro needs two people: active-network intro A B [VAULT]");
	if (format !== null && command !== "graph") throw new UsageError("--format is only for graph");
	if ((out !== null || force) && command !== "calendar") throw new UsageError("--out and --force are only for calendar");
	const [vault, ...extra] = rest;
	if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
	return { command: command as Command, vault: resolvePath(cwd, vault ?? "."), names, format, today, json, limit, out, force };
}

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

export function run(argv: string[], io: Io): number {
	// vCard import and export have their own grammar (src/cli/vcard.ts).
	if (isVcardCommand(argv)) return runVcard(argv, io);
	let args: Args | "help";
	try {
		args = parseArgs(argv, io.cwd);
	} catch (e) {
		// One line: the reason, and where to read more.
		io.err(`active-network: ${(e as Error).message}; see active-network --help\n`);
		return 2;
	}
	if (args === "help") {
		io.out(`${USAGE}\n${VCARD_USAGE}\n`);
		return 0;
	}
	const bar = progressBar(io);
	let loaded;
	try {
		loaded = loadVault(args.vault, { onProgress: bar.onProgress });
	} catch (e) {
		bar.finish();
		if (e instanceof VaultError) {
			io.err(`active-network: ${e.message}\n`);
			return 2;
		}
		throw e;
	}
	bar.finish();
	const { index, settings } = loaded;
	const today = args.today ?? localToday(io.now());
	const network = index.network(today);
	const width = io.columns ?? 120;
	const print = (value: unknown, text: () => string) => io.out(args.json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);

	switch (args.command) {
		case "people": {
			const states = peopleStates(network, settings, today);
			const value = states.map((s) => {
				const p = network.people.get(s.path);
				return {
					path: s.path, name: s.name, circles: s.circles, cadenceDays: s.cadenceDays, lastContact: s.lastContact, due: s.due,
					status: s.status, aliases: p?.aliases ?? [], needs: p?.needs ?? [], offers: p?.offers ?? [],
				};
			});
			print(value, () =>
				states.length === 0
					? "No people yet: add `type: person` to a note's frontmatter."
					: table(["Name", "Status", "Last contact", "Due", "Cadence", "Circles"],
						states.map((s) => [s.name, s.status, s.lastContact ?? "-", s.due ?? "-", s.cadenceDays === null ? "paused" : `${s.cadenceDays}d`, s.circles.join(", ")]), width),
			);
			return 0;
		}
		case "cold": {
			const r = coldReport(network, settings, today);
			const value = {
				cold: r.cold.map((s) => ({ path: s.path, name: s.name, lastContact: s.lastContact, due: s.due, daysOverdue: s.daysOverdue, cadenceDays: s.cadenceDays })),
				never: r.never.map((s) => ({ path: s.path, name: s.name })),
			};
			print(value, () => {
				const parts: string[] = [];
				parts.push(r.cold.length === 0 ? "Nobody is cold." : table(["Name", "Last contact", "Due", "Overdue", "Cadence"],
					r.cold.map((s) => [s.name, s.lastContact ?? "-", s.due ?? "-", `${s.daysOverdue}d`, `${s.cadenceDays ?? 0}d`]), width));
				if (r.never.length > 0) parts.push(`\nNever contacted (${r.never.length}): ${r.never.map((s) => s.name).join(", ")}`);
				return parts.join("\n");
			});
			return 0;
		}
		case "promises": {
			const list = openPromises(network, today);
			const name = (p: string) => network.people.get(p)?.name ?? p;
			const value = list.map((p) => ({
				file: p.file, line: p.line, text: p.text, people: p.people, due: p.due, direction: p.direction, overdue: p.overdue, status: p.status,
			}));
			print(value, () =>
				list.length === 0 ? "No open promises." : table(["Due", "Whose", "With", "Promise", "Where"],
					list.map((p) => [p.due === null ? "-" : p.overdue ? `${p.due} !` : p.due, p.direction, p.people.map(name).join(", "), p.text, `${p.file}:${p.line}`]), width),
			);
			return 0;
		}
		case "touchpoints": {
			const list = nextTouchpoints(network, settings, today, args.limit);
			const value = list.map((t) => ({ path: t.path, name: t.name, score: t.score, reasons: t.reasons.map((r) => ({ kind: r.kind, detail: r.detail })), bringUp: t.bringUp }));
			print(value, () =>
				list.length === 0 ? "Nobody needs a touchpoint right now." : list.map((t, i) =>
					[`${i + 1}. ${t.name}`, ...t.reasons.map((r) => `   - ${r.kind}: ${r.detail}`), ...t.bringUp.slice(0, 2).map((b) => `   > ${b}`)].join("\n"),
				).join("\n"),
			);
			return 0;
		}
		case "graph": {
			const g = graphData(network);
			const value = { nodes: g.nodes, edges: g.edges.map((e) => ({ source: e.source, target: e.target, kinds: e.kinds, weight: e.weight })) };
			const format = args.format ?? (args.json ? "json" : null);
			if (format === "dot") io.out(toDot(g));
			else if (format === "graphml") io.out(toGraphML(g));
			else if (format === "canvas") io.out(`${JSON.stringify(toCanvas(g), null, "\t")}\n`);
			else if (format === "json") io.out(`${JSON.stringify(value, null, 2)}\n`);
			else {
				const name = (p: string) => network.people.get(p)?.name ?? p;
				io.out(`${g.nodes.length} people, ${g.edges.length} connections\n` +
					(g.edges.length === 0 ? "" : `\n${table(["Person", "Person", "Kinds", "Weight"], g.edges.map((e) => [name(e.source), name(e.target), e.kinds.join(", "), String(e.weight)]), width)}\n`));
			}
			return 0;
		}
		case "intro": {
			const [qa, qb] = args.names as [string, string];
			const a = findPerson(network, qa), b = findPerson(network, qb);
			if (!a || !b) {
				io.err(`active-network: no person "${!a ? qa : qb}" in ${args.vault} (use a name, an alias or a path)\n`);
				return 2;
			}
			if (a.path === b.path) {
				io.err(`active-network: "${qa}" and "${qb}" are the same person\n`);
				return 2;
			}
			const r = introduce(network, a, b, today, settings.personTags);
			const who = (k: typeof r.a) => ({ path: k.path, name: k.name, lastContact: k.lastContact, touchpoints: k.touchpoints, direct: k.direct, knownThrough: k.knownThrough, stale: k.stale, summary: k.summary });
			print({ a: who(r.a), b: who(r.b), connected: r.connected, threads: r.threads, draft: r.draft }, () =>
				[r.a.summary, r.b.summary, r.connected.length > 0 ? `Already connected in your notes (${r.connected.join(", ")}).` : "Not yet connected in your notes.", "",
					r.threads.length === 0 ? "No common threads found." : `Common threads:\n${r.threads.map((t) => `  - ${t.kind}: ${t.detail}`).join("\n")}`, "", "Draft:", "", r.draft].join("\n"),
			);
			return 0;
		}
		case "suggest-intros": {
			const list = suggestIntroductions(network, args.limit, settings.personTags);
			const name = (p: string) => network.people.get(p)?.name ?? p;
			print(list.map((s) => ({ a: s.a, b: s.b, aName: name(s.a), bName: name(s.b), score: s.score, reasons: s.reasons })), () =>
				list.length === 0 ? "No introductions to suggest yet: add needs, offers and interests to people." :
					list.map((s, i) => [`${i + 1}. ${name(s.a)} and ${name(s.b)}`, ...s.reasons.map((r) => `   - ${r.detail}`)].join("\n")).join("\n"),
			);
			return 0;
		}
		case "balance": {
			const list = balances(network, settings);
			print(list.map((l) => ({ path: l.path, name: l.name, gave: l.gave, got: l.got, lastGave: l.lastGave, lastGot: l.lastGot, oneSided: l.oneSided, note: l.note })), () =>
				table(["Name", "Gave", "Got", "Last gave", "Last got", "Note"], list.map((l) => [l.name, String(l.gave), String(l.got), l.lastGave ?? "-", l.lastGot ?? "-", l.note ?? ""]), width),
			);
			return 0;
		}
		case "calendar":
			return calendarCommand(network, settings, today, { vault: args.vault, json: args.json, out: args.out, force: args.force }, io);
		case "check": {
			const problems = [...network.problems, ...loaded.unreadable.map((u) => ({ path: u.path, line: null, severity: "error" as const, message: `cannot read: ${u.message}` }))];
			print(problems, () =>
				problems.length === 0 ? `No problems in ${loaded.notes} notes.` :
					problems.map((p) => `${p.path}${p.line === null ? "" : `:${p.line}`}: ${p.severity}: ${p.message}`).join("\n") + `\n\n${problems.length} problem${problems.length === 1 ? "" : "s"}`,
			);
			return problems.length > 0 ? 1 : 0;
		}
	}
}
