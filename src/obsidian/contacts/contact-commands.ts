/**
 * The contacts commands: "Import contacts from vCard…" (a file from the device, or a `.vcf` in the vault
 * from its file menu), and "Export people as vCard". The plan comes from the core (src/core/vcard), the
 * review from the modal, the writes from import-write.ts inside one undo group.
 */
import { Notice, type Plugin } from "obsidian";
import { exportVcards, planImport, planInputFrom, readVcards } from "../../core";
import type { NetworkHost } from "../host";
import { pickDeviceFile } from "./device-file";
import { ExportVcardModal } from "./export-modal";
import { ImportContactsModal } from "./import-modal";
import { summaryText, writeImport } from "./import-write";
import { loadPersonTemplate } from "./person-template";

const isVcf = (path: string) => path.toLowerCase().endsWith(".vcf");
const notReady = "Still indexing your vault. Try again in a moment.";

/** Plans the import of `bytes` and opens the review; returns the modal (null when the index is not ready). */
export function reviewImport(host: NetworkHost, source: string, bytes: Uint8Array | string): ImportContactsModal | null {
	const index = host.feed.currentIndex();
	const network = host.feed.network();
	if (!index || !network) {
		new Notice(notReady);
		return null;
	}
	const read = readVcards(bytes);
	const input = planInputFrom(index, network, host.settings);
	const plan = planImport(read.contacts, input);
	const modal = new ImportContactsModal(host.app, { source, cards: read.cards, plan, problems: read.problems }, async (choices, progress) => {
		// Read when writing (not when planning), so an edit of the template during the review counts.
		const { template, problem } = await loadPersonTemplate(host.writer, host.settings, host.feed.context, host.today());
		const summary = await writeImport(
			{ writer: host.writer, undo: host.undo, mark: input.mark, template, templateProblem: problem, progress, pause: () => new Promise((r) => window.setTimeout(r, 0)) },
			plan,
			choices,
		);
		new Notice(summaryText(summary), summary.refused.length > 0 || summary.templateProblem ? 0 : undefined);
		return summary;
	});
	modal.open();
	return modal;
}

/** Opens the review for a `.vcf` in the vault. */
export async function importVaultFile(host: NetworkHost, path: string): Promise<ImportContactsModal | null> {
	try {
		const bytes = new Uint8Array(await host.writer.readBinary(path));
		return reviewImport(host, path, bytes);
	} catch (e) {
		new Notice(`Could not read "${path}": ${e instanceof Error ? e.message : String(e)}`);
		return null;
	}
}

/** Writes every person as vCard 4.0 to `path`; `overwrite` only after the user said yes. An error, or null. */
export async function writeVcardExport(host: NetworkHost, path: string, overwrite: boolean): Promise<string | null> {
	const index = host.feed.currentIndex();
	const network = host.feed.network();
	if (!index || !network) return notReady;
	const text = exportVcards(index, network, 4);
	const { writer } = host;
	try {
		if (writer.exists(path)) {
			if (!overwrite) return `"${path}" already exists.`;
			await host.undo.group("Export people as vCard", () => writer.process(path, () => text));
		} else await host.undo.group("Export people as vCard", () => writer.create(path, text));
	} catch (e) {
		return `Could not write "${path}": ${e instanceof Error ? e.message : String(e)}`;
	}
	new Notice(`Exported ${network.people.size} ${network.people.size === 1 ? "person" : "people"} to ${path}.`);
	return null;
}

export function registerContactCommands(plugin: Plugin, host: NetworkHost): void {
	plugin.addCommand({
		id: "import-vcard",
		name: "Import contacts from vCard…",
		callback: () => {
			if (!host.feed.ready) {
				new Notice(notReady);
				return;
			}
			pickDeviceFile(".vcf,text/vcard", (f) => void reviewImport(host, f.name, f.bytes), (m) => new Notice(m));
		},
	});
	plugin.addCommand({
		id: "export-vcard",
		name: "Export people as vCard",
		callback: () => new ExportVcardModal(host.app, (p) => host.writer.exists(p), (p, overwrite) => writeVcardExport(host, p, overwrite)).open(),
	});
	plugin.register(
		host.workspace.onFileMenu((path, add) => {
			if (isVcf(path)) add({ title: "Import contacts from vCard…", icon: "contact", onClick: () => void importVaultFile(host, path) });
		}),
	);
}
