/** Snooze a person: no reminders for them before a date (a week, a month... or any date). */
import { type App, Modal, Setting } from "obsidian";
import { addSpan, type IsoDate, parseIsoDate, type Span } from "../../core";

const PRESETS: { label: string; span: Span }[] = [
	{ label: "1 week", span: { weeks: 1 } },
	{ label: "2 weeks", span: { weeks: 2 } },
	{ label: "1 month", span: { months: 1 } },
	{ label: "3 months", span: { months: 3 } },
];

export class SnoozeModal extends Modal {
	private date: string;
	private errorEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly name: string,
		private readonly today: IsoDate,
		private readonly current: IsoDate | null,
		private readonly submit: (until: IsoDate) => void,
	) {
		super(app);
		this.date = addSpan(today, { weeks: 1 });
	}

	override onOpen(): void {
		this.setTitle(`Snooze ${this.name}`);
		this.contentEl.addClass("active-network-form");
		const desc = this.current && this.current > this.today ? `Snoozed until ${this.current} now. ` : "";
		this.contentEl.createEl("p", { cls: "setting-item-description", text: `${desc}No reminders for ${this.name} before the date you choose.` });
		const presets = new Setting(this.contentEl).setName("For");
		for (const p of PRESETS) {
			presets.addButton((b) => b.setButtonText(p.label).onClick(() => this.done(addSpan(this.today, p.span))));
		}
		new Setting(this.contentEl)
			.setName("Until")
			.addText((t) => {
				t.setValue(this.date).onChange((v) => (this.date = v.trim()));
				t.inputEl.addClass("active-network-snooze-date");
				t.inputEl.addEventListener("keydown", (evt) => {
					if (evt.key === "Enter" && !evt.isComposing) {
						evt.preventDefault();
						this.done(this.date);
					}
				});
			})
			.addButton((b) =>
				b
					.setButtonText("Snooze")
					.setCta()
					.onClick(() => this.done(this.date)),
			);
		this.errorEl = this.contentEl.createDiv({ cls: "active-network-form-error" });
	}

	private done(date: string): void {
		if (!parseIsoDate(date)) {
			this.errorEl?.setText(`"${date}" is not a date: write it as YYYY-MM-DD.`);
			return;
		}
		if (date <= this.today) {
			this.errorEl?.setText("Choose a date after today.");
			return;
		}
		this.close();
		this.submit(date);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
