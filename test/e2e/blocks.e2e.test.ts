/**
 * The `active-network` block in a daily note, and the Relationships Bases view, in Chromium (the harness
 * of views.e2e.test.ts: the real plugin on the example vault on 2026-11-25). Each test waits for what it
 * expects on the page, never for a time.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { rowsOf, sectionsOf } from "./support/actions";
import { harnessSuite } from "./support/suite";

const open = harnessSuite();

/** Opens a note in the main area, as a click in the file explorer would. */
async function openNote(page: Page, path: string): Promise<void> {
	await page.evaluate((p) => window.activeNetworkHarness?.openNote(p), path);
}

describe("blocks and Bases in Chromium", () => {
	it("a daily note draws its block live, with the views' rows and actions", async (ctx) => {
		const { page, errors } = await open(ctx);
		await openNote(page, "Daily/2026-11-23.md");
		const block = page.locator('[data-path="Daily/2026-11-23.md"] .active-network-block');
		await block.locator(".active-network-row").first().waitFor();
		const sections = await sectionsOf(block);
		expect(sections[0]?.title).toMatch(/^Next touchpoints \d+$/);
		expect(sections[0]?.rows).toHaveLength(5);
		expect(sections[0]?.rows[0]?.who).toBe("Tomas Novak");
		const first = block.locator(".active-network-row").first();
		await first.hover();
		expect(await first.locator(".active-network-action").evaluateAll((as) => as.map((a) => a.getAttribute("aria-label")))).toEqual(["Log touchpoint", "Snooze"]);
		expect(errors).toEqual([]);
	});

	it("the Relationships view lists the base's people by urgency and the rest plainly", async (ctx) => {
		const { page, errors } = await open(ctx);
		await openNote(page, "People.base");
		const view = page.locator(".active-network-bases");
		await view.locator(".active-network-row").first().waitFor();
		const rows = await rowsOf(view);
		expect(rows[0]?.why.startsWith("Cold")).toBe(true);
		expect((await sectionsOf(view)).map((s) => s.title.replace(/\d+/, "N"))).toEqual(["Relationships N", "Not people N"]);
		expect(errors).toEqual([]);
	});
});
