/**
 * What a user does in the harness, with Playwright: run a command from the palette, open a view, read
 * the rows a view shows. Every step waits for what it expects on the page, never for a time.
 */
import type { Locator, Page } from "playwright-core";

/** Opens the command palette (Ctrl+P), types the command's name and runs it with Enter. */
export async function openFromPalette(page: Page, command: string): Promise<void> {
	await page.keyboard.press("Control+P");
	const palette = page.locator(".an-harness-command-palette");
	const input = palette.locator(".prompt-input");
	await input.waitFor();
	await input.fill(command);
	await palette.locator(".suggestion-item.is-selected", { hasText: command }).waitFor();
	await input.press("Enter");
	await palette.waitFor({ state: "detached" });
}

/** The leaf content of a view, by its type. */
export function viewOf(page: Page, type: string): Locator {
	return page.locator(`.workspace-leaf:not([hidden]) > .workspace-leaf-content[data-type="${type}"]`);
}

/** Runs the command that opens a sidebar view, and waits until the view shows `ready` (rows by default). */
export async function openSidebarView(page: Page, command: string, type: string, ready = ".active-network-row"): Promise<Locator> {
	await openFromPalette(page, command);
	const view = page.locator(".mod-right-split").locator(viewOf(page, type));
	await view.locator(ready).first().waitFor();
	return view;
}

export interface ShownRow {
	who: string;
	why: string;
	when: string;
	actions: string[];
}

/** Each section of a view: its title (with the count) and its rows. */
export function sectionsOf(view: Locator): Promise<{ title: string; rows: ShownRow[] }[]> {
	return view.evaluate((el) => {
		const rows = (parent: Element) =>
			Array.from(parent.querySelectorAll(".active-network-row")).map((r) => ({
				who: r.querySelector(".active-network-row-who")?.textContent ?? "",
				why: r.querySelector(".active-network-row-why")?.textContent ?? "",
				when: r.querySelector(".active-network-row-when")?.textContent ?? "",
				actions: Array.from(r.querySelectorAll(".active-network-action")).map((a) => a.getAttribute("aria-label") ?? ""),
			}));
		return Array.from(el.querySelectorAll(".active-network-section")).map((s) => ({
			title: Array.from(s.querySelector(".active-network-section-title")?.children ?? [])
				.map((c) => c.textContent)
				.join(" "),
			rows: rows(s),
		}));
	});
}

/** Every row of a view, sections flattened. */
export async function rowsOf(view: Locator): Promise<ShownRow[]> {
	return (await sectionsOf(view)).flatMap((s) => s.rows);
}

/** A row by who it is about (and, to tell rows of one person apart, part of why). */
export function rowOf(view: Locator, who: string, why?: string): Locator {
	let rows = view.locator(".active-network-row").filter({ has: view.page().locator(".active-network-row-who", { hasText: who }) });
	if (why !== undefined) rows = rows.filter({ has: view.page().locator(".active-network-row-why", { hasText: why }) });
	return rows.first();
}

/** Points at a row (its actions show on hover, as in Obsidian) and clicks one of them. */
export async function clickAction(row: Locator, label: string): Promise<void> {
	await row.hover();
	await row.locator(`.active-network-action[aria-label="${label}"]`).click();
}

/** Waits until the people graph has a canvas and its layout has finished. */
export async function waitForGraph(page: Page): Promise<Locator> {
	const view = viewOf(page, "active-network-people-graph");
	await view.locator(".active-network-graph-stage canvas").first().waitFor();
	await page.waitForFunction(() => {
		const status = document.querySelector(".active-network-graph-status")?.textContent ?? "";
		return status !== "" && !status.includes("Laying out");
	});
	return view;
}
