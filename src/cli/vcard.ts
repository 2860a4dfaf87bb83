/**
 * `import-vcard FILE [VAULT]` and `export-vcard [VAULT]` (../shared/design/cli.md). Their own small
 * grammar, so run.ts only hands them the arguments. Import is a dry run unless `--write` is given;
 * writing creates notes that do not exist yet (never overwriting one) and adds keys to existing notes
 * without touching any other byte.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve as resolvePath, sep } from "node:path";
import { localToday, parseIsoDate } from "../core/dates";
import {
	addFrontmatterKeys, exportVcards, type KeyValue, newNoteText, type PlanEntry, planImport, planInputFrom, readVcards, type VcardProblem,
} from "../core/vcard";
import type { Io } from "./run";
import { table } from "./table";
import { loadVault, VaultError } from "./vault";

export const VCARD_COMMANDS = ["import-vcard", "export-vcard"] as const;

export const VCARD_USAGE = `       active-network import-vcard FILE [VAULT] [--write] [--json]
       active-network export-vcard [VAULT] [--vcard 3|4] [--out FILE] [--force]

  import-vcard  plan the import of a .vcf file (new people, keys to add, conflicts); --write applies it
  export-vcard  every person as a vCard (4.0, or 3.0 with --vcard 3), on stdout or into --out FILE`;

class UsageError extends Error {}

interface VcardArgs {
	command: (typeof VCARD_COMMANDS)[number];
	file: string | null;
	vault: string;
	json: boolean;
	write: boolean;
	version: 3 | 4;
	out: string | null;
	force: boolean;
	today: string | null;
}

/** Is this a vCard command line (its first word one of ours)? */
export function isVcardCommand(argv: string[]): boolean {
	const first = argv.find((a) => !a.startsWith("-"));
	return first !== undefined && (VCARD_COMMANDS as readonly string[]).includes(first);
}

function parseArgs(argv: string[], cwd: string): VcardArgs | "help" {
	if (argv.includes("--help") || argv.includes("-h")) return "help";
	const a: Omit<VcardArgs, "command" | "file" | "vault"> = { json: false, write: false, version: 4, out: null, force: false, today: null };
	const positional: string[] = [];
	let vaultOption: string | null = null;
	let versionGiven = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		const value = (name: string): string => {
			const eq = arg.indexOf("=");
			if (eq >= 0) return arg.slice(eq + 1);
			const v = argv[++i];
			if (v === undefined) throw new UsageError(`${name} needs a value`);
			return v;
		};
		const is = (name: string) => arg === name || arg.startsWith(`${name}=`);
		if (arg === "--json") a.json = true;
		else if (arg === "--write") a.write = true;
		else if (arg === "--force") a.force = true;
		else if (is("--vcard")) {
			const v = value("--vcard");
			if (v !== "3" && v !== "4" && v !== "3.0" && v !== "4.0") throw new UsageError(`--vcard must be 3 or 4, not "${v}"`);
			a.version = v.startsWith("3") ? 3 : 4;
			versionGiven = true;
		} else if (is("--out")) a.out = value("--out");
		else if (is("--vault")) vaultOption = value("--vault");
		else if (is("--today")) {
			const v = value("--today");
			if (!parseIsoDate(v)) throw new UsageError(`--today must be a real date YYYY-MM-DD, not "${v}"`);
			a.today = v;
		} else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`);
		else positional.push(arg);
	}
	const [command, ...rest] = positional as [VcardArgs["command"], ...string[]];
	let file: string | null = null;
	if (command === "import-vcard") {
		file = rest.shift() ?? null;
		if (file === null) throw new UsageError("import-vcard needs a file: active-network import-vcard FILE [VAULT]");
		if (a.out !== null || a.force || versionGiven) throw new UsageError("--out, --force and --vcard are for export-vcard");
	} else {
		if (a.json) throw new UsageError("export-vcard prints vCard text: --json is not an option for it");
		if (a.write) throw new UsageError("--write is for import-vcard");
		if (a.force && a.out === null) throw new UsageError("--force goes with --out FILE");
	}
	if (vaultOption !== null && rest.length > 0) throw new UsageError(`the vault is given twice ("${rest[0]}" and --vault)`);
	if (rest.length > 1) throw new UsageError(`unexpected argument "${rest[1]}"`);
	return { ...a, command, file: file === null ? null : resolvePath(cwd, file), vault: resolvePath(cwd, vaultOption ?? rest[0] ?? ".") };
}

function show(v: KeyValue): string {
	return Array.isArray(v) ? v.join(", ") : v;
}

/** The plan as cli.md's JSON (plus `cards` merged into an entry). */
function planJson(entry: PlanEntry) {
	return { card: entry.card, cards: entry.cards, name: entry.name, action: entry.action, path: entry.path, add: entry.add, conflicts: entry.conflicts };
}

interface Written {
	created: string[];
	updated: string[];
	refused: { path: string; reason: string }[];
}

/** Applies the plan: new notes (never over a file), keys added to existing notes (refused rather than guessed). */
function apply(vault: string, plan: PlanEntry[], mark: Parameters<typeof newNoteText>[1]): Written {
	const w: Written = { created: [], updated: [], refused: [] };
	for (const e of plan) {
		if (e.action === "unchanged") continue;
		const full = join(vault, ...e.path.split("/"));
		const rel = relative(vault, full);
		if (rel.startsWith("..") || rel.startsWith(sep)) {
			w.refused.push({ path: e.path, reason: "outside the vault" });
			continue;
		}
		try {
			if (e.action === "create") {
				mkdirSync(dirname(full), { recursive: true });
				writeFileSync(full, newNoteText(e, mark), { encoding: "utf8", flag: "wx" });
				w.created.push(e.path);
			} else {
				const r = addFrontmatterKeys(readFileSync(full, "utf8"), Object.entries<KeyValue>(e.add));
				if (!r.ok) w.refused.push({ path: e.path, reason: r.reason });
				else {
					writeFileSync(full, r.text, "utf8");
					w.updated.push(e.path);
				}
			}
		} catch (err) {
			const code = (err as { code?: string }).code;
			w.refused.push({ path: e.path, reason: code === "EEXIST" ? "a file with this name exists (never overwritten)" : (err as Error).message });
		}
	}
	return w;
}

function planText(plan: PlanEntry[], problems: VcardProblem[], cards: number, written: Written | null, width: number): string {
	const parts: string[] = [];
	if (plan.length > 0) {
		parts.push(table(["Card", "Action", "Name", "Note", "Adds", "Conflicts"], plan.map((e) => [
			e.cards.join("+"), e.action === "create" ? "new" : e.action, e.name, e.path,
			e.action === "create" ? "(new note)" : Object.keys(e.add).join(", ") || "-",
			e.conflicts.map((c) => `${c.key}: note "${show(c.note)}", card "${show(c.card)}"`).join("; ") || "-",
		]), width));
	}
	const count = (a: string) => plan.filter((e) => e.action === a).length;
	const conflicts = plan.reduce((n, e) => n + e.conflicts.length, 0);
	parts.push(`\n${cards} card${cards === 1 ? "" : "s"}: ${count("create")} new, ${count("update")} to update, ${count("unchanged")} unchanged, ${conflicts} conflict${conflicts === 1 ? "" : "s"} (never changed).`);
	for (const p of problems) parts.push(`${p.card === null ? "file" : `card ${p.card}`}${p.line === null ? "" : `, line ${p.line}`}: ${p.message}`);
	if (written === null) parts.push("Dry run: nothing was written. Add --write to apply.");
	else {
		parts.push(`Wrote ${written.created.length} new note${written.created.length === 1 ? "" : "s"}, added keys to ${written.updated.length}.`);
		for (const r of written.refused) parts.push(`not written: ${r.path}: ${r.reason}`);
	}
	return parts.join("\n");
}

export function runVcard(argv: string[], io: Io): number {
	let args: VcardArgs | "help";
	try {
		args = parseArgs(argv, io.cwd);
	} catch (e) {
		io.err(`active-network: ${(e as Error).message}; see active-network --help\n`);
		return 2;
	}
	if (args === "help") {
		io.out(`usage:\n${VCARD_USAGE}\n`);
		return 0;
	}
	let bytes: Uint8Array | null = null;
	if (args.file !== null) {
		try {
			bytes = readFileSync(args.file);
		} catch (e) {
			io.err(`active-network: cannot read "${args.file}": ${(e as { code?: string }).code === "ENOENT" ? "no such file" : (e as Error).message}\n`);
			return 2;
		}
	}
	if (args.out !== null && existsSync(resolvePath(io.cwd, args.out)) && !args.force) {
		io.err(`active-network: "${args.out}" exists; add --force to overwrite it\n`);
		return 2;
	}
	let loaded;
	try {
		loaded = loadVault(args.vault);
	} catch (e) {
		if (e instanceof VaultError) {
			io.err(`active-network: ${e.message}\n`);
			return 2;
		}
		throw e;
	}
	const network = loaded.index.network(args.today ?? localToday(io.now()));
	if (args.command === "export-vcard") {
		const text = exportVcards(loaded.index, network, args.version);
		if (args.out === null) io.out(text);
		else {
			writeFileSync(resolvePath(io.cwd, args.out), text, "utf8");
			io.out(`Wrote ${network.people.size} people to ${args.out}\n`);
		}
		return 0;
	}
	const read = readVcards(bytes as Uint8Array);
	const input = planInputFrom(loaded.index, network, loaded.settings);
	const plan = planImport(read.contacts, input);
	const written = args.write ? apply(args.vault, plan, input.mark) : null;
	if (args.json) {
		io.out(`${JSON.stringify({ cards: read.cards, plan: plan.map(planJson), problems: read.problems, ...(written ? { written } : {}) }, null, 2)}\n`);
	} else io.out(`${planText(plan, read.problems, read.cards, written, io.columns ?? 120)}\n`);
	return read.problems.length > 0 || (written?.refused.length ?? 0) > 0 ? 1 : 0;
}
