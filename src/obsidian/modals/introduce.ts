/**
 * Introduce two people, honestly: how well you know each (and plainly when it has been over a year),
 * whether they are already connected, what they have in common, and a draft to edit, copy, keep as a
 * note, and follow up on.
 */
import { type App, Modal, Setting } from "obsidian";
import { type Acquaintance, EDGE_KINDS, type EdgeKind, type IntroReport, type IsoDate } from "../../core";

export interface IntroduceHandlers {
	/** The follow-up's due date, shown on its button. */
	followUpDue: IsoDate;
	copy(text: string): Promise<boolean>;
	/** Creates a note with the text; resolves true when it did (the modal then closes). */
	createNote(text: string): Promise<boolean>;
	recordFollowUp(): Promise<boolean>;
}

const CONNECTED: Record<EdgeKind, string> = {
	link: "their notes link each other",
	together: "you have seen them together",
	met_through: "one met you through the other",
	intro: "you have introduced them before",
};

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One line on how you know someone: how many touchpoints, direct or through whom. */
export function howYouKnow(k: Acquaintance): string {
	const parts: string[] = [k.touchpoints === 0 ? "No touchpoint recorded" : plural(k.touchpoints, "touchpoint", "touchpoints")];
	parts.push(k.direct ? "in touch directly" : "not in touch directly");
	if (k.knownThrough.length > 0) parts.push(`known through ${k.knownThrough.join(", ")}`);
	return `${parts.join(", ")}.`;
}

export class IntroduceModal extends Modal {
	private draftEl: HTMLTextAreaElement | null = null;

	constructor(
		app: App,
		private readonly report: IntroReport,
		private readonly handlers: IntroduceHandlers,
	) {
		super(app);
	}

	/** The draft as it stands, with the user's edits. */
	get draft(): string {
		return this.draftEl?.value ?? this.report.draft;
	}

	override onOpen(): void {
		const { a, b, connected, threads } = this.report;
		this.setTitle(`Introduce ${a.name} and ${b.name}`);
		const el = this.contentEl;
		el.addClass("active-network-intro");

		const known = this.section(el, "How well you know them");
		for (const k of [a, b]) {
			const person = known.createDiv({ cls: `active-network-intro-person${k.stale ? " mod-stale" : ""}` });
			person.createDiv({ cls: "active-network-intro-name", text: k.name });
			person.createDiv({ cls: "active-network-intro-summary", text: k.summary });
			person.createDiv({ cls: "active-network-intro-detail", text: howYouKnow(k) });
		}

		const link = this.section(el, "Already connected?");
		link.createDiv({
			cls: "active-network-intro-connected",
			text:
				connected.length > 0
					? `Yes: ${EDGE_KINDS.filter((k) => connected.includes(k))
							.map((k) => CONNECTED[k])
							.join("; ")}.`
					: "Not in your notes: they may not know each other yet.",
		});

		const common = this.section(el, "Common threads");
		if (threads.length === 0) common.createDiv({ cls: "active-network-intro-none", text: "Nothing in common found in their notes: needs, offers, interests, org, circles, tags or people they both know." });
		else {
			const list = common.createEl("ul", { cls: "active-network-intro-threads" });
			for (const t of threads) list.createEl("li", { cls: `mod-${t.kind}`, text: capitalise(t.detail) });
		}

		const draft = this.section(el, "Draft");
		this.draftEl = draft.createEl("textarea", { cls: "active-network-intro-draft", attr: { rows: 14, "aria-label": "Draft introduction", spellcheck: "true" } });
		this.draftEl.value = this.report.draft;

		const status = el.createDiv({ cls: "active-network-form-error" });
		const run = async (what: () => Promise<boolean>, button: { setDisabled(d: boolean): unknown }): Promise<boolean> => {
			button.setDisabled(true);
			status.setText("");
			try {
				return await what();
			} finally {
				button.setDisabled(false);
			}
		};
		new Setting(el)
			.addButton((btn) =>
				btn
					.setButtonText("Copy")
					.setTooltip("Copy the draft")
					.onClick(async () => {
						if (!(await run(() => this.handlers.copy(this.draft), btn))) status.setText("Could not copy: select the draft and copy it by hand.");
					}),
			)
			.addButton((btn) =>
				btn
					.setButtonText("Create note")
					.setTooltip("A new note with the draft")
					.onClick(async () => {
						if (await run(() => this.handlers.createNote(this.draft), btn)) this.close();
					}),
			)
			.addButton((btn) =>
				btn
					.setButtonText("Record follow-up")
					.setTooltip(`Adds a task to follow up on this introduction to ${a.name}'s log, due ${this.handlers.followUpDue}`)
					.setCta()
					.onClick(async () => {
						if (await run(() => this.handlers.recordFollowUp(), btn)) {
							btn.setButtonText("Follow-up recorded").setDisabled(true);
						}
					}),
			);
	}

	private section(parent: HTMLElement, title: string): HTMLElement {
		const section = parent.createDiv({ cls: "active-network-intro-section" });
		section.createDiv({ cls: "active-network-intro-heading", text: title });
		return section;
	}

	override onClose(): void {
		this.contentEl.empty();
		this.draftEl = null;
	}
}
