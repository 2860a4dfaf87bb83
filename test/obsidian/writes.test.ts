// @vitest-environment happy-dom
/**
 * What each action writes, byte for byte, on LF and CRLF files and with a byte order mark: only the
 * intended span changes. Actions are driven the way a user drives them, from the views' rows.
 */
import { afterEach, describe, expect, it } from "vitest";
import { COLD_VIEW, PROMISES_VIEW, REMINDERS_VIEW } from "../../src/obsidian/views/view-types";
import { action, choose, click, type Loaded, loadPlugin, notices, press, rowOf, rowsIn, runCommand, tick, topModal, type, unload, VAULT, viewOf } from "./harness";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

function crlf(s: string): string {
	return s.replace(/\n/g, "\r\n");
}

function buttonIn(el: HTMLElement, text: string): HTMLElement {
	const b = [...el.querySelectorAll<HTMLElement>("button")].find((x) => x.textContent === text);
	if (!b) throw new Error(`no button ${text}`);
	return b;
}

/** Logs a touchpoint with `who` from the cold view's row. */
async function logFromRow(l: Loaded, who: string, text: string, help: "" | "gave" | "got" = ""): Promise<void> {
	await runCommand(l, "open-cold-relationships");
	click(action(rowOf(viewOf(l.app, COLD_VIEW).contentEl, who), "Log touchpoint"));
	const modal = topModal();
	type(modal.contentEl.querySelector(".active-network-log-text") as HTMLInputElement, text);
	choose(modal.contentEl.querySelector(".active-network-log-help") as HTMLSelectElement, help);
	click(buttonIn(modal.contentEl, "Log touchpoint"));
	await l.plugin.feed.settle();
}

describe("Log touchpoint", () => {
	it("appends a dated line at the end of the log section (LF)", async () => {
		loaded = await loadPlugin();
		await logFromRow(loaded, "Maya Lopez (friends)", "walk in the park", "gave");
		expect(loaded.app.vault.text("People/Maya Lopez.md")).toBe(
			(VAULT["People/Maya Lopez.md"] as string).replace("#got\n", "#got\n- 2026-11-25 walk in the park #gave\n"),
		);
		// The write comes back through the change events: Maya is no longer cold.
		expect(rowsIn(viewOf(loaded.app, COLD_VIEW).contentEl).map((r) => r.who)).toEqual(["Jonas Weber (colleagues)", "Grace Kim (friends)"]);
	});

	it("keeps CRLF, the BOM and trailing spaces, and writes only its line", async () => {
		const before = "\uFEFF---\r\ntype: person\r\n---\r\n## Log  \r\n- 2026-01-02 coffee   \r\n\r\n## Notes\r\ntrailing  \r\n";
		loaded = await loadPlugin({ "People/Ann.md": before });
		await logFromRow(loaded, "Ann", "call", "got");
		expect(loaded.app.vault.text("People/Ann.md")).toBe(
			"\uFEFF---\r\ntype: person\r\n---\r\n## Log  \r\n- 2026-01-02 coffee   \r\n- 2026-11-25 call #got\r\n\r\n## Notes\r\ntrailing  \r\n",
		);
		expect(loaded.app.vault.writes).toHaveLength(1);
	});

	it("adds the log heading at the end when the note has none (LF without a final newline, CRLF with one)", async () => {
		loaded = await loadPlugin({ "People/Ann.md": "---\ntype: person\n---\nMet at work.", "People/Bo.md": crlf("---\ntype: person\n---\nMet at school.\n") });
		await logFromRow(loaded, "Ann", "first coffee");
		await logFromRow(loaded, "Bo", "lunch");
		expect(loaded.app.vault.text("People/Ann.md")).toBe("---\ntype: person\n---\nMet at work.\n\n## Log\n- 2026-11-25 first coffee\n");
		expect(loaded.app.vault.text("People/Bo.md")).toBe(crlf("---\ntype: person\n---\nMet at school.\n\n## Log\n- 2026-11-25 lunch\n"));
	});

	it("fills the empty item a template leaves, and uses the configured heading", async () => {
		loaded = await loadPlugin(
			{ "People/Ann.md": "---\ntype: person\n---\n### Contact history\n- \n\n## Other\n" },
			{ data: { logHeading: "Contact history" } },
		);
		await logFromRow(loaded, "Ann", "tea");
		expect(loaded.app.vault.text("People/Ann.md")).toBe("---\ntype: person\n---\n### Contact history\n- 2026-11-25 tea\n\n## Other\n");
	});

	it("refuses a date that is not a date, and writes nothing", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-cold-relationships");
		click(action(rowOf(viewOf(loaded.app, COLD_VIEW).contentEl, "Maya Lopez (friends)"), "Log touchpoint"));
		const modal = topModal();
		type(modal.contentEl.querySelector(".active-network-log-date") as HTMLInputElement, "2026-13-45");
		click(buttonIn(modal.contentEl, "Log touchpoint"));
		expect(modal.contentEl.querySelector(".active-network-form-error")?.textContent).toBe('"2026-13-45" is not a date: write it as YYYY-MM-DD.');
		expect(loaded.app.vault.writes).toHaveLength(0);
	});
});

describe("Snooze", () => {
	async function snoozeFromRow(l: Loaded, who: string, preset: string): Promise<void> {
		await runCommand(l, "open-cold-relationships");
		click(action(rowOf(viewOf(l.app, COLD_VIEW).contentEl, who), "Snooze"));
		click(buttonIn(topModal().contentEl, preset));
		await l.plugin.feed.settle();
	}

	it("writes snooze_until through processFrontMatter, and the person leaves the cold list (LF)", async () => {
		loaded = await loadPlugin();
		await snoozeFromRow(loaded, "Maya Lopez (friends)", "1 month");
		expect(loaded.app.vault.text("People/Maya Lopez.md")).toBe(
			(VAULT["People/Maya Lopez.md"] as string).replace("needs: an accountant who knows Portuguese tax\n", "needs: an accountant who knows Portuguese tax\nsnooze_until: 2026-12-25\n"),
		);
		expect(rowsIn(viewOf(loaded.app, COLD_VIEW).contentEl).map((r) => r.who)).toEqual(["Jonas Weber (colleagues)", "Grace Kim (friends)"]);
		expect(notices()).toContain("Snoozed Maya Lopez until 2026-12-25.");
	});

	it("reuses the note's own spelling of the key, on a CRLF file with a BOM", async () => {
		const before = "\uFEFF---\r\ntype: person\r\nsnooze-until: 2026-01-01\r\ncircle: friends  \r\n---\r\nBody  \r\n";
		loaded = await loadPlugin({ "People/Ann.md": before });
		await snoozeFromRow(loaded, "Ann (friends)", "2 weeks");
		expect(loaded.app.vault.text("People/Ann.md")).toBe("\uFEFF---\r\ntype: person\r\nsnooze-until: 2026-12-09\r\ncircle: friends  \r\n---\r\nBody  \r\n");
	});

	it("takes any later date, and refuses today or the past", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-cold-relationships");
		click(action(rowOf(viewOf(loaded.app, COLD_VIEW).contentEl, "Jonas Weber (colleagues)"), "Snooze"));
		const modal = topModal();
		const date = modal.contentEl.querySelector(".active-network-snooze-date") as HTMLInputElement;
		type(date, "2026-11-25");
		press(date, "Enter");
		expect(modal.contentEl.querySelector(".active-network-form-error")?.textContent).toBe("Choose a date after today.");
		type(date, "2027-02-01");
		press(date, "Enter");
		await loaded.plugin.feed.settle();
		expect(loaded.app.vault.text("People/Jonas Weber.md")).toBe("---\ntype: person\ncircle: colleagues\nsnooze_until: 2027-02-01\n---\n## Log\n- 2026-08-01 team offsite\n");
	});
});

describe("Mark kept", () => {
	it("checks the box and adds the done date on exactly that line (LF)", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-reminders");
		click(action(rowOf(viewOf(loaded.app, REMINDERS_VIEW).contentEl, "Maya Lopez", "You promised"), "Mark kept"));
		await loaded.plugin.feed.settle();
		expect(loaded.app.vault.text("People/Maya Lopez.md")).toBe(
			(VAULT["People/Maya Lopez.md"] as string).replace("- [ ] Find Maya an accountant 📅 2026-11-20", "- [x] Find Maya an accountant 📅 2026-11-20 ✅ 2026-11-25"),
		);
		expect(viewOf(loaded.app, REMINDERS_VIEW).contentEl.textContent).not.toContain("Find Maya an accountant");
	});

	it("keeps CRLF, a BOM, trailing spaces and a block id; an in-progress task counts as open", async () => {
		const before = "\uFEFF# Tasks  \r\n- [/] Send [[Ann]] the deck #waiting 📅 2026-12-01 ^deck  \r\n- [ ] Other [[Ann]] thing\r\n";
		loaded = await loadPlugin({ "Notes/Tasks.md": before, "People/Ann.md": "---\ntype: person\n---\n" });
		await runCommand(loaded, "open-promises");
		click(action(rowOf(viewOf(loaded.app, PROMISES_VIEW).contentEl, "Ann", "the deck"), "Mark kept"));
		await loaded.plugin.feed.settle();
		expect(loaded.app.vault.text("Notes/Tasks.md")).toBe(
			"\uFEFF# Tasks  \r\n- [x] Send [[Ann]] the deck #waiting 📅 2026-12-01 ✅ 2026-11-25 ^deck  \r\n- [ ] Other [[Ann]] thing\r\n",
		);
		expect(rowsIn(viewOf(loaded.app, PROMISES_VIEW).contentEl).map((r) => r.why)).toEqual(["You promised: Other Ann thing"]);
	});

	it("refuses with a notice and changes nothing when the file changed under it", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-promises");
		const el = viewOf(loaded.app, PROMISES_VIEW).contentEl;
		const path = "People/Maya Lopez.md";
		const file = path;
		// The task's text changed after the view was drawn (the index has not caught up yet).
		await loaded.app.vault.modify(file, (VAULT[path] as string).replace("Find Maya an accountant", "Find Maya a tax accountant"));
		const changed = loaded.app.vault.text(path);
		const writes = loaded.app.vault.writes.length;
		click(action(rowOf(el, "Maya Lopez", "You promised"), "Mark kept"));
		await tick();
		expect(loaded.app.vault.text(path)).toBe(changed);
		expect(loaded.app.vault.writes).toHaveLength(writes);
		expect(notices().at(-1)).toBe("Active Network: not marked kept, the task's text has changed in Maya Lopez (line 15). Nothing was changed.");

		// A line added above moves the task: the line the index knew no longer holds it.
		await loaded.plugin.feed.settle();
		const moved = (loaded.app.vault.text(path) as string).replace("## Promises\n", "## Promises\n- [ ] Another promise\n");
		const row = rowOf(el, "Maya Lopez", "You promised");
		await loaded.app.vault.modify(file, moved);
		click(action(row, "Mark kept"));
		await Promise.resolve();
		expect(loaded.app.vault.text(path)).toBe(moved);
		expect(notices().at(-1)).toBe("Active Network: not marked kept, the task's text has changed in Maya Lopez (line 15). Nothing was changed.");
	});
});
