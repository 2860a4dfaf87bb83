/**
 * The import's review step: the plan in four sections (new, update, unchanged, conflicts), every entry
 * with a checkbox and what would be written, and the cards that could not be read with their card number
 * and line. Nothing is written until "Import"; conflicts start unticked and change nothing unless chosen.
 * Note text reaches the DOM only as text.
 */
import { type App, Modal, Notice, Setting } from "obsidian";
import type { Conflict, KeyValue, PlanEntry, VcardProblem } from "../../core";
import type { ImportChoice, ImportSummary } from "./import-write";

export type SectionId = "new" | "update" | "unchanged" | "conflicts";

export interface ImportReview {
	/** Where the cards came from (a file name), for the title. */
	source: string;
	cards: number;
	plan: PlanEntry[];
	problems: VcardProblem[];
}

/** Writes the choices; `progress` updates the modal's progress line. */
export type RunImport = (choices: ImportChoice[], progress: (done: number, total: number) => void) => Promise<ImportSummary>;

function show(v: KeyValue): string {
	return Array.isArray(v) ? v.join(", ") : v;
}

function keysText(add: PlanEntry["add"]): string {
	return Object.entries(add)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => `${k}: ${show(v)}`)
		.join("; ");
}

export function problemText(p: VcardProblem): string {
	return `${p.card === null ? "The file" : `Card ${p.card}`}${p.line === null ? "" : `, line ${p.line}`}: ${p.message}`;
}

export class ImportContactsModal extends Modal {
	/** Ticked entries (new, update) and chosen conflicts. */
	private readonly ticked = new Set<PlanEntry>();
	private readonly chosen = new Set<Conflict>();
	private readonly boxes = new Map<SectionId, { box: HTMLInputElement; on: (v: boolean) => void }[]>();
	private progressEl: HTMLElement | null = null;
	/** The scrolling part (problems and sections); the summary line and the buttons stay in view. */
	private listEl: HTMLElement | null = null;
	private running = false;

	constructor(
		app: App,
		private readonly review: ImportReview,
		private readonly run: RunImport,
	) {
		super(app);
		for (const e of review.plan) if (e.action !== "unchanged") this.ticked.add(e);
	}

	override onOpen(): void {
		const { plan, problems, cards, source } = this.review;
		this.setTitle(`Import contacts from ${source}`);
		const el = this.contentEl;
		el.addClass("active-network-import");
		const count = (a: PlanEntry["action"]) => plan.filter((e) => e.action === a).length;
		const conflicts = plan.flatMap((e) => e.conflicts.map((c) => ({ entry: e, conflict: c })));
		el.createEl("p", {
			cls: "setting-item-description",
			text: `${cards} card${cards === 1 ? "" : "s"}: ${count("create")} new, ${count("update")} to update, ${count("unchanged")} unchanged, ${conflicts.length} conflict${conflicts.length === 1 ? "" : "s"}. Nothing is written until you choose Import; existing notes only gain keys.`,
		});
		this.listEl = el.createDiv({ cls: "active-network-import-list" });
		if (problems.length > 0) {
			const box = this.listEl.createDiv({ cls: "active-network-import-problems" });
			box.createEl("h4", { text: `Not read (${problems.length})` });
			const ul = box.createEl("ul");
			for (const p of problems) ul.createEl("li", { text: problemText(p) });
		}
		const rows = (a: PlanEntry["action"]) => plan.filter((e) => e.action === a);
		this.section("new", "New people", rows("create").map((e) => this.entryRow(e, `${e.path}: ${keysText(e.add) || "(no keys)"}`)));
		this.section("update", "Keys to add", rows("update").map((e) => this.entryRow(e, `${e.path}: ${keysText(e.add)}`)));
		this.section("unchanged", "Unchanged", rows("unchanged").map((e) => ({ label: e.name, detail: `${e.path}: nothing to add${e.conflicts.length > 0 ? ` (${e.conflicts.length} conflict${e.conflicts.length === 1 ? "" : "s"}, below)` : ""}`, box: null })));
		this.section(
			"conflicts",
			"Conflicts",
			conflicts.map(({ entry, conflict }) => ({
				label: `${entry.name}: ${conflict.key}`,
				detail: `note: ${show(conflict.note)} / card: ${show(conflict.card)}`,
				box: { checked: false, on: (v: boolean) => (v ? this.chosen.add(conflict) : this.chosen.delete(conflict)) },
			})),
		);
		this.progressEl = el.createDiv({ cls: "active-network-import-progress" });
		new Setting(el)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText("Import")
					.setCta()
					.onClick(() => void this.submit()),
			);
	}

	private entryRow(e: PlanEntry, detail: string) {
		return { label: e.name, detail, box: { checked: true, on: (v: boolean) => (v ? this.ticked.add(e) : this.ticked.delete(e)) } };
	}

	private section(id: SectionId, title: string, rows: { label: string; detail: string; box: { checked: boolean; on: (v: boolean) => void } | null }[]): void {
		const sec = (this.listEl ?? this.contentEl).createDiv({ cls: "active-network-import-section", attr: { "data-section": id } });
		const head = sec.createDiv({ cls: "active-network-import-head" });
		head.createEl("h4", { text: `${title} (${rows.length})` });
		if (id === "conflicts" && rows.length > 0) {
			sec.createDiv({ cls: "setting-item-description", text: "Left as the note has it unless you tick it: then the card's value replaces the note's." });
		}
		if (rows.length === 0) return;
		const list: { box: HTMLInputElement; on: (v: boolean) => void }[] = [];
		this.boxes.set(id, list);
		if (rows.some((r) => r.box)) {
			for (const [text, value] of [["All", true], ["None", false]] as const) {
				const b = head.createEl("button", { text, cls: "active-network-import-all", attr: { "data-select": value ? "all" : "none" } });
				b.addEventListener("click", () => this.selectAll(id, value));
			}
		}
		const ul = sec.createEl("ul");
		for (const r of rows) {
			const li = ul.createEl("li");
			const label = li.createEl("label");
			if (r.box) {
				const box = label.createEl("input", { type: "checkbox" });
				box.checked = r.box.checked;
				const on = r.box.on;
				box.addEventListener("change", () => on(box.checked));
				list.push({ box, on });
			}
			label.createSpan({ cls: "active-network-import-name", text: r.label });
			li.createDiv({ cls: "active-network-import-detail setting-item-description", text: r.detail });
		}
	}

	/** Ticks or clears every box of a section. */
	selectAll(id: SectionId, value: boolean): void {
		for (const { box, on } of this.boxes.get(id) ?? []) {
			box.checked = value;
			on(value);
		}
	}

	/** What the ticks say to write, entry by entry. */
	choices(): ImportChoice[] {
		const out: ImportChoice[] = [];
		for (const entry of this.review.plan) {
			const write = this.ticked.has(entry);
			const replace = entry.conflicts.filter((c) => this.chosen.has(c));
			if (write || replace.length > 0) out.push({ entry, write, replace });
		}
		return out;
	}

	private async submit(): Promise<void> {
		if (this.running) return;
		this.running = true;
		for (const b of this.contentEl.querySelectorAll("button, input")) (b as HTMLButtonElement | HTMLInputElement).disabled = true;
		const progress = (done: number, total: number) => this.progressEl?.setText(`Writing ${done} of ${total}…`);
		try {
			await this.run(this.choices(), progress);
		} catch (e) {
			console.error("Active Network: the import failed", e);
			new Notice(`The import stopped: ${e instanceof Error ? e.message : String(e)}`, 0);
		} finally {
			this.running = false;
			this.close();
		}
	}
}
