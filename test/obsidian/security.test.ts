// @vitest-environment happy-dom
/**
 * Note text is data, never markup: HTML in a note's name, needs, log and tasks shows as text in every
 * view, suggester and modal, and creates no element.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { PeopleGraphView } from "../../src/obsidian/views/graph-view";
import { COLD_VIEW, GRAPH_VIEW, PROMISES_VIEW, REMINDERS_VIEW } from "../../src/obsidian/views/view-types";
import { Modal, Notice, type SuggestModal } from "../obsidian-stub";
import { fakeSurfaces } from "./graph-harness";
import { action, click, type Loaded, leafOf, loadPlugin, press, rowOf, runCommand, tick, topModal, type, unload, viewOf } from "./harness";

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
		// The write's notice, then the undo notice naming the step (both as text).
		expect(Notice.stubAll.slice(-2).map((n) => n.stubText)).toEqual([`Snoozed ${NAME} until 2026-12-02.`, `Snoozed ${NAME} until 2026-12-02. Undo`]);
		expect(Modal.stubOpen).toHaveLength(0);
		noMarkup();
		// Text only; an undo notice has its label and its button, both holding text alone.
		for (const n of Notice.stubAll) expect(n.messageEl.querySelectorAll("*:not(.active-network-undo-label):not(.active-network-undo), .active-network-undo-label *, .active-network-undo *").length).toBe(0);
	});
});

describe("the network's views and modals show note text as text", () => {
	const PATH = `People/${NAME}.md`;
	const NETWORK: Record<string, string> = {
		...VAULT,
		[PATH]: (VAULT[PATH] as string).replace("cadence: 1w", `cadence: 1w\noffers: "${EVIL}"\ninterests: ["${EVIL}"]\norg: "${EVIL}"`).replace(`- 2026-10-01 ${EVIL}`, `- 2026-10-01 ${EVIL} #got`),
		"People/Ann.md": `---\ntype: person\ncircle: "${EVIL}"\nneeds: "${EVIL}"\ninterests: ["${EVIL}"]\n---\n## Log\n- 2026-11-01 tea\n`,
	};

	it("in the people graph's legend and the person panel", async () => {
		loaded = await loadPlugin(NETWORK);
		fakeSurfaces(loaded);
		await runCommand(loaded, "open-people-graph");
		await tick();
		const graph = leafOf(loaded.app, GRAPH_VIEW).view as unknown as PeopleGraphView;
		expect([...graph.contentEl.querySelectorAll(".active-network-graph-legend-item")].map((e) => e.textContent)).toContain(`${EVIL}2`);
		expect(graph.model?.graph.getNodeAttribute(PATH, "label")).toBe(NAME);
		noMarkup();

		await runCommand(loaded, "open-reminders");
		await loaded.app.workspace.getLeaf(false).openFile({ path: PATH });
		const panel = viewOf(loaded.app, REMINDERS_VIEW).contentEl.querySelector(".active-network-person-panel")?.textContent ?? "";
		expect(panel).toContain(NAME);
		expect(panel).toContain(`2026-10-01: ${EVIL} (they helped)`);
		expect(panel).toContain(`Needs: ${EVIL}`);
		expect(panel).toContain(`Offers: ${EVIL}`);
		expect(panel).toContain(`You promised: ${EVIL}`);
		noMarkup();
	});

	it("in Introduce…: names, how you know them, threads and the draft; and in suggested introductions", async () => {
		loaded = await loadPlugin(NETWORK);
		await runCommand(loaded, "suggest-introductions");
		const list = topModal().modalEl.textContent ?? "";
		expect(list).toContain(`${NAME} and Ann`);
		expect(list).toContain(`Both interested in ${EVIL}`);
		noMarkup();
		topModal().close();

		await runCommand(loaded, "introduce");
		const pick = async (q: string) => {
			const m = topModal() as SuggestModal<unknown>;
			type(m.inputEl, q);
			await m.stubUpdate();
			press(m.inputEl, "Enter");
		};
		await pick("evans");
		await pick("ann");
		const modal = topModal();
		expect(modal.titleEl.textContent).toBe(`Introduce ${NAME} and Ann`);
		const text = modal.contentEl.textContent ?? "";
		expect(text).toContain(`Last in touch with ${NAME}`);
		expect(text).toContain(`Ann needs ${EVIL}; ${NAME} offers ${EVIL}`);
		expect(text).toContain(`Both interested in ${EVIL}`);
		const draft = (modal.contentEl.querySelector(".active-network-intro-draft") as HTMLTextAreaElement).value;
		expect(draft).toContain(`Hi ${NAME.split(" ")[0]} and Ann`);
		expect(draft).toContain(`meet ${NAME} (${EVIL})`);
		noMarkup();
		click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Record follow-up") as HTMLElement);
		await loaded.plugin.feed.settle();
		expect(Notice.stubAll.slice(-2).map((n) => n.stubText)).toEqual([`Recorded the follow-up in ${NAME}, due 2026-12-09.`, `Recorded the introduction follow-up with ${NAME}. Undo`]);
		modal.close();

		// Text only; an undo notice has its label and its button, both holding text alone.
		for (const n of Notice.stubAll) expect(n.messageEl.querySelectorAll("*:not(.active-network-undo-label):not(.active-network-undo), .active-network-undo-label *, .active-network-undo *").length).toBe(0);
	});
});
