/**
 * The settings tab: every configurable part of conventions.md. One list of settings renders both ways:
 * declaratively on Obsidian 1.13+ (so they show in settings search) and with display() before it.
 * Every change is saved at once and re-indexes the vault.
 */
import { type App, type Plugin, PluginSettingTab, Setting, type SettingDefinitionItem } from "obsidian";
import { type Settings, timeOfDayMinutes } from "../core";
import type { NetworkHost } from "./host";
import { formatCircleCadences, parseCircleCadences, parseCount, parseFolders, parseList } from "./settings-data";

interface Item {
	name: string;
	desc: string;
	build: (setting: Setting) => void;
}

interface Group {
	heading: string;
	items: Item[];
}

export class ActiveNetworkSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: NetworkHost,
	) {
		super(app, plugin);
	}

	/**
	 * Obsidian takes the definitions for its settings search once, when the tab is added: before the index
	 * read the daily-note settings. So once it has (and whenever they change) the definitions are taken
	 * again (`update`, Obsidian 1.13+), and search shows the detected format.
	 */
	watchContext(): () => void {
		let seen = JSON.stringify(this.host.feed.context);
		return this.host.feed.onChange(() => {
			const now = JSON.stringify(this.host.feed.context);
			if (now === seen) return;
			seen = now;
			(this as { update?: () => void }).update?.();
		});
	}

	private save(patch: Partial<Settings>): void {
		void this.host.saveSettings({ ...this.host.settings, ...patch });
	}

	private text(key: "logHeading" | "newPersonFolder" | "personTemplate" | "dailyNoteFormat" | "dailyNoteFolder", placeholder: string, clean: (v: string) => string = (v) => v.trim()): (s: Setting) => void {
		return (s) => {
			s.addText((t) => {
				t.setValue(this.host.settings[key]).setPlaceholder(placeholder).onChange((v) => this.save({ [key]: clean(v) }));
				t.inputEl.dataset.setting = key;
			});
		};
	}

	private insertAs(s: Setting): void {
		s.addDropdown((d) => {
			d.addOption("block", "Live block").addOption("snapshot", "Snapshot list").setValue(this.host.settings.insertSnapshot ? "snapshot" : "block");
			d.onChange((v) => this.save({ insertSnapshot: v === "snapshot" }));
			d.selectEl.dataset.setting = "insertSnapshot";
		});
	}

	private list(key: "personKeys" | "personValues" | "personTags"): (s: Setting) => void {
		return (s) => {
			s.addText((t) => {
				t.setValue(this.host.settings[key].join(", ")).onChange((v) => this.save({ [key]: parseList(v) }));
				t.inputEl.dataset.setting = key;
			});
		};
	}

	private folders(key: "peopleFolders" | "excludedFolders"): (s: Setting) => void {
		return (s) => {
			s.addTextArea((t) => {
				t.setValue(this.host.settings[key].join("\n")).onChange((v) => this.save({ [key]: parseFolders(v) }));
				t.inputEl.dataset.setting = key;
				t.inputEl.rows = 3;
			});
		};
	}

	private count(key: "defaultCadenceDays" | "promiseHorizonDays" | "birthdayHorizonDays" | "oneSidedThreshold", min: number): (s: Setting) => void {
		return (s) => {
			s.addText((t) => {
				t.inputEl.type = "number";
				t.inputEl.min = String(min);
				t.inputEl.dataset.setting = key;
				t.setValue(String(this.host.settings[key])).onChange((v) => {
					const n = parseCount(v, min);
					t.inputEl.toggleClass("active-network-invalid", n === null);
					if (n !== null) this.save({ [key]: n });
				});
			});
		};
	}

	private circles(): (s: Setting) => void {
		return (s) => {
			const errorEl = s.descEl.createDiv({ cls: "active-network-form-error" });
			s.addTextArea((t) => {
				t.setValue(formatCircleCadences(this.host.settings.circleCadences));
				t.inputEl.dataset.setting = "circleCadences";
				t.inputEl.rows = 8;
				t.onChange((v) => {
					const { cadences, invalid } = parseCircleCadences(v);
					errorEl.setText(invalid.length > 0 ? `Not understood, left out: ${invalid.join("; ")}` : "");
					this.save({ circleCadences: cadences });
				});
			});
		};
	}

	private calendarPath(): (s: Setting) => void {
		return (s) => {
			s.addText((t) => {
				t.setValue(this.host.settings.calendarPath).setPlaceholder("Active Network/reminders.ics");
				t.inputEl.dataset.setting = "calendarPath";
				t.onChange((v) => {
					const ok = v.trim().toLowerCase().endsWith(".ics");
					t.inputEl.toggleClass("active-network-invalid", !ok);
					if (ok) this.save({ calendarPath: v.trim() });
				});
			});
		};
	}

	private calendarAutoUpdate(): (s: Setting) => void {
		return (s) => {
			s.addDropdown((d) => {
				d.addOption("off", "Only by the command").addOption("on", "Keep it current as notes change");
				d.setValue(this.host.settings.calendarAutoUpdate ? "on" : "off").onChange((v) => this.save({ calendarAutoUpdate: v === "on" }));
				d.selectEl.dataset.setting = "calendarAutoUpdate";
			});
		};
	}

	private calendarAlarm(): (s: Setting) => void {
		return (s) => {
			const errorEl = s.descEl.createDiv({ cls: "active-network-form-error" });
			s.addText((t) => {
				t.setValue(this.host.settings.calendarAlarm).setPlaceholder("09:00");
				t.inputEl.dataset.setting = "calendarAlarm";
				t.onChange((v) => {
					const value = v.trim() === "" ? "none" : v.trim().toLowerCase();
					const ok = value === "none" || timeOfDayMinutes(value) !== null;
					t.inputEl.toggleClass("active-network-invalid", !ok);
					errorEl.setText(ok ? "" : `"${v.trim()}" is not a time: write none, or HH:MM (09:00).`);
					if (ok) this.save({ calendarAlarm: value });
				});
			});
		};
	}

	private groups(): Group[] {
		const ctx = this.host.feed.context;
		const detectedFormat = ctx.dailyNoteFormat ?? "YYYY-MM-DD";
		return [
			{
				heading: "Who is a person",
				items: [
					{ name: "Frontmatter keys", desc: "A note is a person when one of these keys has one of the values below. Comma-separated.", build: this.list("personKeys") },
					{ name: "Values", desc: "Values of those keys that mark a person, plain or as a link. Comma-separated.", build: this.list("personValues") },
					{ name: "Tags", desc: "Tags that mark a person; nested tags count (#people/family). Comma-separated, without #.", build: this.list("personTags") },
					{ name: "People folders", desc: "Every note in these folders is a person. One folder a line.", build: this.folders("peopleFolders") },
					{ name: "Excluded folders", desc: "Notes in these folders are never read. The templates folder is always left out. One folder a line.", build: this.folders("excludedFolders") },
				],
			},
			{
				heading: "Cadence",
				items: [
					{ name: "Default cadence", desc: "Days between touchpoints for people with no cadence of their own and no circle default.", build: this.count("defaultCadenceDays", 1) },
					{ name: "Cadence per circle", desc: "One circle a line, as circle: cadence (14d, 2w, 3m, monthly, never...). The first of a person's circles listed here applies.", build: this.circles() },
				],
			},
			{
				heading: "Daily notes",
				items: [
					{ name: "Daily note format", desc: `Names of dated notes (moment.js tokens). Empty: the Daily notes plugin's format, now ${detectedFormat}.`, build: this.text("dailyNoteFormat", detectedFormat) },
					{ name: "Daily note folder", desc: "Empty: the Daily notes plugin's folder.", build: this.text("dailyNoteFolder", ctx.dailyNoteFolder ?? "") },
					{ name: "Insert today's touchpoints as", desc: "A live block that stays current, or a snapshot: a plain list of today's touchpoints.", build: (s) => this.insertAs(s) },
				],
			},
			{
				heading: "Reminders",
				items: [
					{ name: "Promise horizon", desc: "Show promises due within this many days.", build: this.count("promiseHorizonDays", 0) },
					{ name: "Birthday horizon", desc: "Show birthdays within this many days.", build: this.count("birthdayHorizonDays", 0) },
				],
			},
			{
				heading: "Writing",
				items: [
					{ name: "Log heading", desc: "Log touchpoint appends a dated line at the end of this heading's section, adding the heading when a note has none.", build: this.text("logHeading", "Log") },
					{ name: "New person folder", desc: "Where new person creates notes. Empty: the vault's root folder.", build: this.text("newPersonFolder", "People") },
					{ name: "Person template", desc: "A note whose text new people start from (New person and the vCard import), e.g. Templates/Person.md. {{title}}, {{date}} and {{time}} are filled as the Templates plugin does; Templater's <% %> is left as it is. Empty: a clean note.", build: this.text("personTemplate", "Templates/Person.md") },
				],
			},
			{
				heading: "Calendar",
				items: [
					{ name: "Calendar file", desc: "Where Export reminders as calendar writes the .ics file, in the vault. Your phone's calendar imports or subscribes to it through whatever syncs the vault.", build: this.calendarPath() },
					{ name: "Keep the calendar current", desc: "Rewrite the calendar a few seconds after notes change (only when its content changed).", build: this.calendarAutoUpdate() },
					{ name: "Alarm", desc: "An alert on each event's day at this time (HH:MM), or none.", build: this.calendarAlarm() },
				],
			},
			{
				heading: "Give and take",
				items: [{ name: "One-sided after", desc: "Call a relationship one-sided after this many touchpoints in a row that helped the same way.", build: this.count("oneSidedThreshold", 1) }],
			},
		];
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return this.groups().map((g) => ({
			type: "group",
			heading: g.heading,
			items: g.items.map((i) => ({ name: i.name, desc: i.desc, render: (setting: Setting) => i.build(setting) })),
		}));
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const g of this.groups()) {
			new Setting(containerEl).setName(g.heading).setHeading();
			for (const i of g.items) {
				const s = new Setting(containerEl).setName(i.name).setDesc(i.desc);
				i.build(s);
			}
		}
	}
}
