/**
 * `npm run screenshots`: every view of the plugin in the harness, light and dark, into docs/screenshots/.
 * Views that live in the right sidebar are pictured at the sidebar's width (300 px, at twice the pixel
 * density so text stays sharp); the people graph, the command palette's suggesters and the forms, in
 * the whole window. The example vault on 2026-11-25, as everywhere in the docs.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Browser, Page } from "playwright-core";
import { ROOT } from "./build";
import { CHROMIUM_PACKAGE, EMOJI_FONT_PACKAGE, ensureDebianPackages, type Harness, launchChromium, openHarness, startHarness } from "./browser";
import { openFromPalette, openSidebarView, waitForGraph } from "./actions";

const OUT = join(ROOT, "docs/screenshots");
const WINDOW = { width: 1200, height: 760 };
/** Sidebar views are pictured in a taller window, so a long list shows more than its first screen. */
const TALL_WINDOW = { width: 1200, height: 1100 };

type Theme = "light" | "dark";

interface Shot {
	name: string;
	/** Where the view lives: the sidebar is pictured alone, the rest in the whole window. */
	area: "sidebar" | "window";
	vault?: "example" | "empty";
	/** A window pictured taller than usual, so more of a note or a long form shows. */
	tall?: boolean;
	/** Picture only this element of the window (a modal, say), not the whole window. */
	clip?: string;
	show(page: Page): Promise<void>;
}

const SHOTS: Shot[] = [
	{
		name: "reminders",
		area: "sidebar",
		show: async (page) => {
			await openSidebarView(page, "Show reminders", "active-network-reminders");
			// Point at the first row, so its actions show.
			await page.locator(".mod-right-split .active-network-row").first().hover();
		},
	},
	{
		name: "cold-relationships",
		area: "sidebar",
		show: async (page) => {
			await openSidebarView(page, "Show cold relationships", "active-network-cold");
		},
	},
	{
		name: "open-promises",
		area: "sidebar",
		show: async (page) => {
			await openSidebarView(page, "Show open promises", "active-network-promises");
		},
	},
	{
		name: "empty-vault",
		area: "sidebar",
		vault: "empty",
		show: async (page) => {
			await openSidebarView(page, "Show reminders", "active-network-reminders", ".active-network-empty");
		},
	},
	{
		name: "next-touchpoints",
		area: "window",
		show: async (page) => {
			await openSidebarView(page, "Show reminders", "active-network-reminders");
			await openFromPalette(page, "Next touchpoints");
			await page.locator(".modal.prompt .active-network-suggestion").first().waitFor();
		},
	},
	{
		name: "log-touchpoint",
		area: "window",
		show: async (page) => {
			await openSidebarView(page, "Show reminders", "active-network-reminders");
			const row = page.locator(".mod-right-split .active-network-row").filter({ hasText: "Kenji Watanabe" }).first();
			await row.hover();
			await row.locator('[aria-label="Log touchpoint"]').click();
			await page.locator(".active-network-log-text").fill("Call about the card backs quote");
			await page.locator(".active-network-log-help").selectOption("gave");
		},
	},
	{
		name: "person-panel",
		area: "window",
		tall: true,
		show: async (page) => {
			await openSidebarView(page, "Show reminders", "active-network-reminders");
			await page.evaluate(() => window.activeNetworkHarness?.openNote("People/Maya Lopez.md"));
			await page.locator(".mod-right-split .active-network-person-panel").waitFor();
		},
	},
	{
		name: "settings",
		area: "window",
		tall: true,
		clip: ".modal.mod-settings",
		show: async (page) => {
			await page.evaluate(() => window.activeNetworkHarness?.openSettings());
			await page.locator(".mod-settings .setting-item").first().waitFor();
		},
	},
	{
		name: "review-cold",
		area: "window",
		show: async (page) => {
			await openSidebarView(page, "Show cold relationships", "active-network-cold");
			await openFromPalette(page, "Review cold relationships");
			await page.locator(".active-network-review-card").waitFor();
		},
	},
	{
		name: "cold-bulk-select",
		area: "sidebar",
		show: async (page) => {
			const view = await openSidebarView(page, "Show cold relationships", "active-network-cold");
			const boxes = view.locator(".active-network-row-select");
			for (const i of [0, 1, 3]) await boxes.nth(i).check();
			await view.locator(".active-network-bulk-bar").waitFor();
		},
	},
	{
		name: "person-history",
		area: "sidebar",
		show: async (page) => {
			const view = await openSidebarView(page, "Show reminders", "active-network-reminders");
			await view.locator(".active-network-section", { hasText: "Coldest people" }).locator(".active-network-row").first().click();
			await view.locator(".active-network-person-panel svg.active-network-month-chart").waitFor();
			await view.locator(".view-content").evaluate((el) => el.scrollTo(0, 0));
		},
	},
	{
		name: "network-heatmap",
		area: "sidebar",
		show: async (page) => {
			const view = await openSidebarView(page, "Show reminders", "active-network-reminders");
			await view.locator("details.active-network-heatmap summary").click();
			await view.locator("details.active-network-heatmap[open] svg").waitFor();
			await view.locator("details.active-network-heatmap").scrollIntoViewIfNeeded();
		},
	},
	{
		name: "import-contacts",
		area: "window",
		show: async (page) => {
			await page.evaluate(() => window.activeNetworkHarness?.chooseFromFileMenu("contacts-sample.vcf", "Import contacts from vCard…"));
			await page.locator(".modal .active-network-import-section").first().waitFor();
		},
	},
	{
		name: "people-graph",
		area: "window",
		show: async (page) => {
			await openSidebarView(page, "Show reminders", "active-network-reminders");
			await openFromPalette(page, "Show people graph");
			await waitForGraph(page);
		},
	},
	{
		name: "daily-note-block",
		area: "window",
		show: async (page) => {
			await page.evaluate(() => window.activeNetworkHarness?.openNote("Daily/2026-11-23.md"));
			await page.locator(".active-network-block .active-network-row").first().waitFor();
		},
	},
	{
		name: "bases-relationships",
		area: "window",
		show: async (page) => {
			await page.evaluate(() => window.activeNetworkHarness?.openNote("People.base"));
			await page.locator(".active-network-bases .active-network-row").first().waitFor();
		},
	},
];

/** The sidebar, down to the end of its view's content (a short list is not pictured with a tall blank). */
async function sidebarClip(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
	return page.evaluate(() => {
		const side = document.querySelector(".mod-right-split") as HTMLElement;
		const box = side.getBoundingClientRect();
		const content = side.querySelector(".workspace-leaf:not([hidden]) .view-content") as HTMLElement;
		let bottom = box.top + 200;
		for (const el of Array.from(content.children)) bottom = Math.max(bottom, el.getBoundingClientRect().bottom);
		const padding = parseFloat(getComputedStyle(content).paddingBottom) || 0;
		return { x: box.left, y: box.top, width: box.width, height: Math.min(box.height, bottom - box.top + padding) };
	});
}

async function take(browser: Browser, harness: Harness, shot: Shot, theme: Theme): Promise<string> {
	const sidebar = shot.area === "sidebar";
	const context = await browser.newContext({ viewport: sidebar || shot.tall ? TALL_WINDOW : WINDOW, deviceScaleFactor: sidebar ? 2 : 1 });
	try {
		const { page, errors } = await openHarness(context, harness, { theme, vault: shot.vault ?? "example" });
		await shot.show(page);
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		const png = sidebar
			? await page.screenshot({ clip: await sidebarClip(page) })
			: shot.clip
				? await page.locator(shot.clip).screenshot()
				: await page.screenshot();
		if (errors.length > 0) throw new Error(`${shot.name} (${theme}): errors on the page:\n${errors.join("\n")}`);
		const file = join(OUT, `${shot.name}-${theme}.png`);
		await writeFile(file, png);
		return file;
	} finally {
		await context.close();
	}
}

async function main(): Promise<void> {
	const missing = await ensureDebianPackages([CHROMIUM_PACKAGE, EMOJI_FONT_PACKAGE]);
	if (missing) throw new Error(`cannot take screenshots: ${missing}`);
	await mkdir(OUT, { recursive: true });
	const only = process.argv.slice(2);
	const harness = await startHarness(join(ROOT, "test/e2e/.build/site"));
	const browser = await launchChromium();
	try {
		for (const shot of SHOTS) {
			if (only.length > 0 && !only.includes(shot.name)) continue;
			for (const theme of ["light", "dark"] as const) {
				const file = await take(browser, harness, shot, theme);
				process.stdout.write(`wrote ${relative(ROOT, file)}\n`);
			}
		}
	} finally {
		await browser.close();
		await harness.close();
	}
}

main().catch((e: unknown) => {
	process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
	process.exitCode = 1;
});
