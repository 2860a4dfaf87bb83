// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import type { NetworkBlock } from "../../src/obsidian/blocks/block-child";
import { hasTouchpoints, SNAPSHOT_MARK } from "../../src/obsidian/blocks/insert-today";
import { Component, type MarkdownRenderChild } from "../obsidian-stub";
import { action, click, type Loaded, loadPlugin, notices, rowOf, rowsIn, runCommand, sectionsIn, tick, topModal, unload, VAULT } from "./harness";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

/** Renders a block as Obsidian does: a div in the document, the handler, and the child loaded by the note's renderer. */
function renderBlock(l: Loaded, source: string, sourcePath = "Daily/2026-11-25.md"): { el: HTMLElement; child: NetworkBlock; renderer: Component } {
	const handler = l.app.stubCodeBlocks.get("active-network");
	if (!handler) throw new Error("no block processor");
	const el = document.body.createDiv();
	const renderer = new Component();
	renderer.load();
	let child: MarkdownRenderChild | null = null;
	void handler(source, el, {
		docId: "1", sourcePath, frontmatter: null, getSectionInfo: () => null,
		addChild: (c) => {
			child = c;
			renderer.addChild(c);
		},
	});
	if (!child) throw new Error("no child added");
	return { el, child: child as NetworkBlock, renderer };
}

describe("the active-network block", () => {
	it("lists each kind, with the views' rows and actions", async () => {
		loaded = await loadPlugin();
		const cold = renderBlock(loaded, "cold\ncircle friends");
		expect(sectionsIn(cold.el).map((s) => s.title)).toEqual(["Cold 1"]);
		expect(rowsIn(cold.el)[0]).toMatchObject({ who: "Maya Lopez (friends)", actions: ["Log touchpoint", "Snooze"] });
		const never = renderBlock(loaded, "never");
		expect(rowsIn(never.el).map((r) => r.who)).toEqual(["Grace Kim (friends)"]);
		const mine = renderBlock(loaded, "promises mine overdue");
		expect(rowsIn(mine.el).map((r) => r.why)).toEqual(["You promised: Call Robert about the boat", "You promised: Find Maya an accountant"]);
		expect(rowsIn(mine.el).every((r) => r.when.includes("overdue"))).toBe(true);
		expect(rowsIn(mine.el)[0]?.actions).toEqual(["Mark kept", "Log touchpoint", "Snooze"]);
		const theirs = renderBlock(loaded, "promises theirs due within 3 days");
		expect(rowsIn(theirs.el).map((r) => r.who)).toEqual(["Sam Patel"]);
		const birthdays = renderBlock(loaded, "birthdays within 7 days");
		expect(rowsIn(birthdays.el).map((r) => [r.who, r.why])).toEqual([["Maya Lopez", "Birthday, turns 36"]]);
		expect(rowsIn(renderBlock(loaded, "birthdays within 2 days").el)).toEqual([]);
		const next = renderBlock(loaded, "touchpoints\nlimit 2");
		expect(rowsIn(next.el)).toHaveLength(2);
		expect(next.el.querySelector(".active-network-block-more")?.textContent).toMatch(/^… and \d+ more/);
	});

	it("runs the same actions as the views", async () => {
		loaded = await loadPlugin();
		const { el } = renderBlock(loaded, "cold");
		click(action(rowOf(el, "Maya Lopez (friends)"), "Log touchpoint"));
		expect(topModal().titleEl.textContent).toContain("Maya Lopez");
	});

	it("shows this note's person, or a named one: last contact, cadence, needs, promises both ways, give and take", async () => {
		loaded = await loadPlugin();
		const { el } = renderBlock(loaded, "person", "People/Maya Lopez.md");
		const text = el.textContent ?? "";
		expect(text).toContain("Last contact: 2026-11-02");
		expect(text).toContain("Cadence: Every 2 weeks");
		expect(text).toContain("How you can help: an accountant who knows Portuguese tax");
		expect(text).toContain("They helped: once, last on 2026-10-15");
		expect(rowsIn(el).map((r) => r.why)).toContain("You promised: Find Maya an accountant");
		const sam = renderBlock(loaded, "person [[Sam Patel]]");
		expect(rowsIn(sam.el).map((r) => r.why)).toContain("They promised: Sam sends the signed statement of work");
		expect(renderBlock(loaded, "person").el.textContent).toContain("This note is not a person.");
		expect(renderBlock(loaded, "person [[Nobody Here]]").el.textContent).toContain('No person "Nobody Here"');
	});

	it("shows a bad query in place, with its line and what was expected", async () => {
		loaded = await loadPlugin();
		const { el } = renderBlock(loaded, "cold\nlimit lots");
		const lines = [...el.querySelectorAll(".active-network-block-error-line")].map((l) => l.textContent);
		expect(lines).toEqual(["Line 2: limit lotsexpected a whole number of 1 or more after \"limit\", like `limit 5`"]);
		expect(el.querySelector(".active-network-block-error-line code")?.textContent).toBe("limit lots");
	});

	it("puts note text into the page as text, never as HTML", async () => {
		const files = { ...VAULT, "People/Eve.md": "---\ntype: person\nneeds: <img src=x onerror=alert(1)>\n---\n- [ ] <b>bold</b> for [[Eve]] 📅 2026-11-01\n" };
		loaded = await loadPlugin(files);
		const { el } = renderBlock(loaded, "person [[Eve]]");
		expect(el.querySelector("img, b")).toBeNull();
		expect(el.textContent).toContain("<img src=x onerror=alert(1)>");
		const bad = renderBlock(loaded, "<script>x</script>");
		expect(bad.el.querySelector("script")).toBeNull();
	});

	it("re-renders when the index changes, only while shown, and stops when unloaded", async () => {
		loaded = await loadPlugin();
		const { el, child, renderer } = renderBlock(loaded, "never");
		expect(child.renders).toBe(1);
		expect(rowsIn(el).map((r) => r.who)).toEqual(["Grace Kim (friends)"]);
		el.hidden = true;
		await loaded.app.vault.modify("People/Grace Kim.md", "---\ntype: person\ncircle: friends\nlast_contact: 2026-11-20\n---\n");
		await loaded.plugin.feed.settle();
		expect(child.renders).toBe(1);
		el.hidden = false;
		loaded.app.workspace.trigger("layout-change");
		expect(child.renders).toBe(2);
		expect(el.textContent).toContain("Everyone has a touchpoint.");
		loaded.app.workspace.trigger("layout-change");
		expect(child.renders).toBe(2);
		renderer.unload();
		await loaded.app.vault.modify("People/Grace Kim.md", "---\ntype: person\n---\n");
		await loaded.plugin.feed.settle();
		expect(child.renders).toBe(2);
	});
});

describe("Insert today's touchpoints", () => {
	it("creates today's daily note with the block, and never writes twice", async () => {
		loaded = await loadPlugin();
		await runCommand(loaded, "insert-todays-touchpoints");
		expect(loaded.app.vault.text("Daily/2026-11-25.md")).toBe("```active-network\ntouchpoints\n```\n");
		expect(notices()).toContain('Added today\'s touchpoints to "Daily/2026-11-25.md".');
		await loaded.plugin.feed.settle();
		await runCommand(loaded, "insert-todays-touchpoints");
		expect(loaded.app.vault.text("Daily/2026-11-25.md")).toBe("```active-network\ntouchpoints\n```\n");
		expect(notices()).toContain('Today\'s touchpoints are already in "Daily/2026-11-25.md".');
		expect(loaded.app.vault.created).toEqual(["Daily/2026-11-25.md"]);
	});

	it("appends to a note that exists, keeping every byte of it and its line breaks", async () => {
		loaded = await loadPlugin({ ...VAULT, "Daily/2026-11-25.md": "# Wednesday\r\n\r\n- [ ] laundry" });
		await runCommand(loaded, "insert-todays-touchpoints");
		expect(loaded.app.vault.text("Daily/2026-11-25.md")).toBe("# Wednesday\r\n\r\n- [ ] laundry\r\n\r\n```active-network\r\ntouchpoints\r\n```\r\n");
	});

	it("writes a snapshot list when the setting says so, in the Daily notes format and folder", async () => {
		loaded = await loadPlugin(VAULT, {
			data: { insertSnapshot: true },
			config: { ".obsidian/daily-notes.json": JSON.stringify({ format: "DD.MM.YYYY", folder: "Journal" }) },
		});
		await runCommand(loaded, "insert-todays-touchpoints");
		const text = loaded.app.vault.text("Journal/25.11.2026.md") ?? "";
		expect(text.startsWith(`${SNAPSHOT_MARK}\nTouchpoints for 2026-11-25:\n- [[People/`)).toBe(true);
		expect(text).toContain("|Maya Lopez]]");
		await runCommand(loaded, "insert-todays-touchpoints");
		expect(loaded.app.vault.writes).toEqual([]);
	});

	it("finds a block written by hand (other fences, a comment first)", () => {
		expect(hasTouchpoints("x\n~~~~ active-network\n# mine\ntouchpoints\n~~~~\n")).toBe(true);
		expect(hasTouchpoints("```active-network\ncold\n```\n")).toBe(false);
		expect(hasTouchpoints("touchpoints\n")).toBe(false);
	});
});

describe("registration", () => {
	it("registers the block processor on every app", async () => {
		loaded = await loadPlugin();
		expect(loaded.app.stubCodeBlocks.has("active-network")).toBe(true);
		await tick();
	});
});
