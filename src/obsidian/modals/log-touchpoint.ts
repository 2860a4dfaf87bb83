/** A small form for a touchpoint: what happened, when (today by default), and which way help went. */
import { type App, Modal, Setting } from "obsidian";
import { type IsoDate, type LogEntry, parseIsoDate } from "../../core";

export class LogTouchpointModal extends Modal {
	private text = "";
	private date: IsoDate;
	private help: LogEntry["help"] = null;
	private errorEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly name: string,
		today: IsoDate,
		private readonly submit: (entry: LogEntry) => void,
	) {
		super(app);
		this.date = today;
	}

	override onOpen(): void {
		this.setTitle(`Log touchpoint with ${this.name}`);
		this.contentEl.addClass("active-network-form");
		new Setting(this.contentEl)
			.setName("What happened")
			.setDesc("One line, for example: coffee, talked about her move.")
			.addText((t) => {
				t.setPlaceholder("Coffee, call, message...").onChange((v) => (this.text = v));
				t.inputEl.addClass("active-network-log-text");
				t.inputEl.addEventListener("keydown", (evt) => {
					if (evt.key === "Enter" && !evt.isComposing) {
						evt.preventDefault();
						this.done();
					}
				});
				window.setTimeout(() => t.inputEl.focus(), 0);
			});
		new Setting(this.contentEl).setName("Date").addText((t) => {
			t.setValue(this.date).onChange((v) => (this.date = v.trim()));
			t.inputEl.addClass("active-network-log-date");
		});
		new Setting(this.contentEl)
			.setName("Help")
			.setDesc("Which way help went, if it did.")
			.addDropdown((d) => {
				d.addOption("", "Neither")
					.addOption("gave", "I helped them (#gave)")
					.addOption("got", "They helped me (#got)")
					.setValue("")
					.onChange((v) => (this.help = v === "gave" || v === "got" ? v : null));
				d.selectEl.addClass("active-network-log-help");
			});
		this.errorEl = this.contentEl.createDiv({ cls: "active-network-form-error" });
		new Setting(this.contentEl).addButton((b) =>
			b
				.setButtonText("Log touchpoint")
				.setCta()
				.onClick(() => this.done()),
		);
	}

	private done(): void {
		if (!parseIsoDate(this.date)) {
			this.errorEl?.setText(`"${this.date}" is not a date: write it as YYYY-MM-DD.`);
			return;
		}
		this.close();
		this.submit({ date: this.date, text: this.text, help: this.help });
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
