// @vitest-environment happy-dom
/** The rows each view shows for the fixture vault, their filters and sorting, and their empty states. */
import { afterEach, describe, expect, it } from "vitest";
import { COLD_VIEW, PROMISES_VIEW, REMINDERS_VIEW } from "../../src/obsidian/views/view-types";
import { choose, click, type Loaded, loadPlugin, rowOf, rowsIn, runCommand, sectionsIn, type, unload, viewOf } from "./harness";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

describe("Reminders view", () => {
	it("shows overdue and coming promises, birthdays, the coldest people and the never contacted", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-reminders");
		const view = viewOf(loaded.app, REMINDERS_VIEW);
		expect(sectionsIn(view.contentEl)).toEqual([
			{
				title: "Overdue promises 1",
				rows: [{ who: "Maya Lopez", why: "You promised: Find Maya an accountant · also under Birthdays and Coldest people", when: "5 days overdue (due 2026-11-20)", actions: ["Mark kept", "Log touchpoint", "Snooze"] }],
			},
			{
				title: "Promises due within 3 days 1",
				rows: [{ who: "Sam Patel", why: "They promised: Sam sends the signed statement of work", when: "Due in 2 days (2026-11-27)", actions: ["Mark kept", "Log touchpoint", "Snooze"] }],
			},
			{
				title: "Birthdays 1",
				rows: [{ who: "Maya Lopez", why: "Birthday, turns 36 · also under Overdue promises and Coldest people", when: "In 4 days (2026-11-29)", actions: ["Log touchpoint", "Snooze"] }],
			},
			{
				title: "Coldest people 2",
				rows: [
					{ who: "Jonas Weber", why: "Every 60 days (colleagues)", when: "Last contact 116 days ago, 56 days overdue", actions: ["Log touchpoint", "Snooze"] },
					{ who: "Maya Lopez", why: "Every 2 weeks · also under Overdue promises and Birthdays", when: "Last contact 23 days ago, 9 days overdue", actions: ["Log touchpoint", "Snooze"] },
				],
			},
			{ title: "", rows: [] },
			// The heatmap of the weeks you reached out, folded (history-charts.ts).
			{ title: "Weeks you reached out 5 of 53", rows: [] },
		]);
		expect(view.contentEl.querySelector(".active-network-link")?.textContent).toBe("1 person never contacted");
	});

	it("opens from the ribbon in the right sidebar, and reuses its leaf", async () => {
		loaded = await loadPlugin();
		const ribbon = loaded.app.ribbonEl.querySelector<HTMLElement>('[aria-label="Show reminders"]');
		expect(ribbon).not.toBeNull();
		click(ribbon as HTMLElement);
		await runCommand(loaded, "open-reminders");
		const leaves = loaded.app.workspace.getLeavesOfType(REMINDERS_VIEW);
		expect(leaves).toHaveLength(1);
		expect(leaves[0]?.side).toBe("right");
		expect(loaded.app.workspace.revealed).toContain(leaves[0]);
	});

	it("opens the promise's note at its line, and a person's note, on click", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-reminders");
		const el = viewOf(loaded.app, REMINDERS_VIEW).contentEl;
		click(rowOf(el, "Maya Lopez", "You promised"));
		click(rowOf(el, "Jonas Weber"));
		await Promise.resolve();
		expect(loaded.app.workspace.opened).toEqual([
			{ path: "People/Maya Lopez.md", state: { eState: { line: 14 } } },
			{ path: "People/Jonas Weber.md", state: undefined },
		]);
	});

	it("says what to do when there are no people, and when nothing is due", async () => {
		loaded = await loadPlugin({ "Notes/a.md": "just a note\n" });
		await runCommand(loaded, "open-reminders");
		expect(viewOf(loaded.app, REMINDERS_VIEW).contentEl.textContent).toBe("No people yet: add type: person to a note's frontmatter, or tag it #person.");
		unload(loaded);
		loaded = await loadPlugin({ "People/Ann.md": "---\ntype: person\n---\n## Log\n- 2026-11-20 tea\n" });
		await runCommand(loaded, "open-reminders");
		expect(viewOf(loaded.app, REMINDERS_VIEW).contentEl.querySelector(".active-network-empty")?.textContent).toBe("Nothing due today: no overdue promises, no birthdays coming, and no one has gone cold.");
	});
});

describe("Cold relationships view", () => {
	it("lists cold people, most overdue for their cadence first, then the never contacted", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-cold-relationships");
		const el = viewOf(loaded.app, COLD_VIEW).contentEl;
		expect(sectionsIn(el).map((s) => [s.title, s.rows.map((r) => `${r.who} | ${r.why} | ${r.when}`)])).toEqual([
			["Cold 2", ["Jonas Weber (colleagues) | Every 60 days (colleagues) | Last contact 116 days ago, 56 days overdue", "Maya Lopez (friends) | Every 2 weeks | Last contact 23 days ago, 9 days overdue"]],
			["Never contacted 1", ["Grace Kim (friends) | Every 30 days (friends) | No touchpoint yet: log one, or set last_contact"]],
		]);
	});

	it("filters by circle and person, and sorts", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-cold-relationships");
		const view = viewOf(loaded.app, COLD_VIEW);
		const el = view.contentEl;
		const circle = el.querySelector<HTMLSelectElement>(".active-network-filter-circle") as HTMLSelectElement;
		expect([...circle.options].map((o) => o.value)).toEqual(["", "clients", "colleagues", "family", "friends"]);
		choose(circle, "friends");
		expect(rowsIn(el).map((r) => r.who)).toEqual(["Maya Lopez (friends)", "Grace Kim (friends)"]);
		choose(circle, "");
		const person = el.querySelector<HTMLInputElement>(".active-network-filter-person") as HTMLInputElement;
		type(person, "jon");
		expect(rowsIn(el).map((r) => r.who)).toEqual(["Jonas Weber (colleagues)"]);
		type(person, "nobody");
		expect(el.querySelector(".active-network-body")?.textContent).toBe("No one matches these filters.");
		type(person, "");
		choose(el.querySelector<HTMLSelectElement>(".active-network-sort") as HTMLSelectElement, "name");
		expect(rowsIn(el).map((r) => r.who)).toEqual(["Jonas Weber (colleagues)", "Maya Lopez (friends)", "Grace Kim (friends)"]);
		choose(el.querySelector<HTMLSelectElement>(".active-network-sort") as HTMLSelectElement, "last-contact");
		expect(rowsIn(el).map((r) => r.who).slice(0, 2)).toEqual(["Jonas Weber (colleagues)", "Maya Lopez (friends)"]);
		// The search box is built once: typing never loses focus to a re-render.
		expect(el.querySelector(".active-network-filter-person")).toBe(person);
	});
});

describe("Open promises view", () => {
	it("lists every open promise, overdue first, with who, why and how long", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-promises");
		const el = viewOf(loaded.app, PROMISES_VIEW).contentEl;
		expect(sectionsIn(el)[0]?.title).toBe("Open promises, 2 overdue 4");
		expect(rowsIn(el)).toEqual([
			{ who: "Robert Chen", why: "You promised: Call Robert about the boat", when: "24 days overdue (due 2026-11-01)", actions: ["Mark kept", "Log touchpoint", "Snooze"] },
			{ who: "Maya Lopez", why: "You promised: Find Maya an accountant", when: "5 days overdue (due 2026-11-20)", actions: ["Mark kept", "Log touchpoint", "Snooze"] },
			{ who: "Sam Patel", why: "They promised: Sam sends the signed statement of work", when: "Due in 2 days (2026-11-27)", actions: ["Mark kept", "Log touchpoint", "Snooze"] },
			{ who: "Jonas Weber", why: "You promised: Send Jonas Weber the slides", when: "No due date", actions: ["Mark kept", "Log touchpoint", "Snooze"] },
		]);
	});

	it("filters mine or theirs, by circle and by person, and sorts by person", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "open-promises");
		const el = viewOf(loaded.app, PROMISES_VIEW).contentEl;
		const who = () => rowsIn(el).map((r) => r.who);
		const direction = el.querySelector<HTMLSelectElement>(".active-network-filter-direction") as HTMLSelectElement;
		choose(direction, "theirs");
		expect(who()).toEqual(["Sam Patel"]);
		choose(direction, "mine");
		expect(who()).toEqual(["Robert Chen", "Maya Lopez", "Jonas Weber"]);
		choose(direction, "");
		choose(el.querySelector<HTMLSelectElement>(".active-network-filter-circle") as HTMLSelectElement, "family");
		expect(who()).toEqual(["Robert Chen"]);
		choose(el.querySelector<HTMLSelectElement>(".active-network-filter-circle") as HTMLSelectElement, "");
		const person = el.querySelector<HTMLSelectElement>(".active-network-filter-person") as HTMLSelectElement;
		expect([...person.options].map((o) => o.text)).toEqual(["Everyone", "Jonas Weber", "Maya Lopez", "Robert Chen", "Sam Patel"]);
		choose(person, "People/Maya Lopez.md");
		expect(who()).toEqual(["Maya Lopez"]);
		choose(person, "");
		choose(el.querySelector<HTMLSelectElement>(".active-network-sort") as HTMLSelectElement, "person");
		expect(who()).toEqual(["Jonas Weber", "Maya Lopez", "Robert Chen", "Sam Patel"]);
	});

	it("says how to write a promise when there is none", async () => {
		loaded = await loadPlugin({ "People/Ann.md": "---\ntype: person\n---\n" });
		await runCommand(loaded, "open-promises");
		expect(viewOf(loaded.app, PROMISES_VIEW).contentEl.querySelector(".active-network-empty")?.textContent).toBe(
			"No open promises. A promise is a task in a person's note or linking a person: - [ ] Send Maya the article 📅 2026-12-01.",
		);
	});
});
