/** A name (and optionally a circle) for a new person note. */
import { type App, Modal, Setting } from "obsidian";

export class NewPersonModal extends Modal {
	private name = "";
	private circle = "";
	private errorEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly folder: string,
		private readonly submit: (name: string, circle: string) => Promise<string | null>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("New person");
		this.contentEl.addClass("active-network-form");
		const enter = (el: HTMLInputElement) =>
			el.addEventListener("keydown", (evt) => {
				if (evt.key === "Enter" && !evt.isComposing) {
					evt.preventDefault();
					void this.done();
				}
			});
		new Setting(this.contentEl)
			.setName("Name")
			.setDesc(`The note is created in ${this.folder === "" || this.folder === "/" ? "the vault's root folder" : `"${this.folder}"`}.`)
			.addText((t) => {
				t.setPlaceholder("First and last name").onChange((v) => (this.name = v));
				t.inputEl.addClass("active-network-person-name");
				enter(t.inputEl);
				window.setTimeout(() => t.inputEl.focus(), 0);
			});
		new Setting(this.contentEl)
			.setName("Circle")
			.setDesc("Optional: family, friends, colleagues, clients...")
			.addText((t) => {
				t.onChange((v) => (this.circle = v));
				t.inputEl.addClass("active-network-person-circle");
				enter(t.inputEl);
			});
		this.errorEl = this.contentEl.createDiv({ cls: "active-network-form-error" });
		new Setting(this.contentEl).addButton((b) =>
			b
				.setButtonText("Create")
				.setCta()
				.onClick(() => void this.done()),
		);
	}

	private async done(): Promise<void> {
		const problem = await this.submit(this.name, this.circle);
		if (problem === null) this.close();
		else this.errorEl?.setText(problem);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
