// @vitest-environment happy-dom
/**
 * Note text is data, never markup: HTML in a note's name, needs, log and tasks shows as text in every
 * view, suggester and modal, and creates no element.
 */
import { afterEach, describe, expect, it } from "vitest";
import { COLD_VIEW, PROMISES_VIEW, REMINDERS_VIEW } from "../../src/obsidian/views/view-types";
import { Modal, Notice } from "../obsidian-stub";
import { action, click, type Loaded, loadPlugin, rowOf, runCommand, topModal, unload, viewOf } from "./harness";

const EVIL = "<img src=x onerror=alert(1)>";
const NAME = "<img src=x onerror=alert(1)> Evans";

const VAULT: Record<string, string> = {
	[`People/${NAME}.md`]: [
		"---",
		"type: person",
		`circle: "${EVIL}"`,
		"cadence: 1w",
		"birthday: 1990-11-27",
		`needs: "${EVIL}"`,
		`aliases: ["${EVIL}"]`,
		"---",
		"## Log",
		`- 2026-10-01 ${EVIL}`,
		`- [ ] ${EVIL} 📅 2026-11-01`,
		"",
	].join("\n"),
	"People/Ann.md": `---\ntype: person\n---\n- [ ] ask [[${NAME}]] about <b>bold</b> <script>alert(2)</script> #waiting 📅 2026-11-26\n`,
};

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

function noMarkup(): void {
	expect(document.querySelectorAll("img, script, b").length).toBe(0);
}

describe("note text reaches the DOM as text", () => {
	it("in the reminders, cold and promises views", async () => {
		loaded = await loadPlugin(VAULT);
		await runCommand(loaded, "open-reminders");
		await runCommand(loaded, "open-cold-relationships");
		await runCommand(loaded, "open-promises");
		const reminders = viewOf(loaded.app, REMINDERS_VIEW).contentEl.textContent ?? "";
		expect(reminders).toContain(`You promised: ${EVIL}`);
		expect(reminders).toContain(NAME);
		expect(viewOf(loaded.app, COLD_VIEW).contentEl.textContent).toContain(`${NAME} (${EVIL})`);
		expect(viewOf(loaded.app, PROMISES_VIEW).contentEl.textContent).toContain("They promised: ask <img src=x onerror=alert(1)> Evans about <b>bold</b> <script>alert(2)</script>");
		const circle = viewOf(loaded.app, COLD_VIEW).contentEl.querySelector(".active-network-filter-circle option:last-child");
		expect(circle?.textContent).toBe(EVIL);
		noMarkup();
	});

	it("in next touchpoints, the person and promise suggesters, the modals and the notices", async () => {
		loaded = await loadPlugin(VAULT);
		await runCommand(loaded, "next-touchpoints");
		const text = topModal().modalEl.textContent ?? "";
		expect(text).toContain(`How can I help? They need: ${EVIL}`);
		expect(text).toContain(`Last time (2026-10-01): ${EVIL}`);
		noMarkup();
		topModal().close();

		await runCommand(loaded, "log-touchpoint");
		expect(topModal().modalEl.textContent).toContain(`also ${EVIL}`);
		noMarkup();
		topModal().close();

		await runCommand(loaded, "mark-promise-kept");
		expect(topModal().modalEl.textContent).toContain(`You promised: ${EVIL}`);
		noMarkup();
		topModal().close();

		await runCommand(loaded, "open-cold-relationships");
		click(action(rowOf(viewOf(loaded.app, COLD_VIEW).contentEl, `${NAME} (${EVIL})`), "Snooze"));
		expect(topModal().titleEl.textContent).toBe(`Snooze ${NAME}`);
		click([...topModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "1 week") as HTMLElement);
		await loaded.plugin.feed.settle();
		expect(Notice.stubAll.at(-1)?.stubText).toBe(`Snoozed ${NAME} until 2026-12-02.`);
		expect(Modal.stubOpen).toHaveLength(0);
		noMarkup();
		for (const n of Notice.stubAll) expect(n.messageEl.querySelectorAll("*").length).toBe(0);
	});
});
