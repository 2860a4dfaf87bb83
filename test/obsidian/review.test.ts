// @vitest-environment happy-dom
/**
 * Review cold relationships (one person at a time, by keys), the cold view's bulk snooze and pause (one
 * undo step), the person panel's chart and the reminders' heatmap, and long lists that keep only the
 * rows on screen in the DOM.
 */
import { afterEach, describe, expect, it } from "vitest";
import { COLD_VIEW, PROMISES_VIEW, REMINDERS_VIEW } from "../../src/obsidian/views/view-types";
import { OVERSCAN, ROW_HEIGHT } from "../../src/obsidian/views/virtual-list";
import { click, type Loaded, loadPlugin, press, runCommand, tick, topModal, unload, VAULT, viewOf } from "./harness";
import { Modal } from "../obsidian-stub";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

function card(): string {
	return topModal().contentEl.querySelector(".active-network-review-card, .active-network-review-summary")?.textContent ?? "";
}

function key(k: string): void {
	const el = topModal().contentEl.querySelector(".active-network-review-card, .active-network-review-summary") ?? topModal().contentEl;
	press(el, k);
}

describe("Review cold relationships", () => {
	it("goes through the cold, then the never contacted, by keys, and ends in a summary", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "review-cold");
		const review = topModal();
		expect(review.titleEl.textContent).toBe("Review cold relationships");
		// The keys are on screen.
		expect([...review.contentEl.querySelectorAll(".active-network-review-key")].map((k) => k.textContent)).toEqual(["L Log", "S Snooze", "P Pause", "O Open", "Space / → Skip", "Esc End"]);
		expect(card()).toContain("1 of 3");
		expect(card()).toContain("Jonas Weber (colleagues)");
		expect(card()).toContain("Last contact 116 days ago, 56 days overdue · Every 60 days (colleagues)");
		// What to bring up: the next touchpoints' lines for Jonas (the promise to send the slides, the last time).
		expect(card()).toContain("Open promise: Send Jonas Weber the slides");
		expect(card()).toContain("Last time (2026-08-01): team offsite");

		// S: the snooze form on top; choosing 1 week writes and moves on.
		key("s");
		const snooze = topModal();
		expect(snooze).not.toBe(review);
		const week = [...snooze.contentEl.querySelectorAll("button")].find((b) => b.textContent === "1 week");
		click(week as HTMLElement);
		await tick();
		expect(loaded.app.vault.text("People/Jonas Weber.md")).toContain("snooze_until: 2026-12-02");
		expect(card()).toContain("2 of 3");
		expect(card()).toContain("Maya Lopez (friends)");
		expect(card()).toContain("How can I help? They need: an accountant who knows Portuguese tax");

		// O opens the note and stays; Space skips.
		key("o");
		await tick();
		expect(loaded.app.workspace.opened.at(-1)?.path).toBe("People/Maya Lopez.md");
		expect(card()).toContain("2 of 3");
		key(" ");
		expect(card()).toContain("3 of 3");
		expect(card()).toContain("Grace Kim (friends)");
		expect(card()).toContain("Never contacted");

		// P pauses (cadence: never) and, the last one, ends in the summary.
		key("p");
		await tick();
		expect(loaded.app.vault.text("People/Grace Kim.md")).toContain("cadence: never");
		expect(card()).toBe("Review doneLogged 0, snoozed 1, paused 1, skipped 1.");
	});

	it("logs with L, and Esc ends early with the rest counted as skipped", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "review-cold");
		key("L");
		const form = topModal();
		const text = form.contentEl.querySelector<HTMLInputElement>(".active-network-log-text");
		(text as HTMLInputElement).value = "called him";
		text?.dispatchEvent(new Event("input", { bubbles: true }));
		press(text as HTMLInputElement, "Enter");
		await tick();
		expect(loaded.app.vault.text("People/Jonas Weber.md")).toContain("- 2026-11-25 called him");
		expect(card()).toContain("2 of 3");
		press(topModal().containerEl.querySelector(".active-network-review-card") as HTMLElement, "Escape");
		expect(card()).toBe("Review doneLogged 1, snoozed 0, paused 0, skipped 2.");
	});

	it("says so when no one is cold", async () => {
		loaded = await loadPlugin({ "People/Ann.md": "---\ntype: person\n---\n## Log\n- 2026-11-20 tea\n" });
		await runCommand(loaded, "review-cold");
		expect(card()).toBe("No one is coldEveryone is within their cadence.");
		expect(Modal.stubOpen).toHaveLength(1);
	});
});

describe("Bulk snooze and pause in the cold view", () => {
	it("ticks people, shows the bar, and pauses them all as one undo step", async () => {
		loaded = await loadPlugin();
		const labels: string[] = [];
		loaded.plugin.undo = { group: (label, action) => (labels.push(label), action()) };
		await runCommand(loaded, "open-cold-relationships");
		const el = viewOf(loaded.app, COLD_VIEW).contentEl;
		const bar = el.querySelector<HTMLElement>(".active-network-bulk-bar");
		expect(bar?.hidden).toBe(true);
		const boxes = [...el.querySelectorAll<HTMLInputElement>(".active-network-row-select")];
		expect(boxes.map((b) => b.getAttribute("aria-label"))).toEqual(["Select Jonas Weber (colleagues)", "Select Maya Lopez (friends)", "Select Grace Kim (friends)"]);
		// A click ticks the box and does not open the note.
		click(boxes[0] as HTMLElement);
		expect(loaded.app.workspace.opened).toEqual([]);
		(boxes[2] as HTMLInputElement).checked = true;
		boxes[2]?.dispatchEvent(new Event("change"));
		expect(bar?.hidden).toBe(false);
		expect(bar?.querySelector(".active-network-bulk-count")?.textContent).toBe("2 selected:");
		click(bar?.querySelector(".active-network-bulk-pause") as HTMLElement);
		await tick();
		expect(labels).toEqual(["Pause 2 people"]);
		expect(loaded.app.vault.text("People/Jonas Weber.md")).toContain("cadence: never");
		expect(loaded.app.vault.text("People/Grace Kim.md")).toContain("cadence: never");
		expect(loaded.app.vault.text("People/Maya Lopez.md")).toBe(VAULT["People/Maya Lopez.md"]);
		expect(bar?.hidden).toBe(true);
	});

	it("snoozes the selection until the chosen date, as one undo step", async () => {
		loaded = await loadPlugin();
		const labels: string[] = [];
		loaded.plugin.undo = { group: (label, action) => (labels.push(label), action()) };
		await runCommand(loaded, "open-cold-relationships");
		const el = viewOf(loaded.app, COLD_VIEW).contentEl;
		for (const b of [...el.querySelectorAll<HTMLInputElement>(".active-network-row-select")].slice(0, 2)) {
			b.checked = true;
			b.dispatchEvent(new Event("change"));
		}
		click(el.querySelector(".active-network-bulk-snooze") as HTMLElement);
		const month = [...topModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "1 month");
		click(month as HTMLElement);
		await tick();
		expect(labels).toEqual(["Snooze 2 people"]);
		expect(loaded.app.vault.text("People/Jonas Weber.md")).toContain("snooze_until: 2026-12-25");
		expect(loaded.app.vault.text("People/Maya Lopez.md")).toContain("snooze_until: 2026-12-25");
		expect(loaded.app.vault.text("People/Grace Kim.md")).not.toContain("snooze_until");
	});
});

describe("History you can see", () => {
	it("charts a person's last 12 months in the panel, with the words for screen readers", async () => {
		loaded = await loadPlugin();
		(loaded.app.workspace as unknown as { activeFile: string }).activeFile = "People/Maya Lopez.md";
		await runCommand(loaded, "open-reminders");
		const el = viewOf(loaded.app, REMINDERS_VIEW).contentEl;
		const svg = el.querySelector(".active-network-person-panel svg.active-network-month-chart");
		expect(svg?.namespaceURI).toBe("http://www.w3.org/2000/svg");
		const bars = [...(svg?.querySelectorAll("rect") ?? [])];
		expect(bars.map((b) => b.getAttribute("data-month"))).toHaveLength(12);
		expect(bars.map((b) => Number(b.getAttribute("data-count")))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
		expect(svg?.getAttribute("role")).toBe("img");
		expect(svg?.getAttribute("aria-label")).toContain("October 2026: 1 touchpoint, November 2026: 1 touchpoint");
		const table = el.querySelector(".active-network-person-panel .active-network-visually-hidden table");
		expect(table?.querySelectorAll("tr")).toHaveLength(12);
	});

	it("shows the network's 53 weeks as a folded heatmap that stays open once opened", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-reminders");
		const view = viewOf(loaded.app, REMINDERS_VIEW);
		const details = () => view.contentEl.querySelector<HTMLDetailsElement>("details.active-network-heatmap");
		expect(details()?.open).toBe(false);
		const cells = [...(details()?.querySelectorAll("rect") ?? [])];
		expect(cells).toHaveLength(53);
		expect(cells.filter((c) => c.getAttribute("data-count") !== "0").map((c) => [c.getAttribute("data-week"), c.getAttribute("class")])).toEqual([
			["2026-06-01", "active-network-heat mod-level-2"],
			["2026-07-27", "active-network-heat mod-level-2"],
			["2026-10-12", "active-network-heat mod-level-2"],
			["2026-11-02", "active-network-heat mod-level-2"],
			["2026-11-16", "active-network-heat mod-level-4"],
		]);
		const d = details() as HTMLDetailsElement;
		d.open = true;
		d.dispatchEvent(new Event("toggle"));
		view.refresh(true);
		expect(details()).not.toBe(d);
		expect(details()?.open).toBe(true);
	});
});

/** `people` people, all cold, each with an open promise. */
function bigVault(people = 3000): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < people; i++) {
		const n = String(i).padStart(4, "0");
		files[`People/Person ${n}.md`] = `---\ntype: person\ncadence: 1w\n---\n## Log\n- 2026-0${1 + (i % 9)}-10 coffee\n- [ ] Send Person ${n} the notes 📅 2026-12-0${1 + (i % 9)}\n`;
	}
	return files;
}

/** Makes `scroller` a `height`-pixel viewport scrolled to `top`, with `list` at the top of its content. */
function viewport(scroller: HTMLElement, list: HTMLElement, height: number, top: number): void {
	Object.defineProperty(scroller, "clientHeight", { configurable: true, value: height });
	scroller.getBoundingClientRect = () => ({ top: 0, bottom: height, left: 0, right: 300, width: 300, height, x: 0, y: 0, toJSON: () => ({}) });
	list.getBoundingClientRect = () => ({ top: -top, bottom: -top + 3000 * ROW_HEIGHT, left: 0, right: 300, width: 300, height: 3000 * ROW_HEIGHT, x: 0, y: 0, toJSON: () => ({}) });
	scroller.dispatchEvent(new Event("scroll"));
}

describe("Long lists render only what is on screen", () => {
	it("keeps at most the visible rows plus the overscan of 3,000 cold people, and shows the right ones on scroll", async () => {
		loaded = await loadPlugin(bigVault());
		await runCommand(loaded, "open-cold-relationships");
		const view = viewOf(loaded.app, COLD_VIEW);
		const list = view.contentEl.querySelector<HTMLElement>(".active-network-virtual");
		expect(list?.getAttribute("role")).toBe("list");
		const visible = 10;
		viewport(view.contentEl, list as HTMLElement, visible * ROW_HEIGHT, 0);
		const rows = () => [...view.contentEl.querySelectorAll(".active-network-virtual-item")];
		expect(rows().length).toBeLessThanOrEqual(visible + 1 + 2 * OVERSCAN);
		expect(rows()[0]?.getAttribute("aria-posinset")).toBe("1");
		expect(rows()[0]?.getAttribute("aria-setsize")).toBe("3000");
		// Scrolled to row 1,500: rows 1,500 - overscan to 1,510 + overscan are in the DOM, in order.
		viewport(view.contentEl, list as HTMLElement, visible * ROW_HEIGHT, 1500 * ROW_HEIGHT);
		const positions = rows().map((r) => Number(r.getAttribute("aria-posinset")));
		expect(positions[0]).toBe(1501 - OVERSCAN);
		expect(positions.at(-1)).toBe(1501 + visible + OVERSCAN);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		expect(rows().length).toBeLessThanOrEqual(visible + 1 + 2 * OVERSCAN);
		// The rows shown are the people at those places in the list (sorted by name at equal overdue).
		const names = rows().map((r) => r.querySelector(".active-network-row-who")?.textContent ?? "");
		expect(names.every((n) => n.startsWith("Person "))).toBe(true);
		expect(new Set(names).size).toBe(names.length);
	});

	it("moves focus down with ↓ past the last rendered row, rendering it first", async () => {
		// 300 promises: long enough to be windowed, and quick to index.
		loaded = await loadPlugin(bigVault(300));
		await runCommand(loaded, "open-promises");
		const view = viewOf(loaded.app, PROMISES_VIEW);
		const list = view.contentEl.querySelector<HTMLElement>(".active-network-virtual") as HTMLElement;
		viewport(view.contentEl, list, 5 * ROW_HEIGHT, 0);
		const items = () => [...view.contentEl.querySelectorAll<HTMLElement>(".active-network-virtual-item")];
		expect(items().length).toBeLessThanOrEqual(5 + 1 + 2 * OVERSCAN);
		let last = items().at(-1)?.querySelector<HTMLElement>(".active-network-row") as HTMLElement;
		last.focus();
		const at = Number(items().at(-1)?.getAttribute("aria-posinset"));
		press(last, "ArrowDown");
		const focused = document.activeElement?.closest(".active-network-virtual-item");
		expect(Number(focused?.getAttribute("aria-posinset"))).toBe(at + 1);
		last = document.activeElement as HTMLElement;
		expect(last.hasClass("active-network-row")).toBe(true);
	});
});
