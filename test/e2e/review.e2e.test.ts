/**
 * The review of cold relationships, the person panel's chart and the reminders' heatmap, in Chromium
 * (the harness, the real plugin, the example vault on 2026-11-25). Each test acts by keys and clicks as
 * a user would and waits for what it expects, never for a time; without Chromium every test is skipped.
 */
import { describe, expect, it } from "vitest";
import { openFromPalette, openSidebarView } from "./support/actions";
import { harnessSuite } from "./support/suite";

const open = harnessSuite();

describe("review and history in Chromium", () => {
	it("reviews cold relationships by keys, with the keys on screen, and ends in a summary", async (ctx) => {
		const { page, errors } = await open(ctx);
		await openFromPalette(page, "Review cold relationships");
		const card = page.locator(".active-network-review .active-network-review-card");
		await card.waitFor();
		const progress = await card.locator(".active-network-review-progress").textContent();
		expect(progress).toMatch(/^1 of \d+$/);
		const total = Number(progress?.split(" of ")[1]);
		expect(await page.locator(".active-network-review-key").allTextContents()).toEqual(["L Log", "S Snooze", "P Pause", "O Open", "Space / → Skip", "Esc End"]);
		const first = (await card.locator(".active-network-review-name").textContent()) ?? "";
		// Space skips: the next person, "2 of N".
		await page.keyboard.press(" ");
		await card.locator(".active-network-review-progress", { hasText: `2 of ${total}` }).waitFor();
		expect(await card.locator(".active-network-review-name").textContent()).not.toBe(first);
		// S opens the snooze form on top; a preset writes and the review moves on.
		const name = ((await card.locator(".active-network-review-name").textContent()) ?? "").replace(/ \(.*$/, "");
		await page.keyboard.press("s");
		await page.locator(".modal", { hasText: `Snooze ${name}` }).getByRole("button", { name: "1 week" }).click();
		await card.locator(".active-network-review-progress", { hasText: `3 of ${total}` }).waitFor();
		await page.waitForFunction((n) => (window.activeNetworkHarness?.text(`People/${n}.md`) ?? "").includes("snooze_until: 2026-12-02"), name);
		// → skips too; Esc ends with the summary (everyone not reached counts as skipped); Esc again closes.
		await page.keyboard.press("ArrowRight");
		await card.locator(".active-network-review-progress", { hasText: `4 of ${total}` }).waitFor();
		await page.keyboard.press("Escape");
		const summary = page.locator(".active-network-review .active-network-review-summary");
		await summary.waitFor();
		expect(await summary.locator(".active-network-review-tally").textContent()).toBe(`Logged 0, snoozed 1, paused 0, skipped ${total - 1}.`);
		await page.keyboard.press("Escape");
		await page.locator(".active-network-review").waitFor({ state: "detached" });
		expect(errors).toEqual([]);
	});

	it("draws the person's last 12 months as bars with words for screen readers, and the network's weeks", async (ctx) => {
		const { page, errors } = await open(ctx);
		const view = await openSidebarView(page, "Show reminders", "active-network-reminders");
		// A click on a cold person opens their note; the panel at the top of the sidebar follows it.
		const coldRow = view.locator(".active-network-section", { hasText: "Coldest people" }).locator(".active-network-row").first();
		const who = (await coldRow.locator(".active-network-row-who").textContent()) ?? "";
		await coldRow.click();
		const panel = view.locator(".active-network-person-panel", { hasText: who });
		const chart = panel.locator("svg.active-network-month-chart");
		await chart.waitFor();
		expect(await chart.locator("rect").count()).toBe(12);
		expect(await chart.getAttribute("role")).toBe("img");
		expect(await chart.getAttribute("aria-label")).toMatch(/^Touchpoints by month: December 2025: .*November 2026: /);
		// The table for screen readers is there but takes no room on screen.
		const hidden = panel.locator(".active-network-visually-hidden");
		expect(await hidden.locator("table tr").count()).toBe(12);
		expect((await hidden.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
		const heat = view.locator("details.active-network-heatmap");
		await heat.locator("summary").click();
		const cells = heat.locator("svg.active-network-week-heatmap rect");
		expect(await cells.count()).toBe(53);
		const box = await heat.locator("svg.active-network-week-heatmap").boundingBox();
		expect(box?.width ?? 0).toBeGreaterThan(200);
		const label = await heat.locator("svg").getAttribute("aria-label");
		expect(label).toMatch(/^\d+ touchpoints in the last 53 weeks; you reached out in \d+ of them$/);
		// A filled cell takes the theme's accent colour, an empty one the border colour.
		const fills = await cells.evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).fill))]);
		expect(fills.length).toBeGreaterThan(1);
		expect(errors).toEqual([]);
	});
});
