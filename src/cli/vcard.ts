/**
 * `import-vcard FILE [VAULT]` and `export-vcard [VAULT]`, as the command table (commands.ts) runs them. Import is a dry run unless `--write` is given;
 * writing creates notes that do not exist yet (never overwriting one) and adds keys to existing notes
 * without touching any other byte.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve as resolvePath, sep } from "node:path";
import {
	exportVcards, type KeyValue, newNoteText, type PlanEntry, planImport, planInputFrom, readVcards, updateContactNote, type VcardProblem,
} from "../core/vcard";
import { table } from "../core/report";
import type { CommandContext } from "./spec";

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
				const r = updateContactNote(readFileSync(full, "utf8"), Object.entries<KeyValue>(e.add));
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

function planText(plan: PlanEntry[], problems: VcardProblem[], cards: number, written: Written | null, width: number | undefined): string {
	const parts: string[] = [];
	if (plan.length > 0) {
		const columns = [{ title: "Card" }, { title: "Action" }, { title: "Name" }, { title: "Note" }, { title: "Adds" }, { title: "Conflicts", flex: true }];
		parts.push(table(columns, plan.map((e) => [
			e.cards.join("+"), e.action === "create" ? "new" : e.action, e.name, e.path,
			e.action === "create" ? "(new note)" : Object.keys(e.add).join(", ") || "-",
			e.conflicts.map((c) => `${c.key}: note "${show(c.note)}", card "${show(c.card)}"`).join("; ") || "-",
		]), { width }));
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

/** `import-vcard FILE [VAULT]`: the plan, card by card; with `--write`, applied. Exit 1 when a card could not be read. */
export function importVcardCommand(c: CommandContext): number {
	const file = resolvePath(c.io.cwd, c.operands[0] as string);
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		return c.fail(`cannot read "${c.operands[0] ?? ""}": ${(e as { code?: string }).code === "ENOENT" ? "no such file" : (e as Error).message}`);
	}
	const { index } = c.load();
	const { network, settings } = c.input();
	const read = readVcards(bytes);
	const input = planInputFrom(index, network, settings);
	const plan = planImport(read.contacts, input);
	const written = c.write ? apply(c.vault, plan, input.mark) : null;
	if (c.json) {
		c.io.out(`${JSON.stringify({ cards: read.cards, plan: plan.map(planJson), problems: read.problems, ...(written ? { written } : {}) }, null, 2)}\n`);
	} else c.io.out(`${planText(plan, read.problems, read.cards, written, c.io.columns)}\n`);
	return read.problems.length > 0 || (written?.refused.length ?? 0) > 0 ? 1 : 0;
}

/** `export-vcard [VAULT]`: every person as a vCard, on stdout or into `--out FILE` (never over one without `--force`). */
export function exportVcardCommand(c: CommandContext): number {
	if (c.force && c.out === null) return c.fail("--force goes with --out FILE");
	if (c.out !== null && existsSync(resolvePath(c.io.cwd, c.out)) && !c.force) return c.fail(`"${c.out}" exists; add --force to overwrite it`);
	const { index } = c.load();
	const { network } = c.input();
	const text = exportVcards(index, network, c.vcard === "3" ? 3 : 4);
	if (c.out === null) c.io.out(text);
	else {
		writeFileSync(resolvePath(c.io.cwd, c.out), text, "utf8");
		c.io.out(`Wrote ${network.people.size} people to ${c.out}\n`);
	}
	return 0;
}
