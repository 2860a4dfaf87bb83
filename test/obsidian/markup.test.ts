// @vitest-environment happy-dom
/**
 * Note text is data, never markup, wherever the plugin shows it. This widens test/obsidian/security.test.ts
 * (one payload, the main views) to every kind of payload (script, image and event handlers, javascript:
 * links, SVG, iframes) in every field a note can put on screen (names, aliases, circles, needs, offers,
 * interests, org, role, email, log lines, task text), through every view, modal, suggester and notice the
 * plugin shows, including what it shows after its own writes (a logged touchpoint, a snooze, a kept
 * promise, a new person). After each step the whole document, every view's container and every notice is
 * searched for an element or attribute that the payloads could have created, and the payloads must show
 * as text.
 */
import { afterEach, describe, expect, it } from "vitest";
import { COLD_VIEW, GRAPH_VIEW, PROMISES_VIEW, REMINDERS_VIEW } from "../../src/obsidian/views/view-types";
import { Modal, Notice, type SuggestModal } from "../obsidian-stub";
import type { FakeApp as App } from "./fakes";
import { fakeSurfaces } from "./graph-harness";
import { click, type Loaded, loadPlugin, press, runCommand, tick, topModal, type, unload, viewOf } from "./harness";

const PAYLOADS = [
	"<script>alert(1)</script>",
	"<img src=x onerror=alert(1)>",
	'<a href="javascript:alert(1)">click</a>',
	"<svg onload=alert(1)>",
	'<iframe src="javascript:alert(1)"></iframe>',
	"<b onmouseover=alert(1)>bold</b>",
	"<object data=javascript:alert(1)></object>",
	"javascript:alert(1)",
];
const [SCRIPT, IMG, LINK, SVG, IFRAME, BOLD, OBJECT, JS] = PAYLOADS as [string, string, string, string, string, string, string, string];
/** File names cannot hold `/`: the payloads that can be names. */
const NAME_A = `${IMG} Evans`;
const NAME_B = `${SVG} Ruiz`;
const yaml = (s: string) => JSON.stringify(s);

const VAULT: Record<string, string> = {
	[`People/${NAME_A}.md`]: [
		"---",
		"type: person",
		`aliases: [${yaml(SCRIPT)}, ${yaml(BOLD)}]`,
		`circle: ${yaml(IFRAME)}`,
		"cadence: 1w",
		"birthday: 1990-11-27",
		`needs: ${yaml(`${LINK} flat hunting`)}`,
		`offers: [${yaml(OBJECT)}, "climbing"]`,
		`interests: [${yaml(SVG)}, printmaking]`,
		`org: ${yaml(IMG)}`,
		`role: ${yaml(SCRIPT)}`,
		`email: ${yaml(JS)}`,
		"---",
		"## Log",
		...PAYLOADS.map((p, i) => `- 2026-10-0${i + 1} ${p} #gave`),
		`- [ ] ${SCRIPT} send the deck 📅 2026-11-01`,
		`- [ ] ${LINK} #waiting 📅 2026-11-26`,
		"",
	].join("\n"),
	[`People/${NAME_B}.md`]: [
		"---",
		"type: person",
		`circle: ${yaml(IFRAME)}`,
		`needs: ${yaml(OBJECT)}`,
		`offers: ${yaml(`${LINK} flat hunting`)}`,
		`interests: [${yaml(SVG)}]`,
		"---",
		`- 2026-08-01 ${IFRAME} #got`,
		`- [ ] ${BOLD} 📅 2026-11-20`,
		"",
	].join("\n"),
	"Daily/2026-11-10.md": `Lunch with [[${NAME_A}]] and [[${NAME_B}]]: ${SCRIPT}\n- [ ] ${IMG} for [[${NAME_B}]] #intro [[${NAME_A}]]\n`,
};

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

const FORBIDDEN = new Set(["SCRIPT", "IMG", "SVG", "IFRAME", "OBJECT", "EMBED", "B", "STYLE", "LINK", "META", "BASE", "FORM", "VIDEO", "AUDIO", "SOURCE", "A"]);
const URL_ATTRIBUTES = new Set(["href", "src", "srcdoc", "data", "action", "formaction", "xlink:href", "background", "poster"]);

/** Elements and attributes that note text could have created: there must be none. */
function injected(root: Element): string[] {
	const bad: string[] = [];
	for (const el of [root, ...root.querySelectorAll("*")]) {
		const tag = el.tagName.toUpperCase();
		// The plugin's own charts (history-charts.ts, built with createSvg) are the one <svg> it draws.
		const ownChart = tag === "SVG" && (el.classList.contains("active-network-month-chart") || el.classList.contains("active-network-week-heatmap"));
		if (FORBIDDEN.has(tag) && !ownChart) bad.push(`<${tag.toLowerCase()}> in ${el.parentElement?.className ?? "?"}`);
		for (const name of el.getAttributeNames()) {
			const value = el.getAttribute(name) ?? "";
			if (name.toLowerCase().startsWith("on")) bad.push(`${name}="${value}" on <${tag.toLowerCase()}>`);
			if (URL_ATTRIBUTES.has(name.toLowerCase()) && /javascript:/i.test(value)) bad.push(`${name}="${value}" on <${tag.toLowerCase()}>`);
		}
	}
	return bad;
}

/** Every place the plugin draws: the document (modals, status bar), each view's container, each notice. */
function everywhere(app: App): Element[] {
	const views = [REMINDERS_VIEW, COLD_VIEW, PROMISES_VIEW, GRAPH_VIEW].flatMap((t) => app.workspace.getLeavesOfType(t).map((l) => (l.view as unknown as { containerEl: HTMLElement }).containerEl));
	return [document.body, ...views, ...Modal.stubOpen.map((m) => m.containerEl), ...Notice.stubAll.map((n) => n.containerEl)];
}

function expectNoMarkup(app: App, step: string): void {
	expect(everywhere(app).flatMap(injected), step).toEqual([]);
}

function shownText(app: App): string {
	return everywhere(app).map((e) => e.textContent ?? "").join("\n");
}

async function choose(query: string): Promise<void> {
	const m = topModal() as SuggestModal<unknown>;
	type(m.inputEl, query);
	await m.stubUpdate();
	press(m.inputEl, "Enter");
	await tick();
}

function button(el: HTMLElement, text: string): HTMLElement {
	const b = [...el.querySelectorAll<HTMLElement>("button")].find((x) => x.textContent === text);
	if (!b) throw new Error(`no button ${text}`);
	return b;
}

describe("every payload, in every field, through every surface, shows as text", () => {
	it("views, filters and the person panel", async () => {
		loaded = await loadPlugin(VAULT);
		fakeSurfaces(loaded);
		const { app } = loaded;
		for (const command of ["open-reminders", "open-cold-relationships", "open-promises", "open-people-graph"]) {
			await runCommand(loaded, command);
			await tick();
			expectNoMarkup(app, command);
		}
		// The filters list circles and people from notes; a search box matches aliases.
		const cold = viewOf(app, COLD_VIEW).contentEl;
		type(cold.querySelector(".active-network-filter-person") as HTMLInputElement, "script");
		await tick();
		expectNoMarkup(app, "cold view, searching an alias");
		// The person panel beside the reminders, for the note open in the editor.
		await app.workspace.getLeaf(false).openFile({ path: `People/${NAME_A}.md` });
		await tick();
		expectNoMarkup(app, "person panel");
		const text = shownText(app);
		for (const p of [SCRIPT, IMG, LINK, SVG, IFRAME, BOLD, NAME_A, NAME_B]) expect(text, p).toContain(p);
	});

	it("next touchpoints, the suggesters, the forms, and the notices after each write", async () => {
		loaded = await loadPlugin(VAULT);
		const { app } = loaded;

		await runCommand(loaded, "next-touchpoints");
		expectNoMarkup(app, "next touchpoints");
		expect(shownText(app)).toContain(LINK);
		topModal().close();

		// Log a touchpoint whose text is a payload too.
		await runCommand(loaded, "log-touchpoint");
		await choose("evans");
		expectNoMarkup(app, "log touchpoint form");
		const log = topModal();
		type(log.contentEl.querySelector(".active-network-log-text") as HTMLInputElement, `${SVG} ${SCRIPT}`);
		click(button(log.contentEl, "Log touchpoint"));
		await loaded.plugin.feed.settle();
		expectNoMarkup(app, "after logging");

		await runCommand(loaded, "snooze-person");
		await choose("ruiz");
		expectNoMarkup(app, "snooze form");
		click(button(topModal().contentEl, "1 week"));
		await loaded.plugin.feed.settle();
		expectNoMarkup(app, "after snoozing");

		await runCommand(loaded, "mark-promise-kept");
		await choose("deck");
		await loaded.plugin.feed.settle();
		expectNoMarkup(app, "after marking kept");

		await runCommand(loaded, "suggest-introductions");
		expectNoMarkup(app, "suggested introductions");
		if (Modal.stubOpen.length > 0) topModal().close();

		await runCommand(loaded, "introduce");
		await choose("evans");
		await choose("ruiz");
		expectNoMarkup(app, "introduce");
		for (const m of [...Modal.stubOpen]) m.close();

		// A new person named with markup: the file name drops what it cannot hold; what is shown stays text.
		await runCommand(loaded, "new-person");
		const form = topModal();
		type(form.contentEl.querySelector(".active-network-person-name") as HTMLInputElement, `${IMG} ${SCRIPT}`);
		type(form.contentEl.querySelector(".active-network-person-circle") as HTMLInputElement, IFRAME);
		click(button(form.contentEl, "Create"));
		await loaded.plugin.feed.settle();
		expectNoMarkup(app, "new person");

		const notices = Notice.stubAll.map((n) => n.stubText).join("\n");
		expect(notices).toContain(`Logged a touchpoint with ${NAME_A}.`);
		expect(notices).toContain(`Snoozed ${NAME_B} until 2026-12-02.`);
		expect(notices).toContain(`Marked kept: ${SCRIPT} send the deck`);
		// Text only; an undo notice has its label and its button, both holding text alone.
		for (const n of Notice.stubAll) expect(n.messageEl.querySelectorAll("*:not(.active-network-undo-label):not(.active-network-undo), .active-network-undo-label *, .active-network-undo *").length, n.stubText).toBe(0);
	});
});
