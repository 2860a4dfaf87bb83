/**
 * "Export people as vCard": asks for the path (default `Active Network/people.vcf`) and, when a file is
 * there, asks again before replacing it. Never overwrites without that second yes.
 */
import { type App, Modal, normalizePath, Setting } from "obsidian";

export const DEFAULT_VCF_PATH = "Active Network/people.vcf";

export class ExportVcardModal extends Modal {
	private path = DEFAULT_VCF_PATH;
	private errorEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly exists: (path: string) => boolean,
		/** Writes the file (`overwrite`: the user said yes to replacing it); resolves to an error or null. */
		private readonly write: (path: string, overwrite: boolean) => Promise<string | null>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Export people as vCard");
		this.ask();
	}

	private ask(): void {
		const el = this.contentEl;
		el.empty();
		el.addClass("active-network-form");
		el.createEl("p", { cls: "setting-item-description", text: "Every person as a vCard 4.0 contact, in one .vcf file in the vault (phones and address books import it)." });
		new Setting(el).setName("File").addText((t) => {
			t.setValue(this.path).onChange((v) => (this.path = v));
			t.inputEl.dataset.field = "vcf-path";
			t.inputEl.addEventListener("keydown", (evt) => {
				if (evt.key === "Enter" && !evt.isComposing) {
					evt.preventDefault();
					void this.next();
				}
			});
		});
		this.errorEl = el.createDiv({ cls: "active-network-form-error" });
		new Setting(el)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText("Export")
					.setCta()
					.onClick(() => void this.next()),
			);
	}

	private async next(): Promise<void> {
		const path = normalizePath(this.path.trim());
		if (path === "" || path === "/" || !path.toLowerCase().endsWith(".vcf")) {
			this.errorEl?.setText("Give a file name ending in .vcf.");
			return;
		}
		if (this.exists(path)) this.confirm(path);
		else await this.finish(path, false);
	}

	private confirm(path: string): void {
		const el = this.contentEl;
		el.empty();
		el.createEl("p", { text: `"${path}" already exists. Replace it with the export?` });
		el.dataset.step = "confirm";
		new Setting(el)
			.addButton((b) => b.setButtonText("Back").onClick(() => this.ask()))
			.addButton((b) => {
				b.setButtonText("Replace").onClick(() => void this.finish(path, true));
				b.buttonEl.addClass("mod-warning");
			});
	}

	private async finish(path: string, overwrite: boolean): Promise<void> {
		const error = await this.write(path, overwrite);
		if (error === null) this.close();
		else {
			this.ask();
			this.errorEl?.setText(error);
		}
	}
}
