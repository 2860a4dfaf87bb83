/**
 * The plugin's views in a real browser: Debian's Chromium, driven by playwright-core, showing the harness
 * page (test/e2e/harness/) with the real plugin on the example vault on 2026-11-25. Each test opens a
 * fresh page (a fresh in-memory vault), acts as a user would (ribbon, command palette, hover, click,
 * type) and waits for what it expects on the page, never for a time. Where Chromium is missing and
 * cannot be installed (not root, no apt-get), every test is skipped, saying why.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickAction, openFromPalette, openSidebarView, rowOf, rowsOf, sectionsOf, viewOf, waitForGraph } from "./support/actions";
import { ROOT } from "./support/build";
import { harnessSuite } from "./support/suite";

const REMINDERS = "active-network-reminders";
const COLD = "active-network-cold";
const PROMISES = "active-network-promises";

const open = harnessSuite();

function text(page: Page, path: string): Promise<string | null> {
	return page.evaluate((p) => window.activeNetworkHarness?.text(p) ?? null, path);
}

/** Waits until a note's text contains `part` (the write went through the vault). */
async function waitForText(page: Page, path: string, part: string): Promise<string> {
	await page.waitForFunction(([p, s]) => (window.activeNetworkHarness?.text(p) ?? "").includes(s), [path, part] as const);
	return (await text(page, path)) ?? "";
}

describe("the plugin's views in Chromium", () => {
	it("Reminders opens from the ribbon into a 300 px right sidebar and lists today's reminders", async (ctx) => {
		const { page, errors } = await open(ctx);
		await page.locator('.side-dock-ribbon [aria-label="Show reminders"]').click();
		const view = page.locator(".mod-right-split").locator(viewOf(page, REMINDERS));
		await view.locator(".active-network-row").first().waitFor();

		const sidebar = await page.locator(".mod-right-split").boundingBox();
		expect(Math.round(sidebar?.width ?? 0)).toBe(300);
		const sections = await sectionsOf(view);
		expect(sections.map((s) => [s.title, s.rows.map((r) => `${r.who} | ${r.when}`)])).toEqual([
			[
				"Overdue promises 3",
				["Kenji Watanabe | 26 days overdue (due 2026-10-30)", "Maya Lopez | 5 days overdue (due 2026-11-20)", "Tomas Novak | 4 days overdue (due 2026-11-21)"],
			],
			["Promises due within 3 days 2", ["Nina Okafor | Due tomorrow", "Sam Patel | Due in 2 days (2026-11-27)"]],
			["Birthdays 2", ["Maya Lopez | In 4 days (2026-11-29)", "Tomas Novak | In 6 days (2026-12-01)"]],
			[
				"Coldest people 6",
				[
					"Kenji Watanabe | Last contact 36 days ago, 26 days overdue",
					"Tomas Novak | Last contact 24 days ago, 10 days overdue",
					"Jonas Weber | Last contact 54 days ago, 9 days overdue",
					"Amara Diallo | Last contact 103 days ago, 11 days overdue",
					"Maya Lopez | Last contact 15 days ago, 1 day overdue",
				],
			],
			["", []],
			["Weeks you reached out 20 of 53", []],
		]);
		expect(sections[0]?.rows[0]).toEqual({
			who: "Kenji Watanabe",
			why: "You promised: Send Kenji the revised quote for the card backs · also under Coldest people",
			when: "26 days overdue (due 2026-10-30)",
			actions: ["Mark kept", "Log touchpoint", "Snooze"],
		});
		expect(await view.locator(".active-network-link").allTextContents()).toEqual(["Show all 6 cold relationships", "1 person never contacted"]);

		// At sidebar width nothing is cut off or scrolls sideways, and a row's text keeps most of the width.
		const layout = await view.evaluate((el) => {
			const content = el.querySelector(".view-content") as HTMLElement;
			const row = el.querySelector(".active-network-row") as HTMLElement;
			const why = row.querySelector(".active-network-row-why") as HTMLElement;
			return { overflow: content.scrollWidth - content.clientWidth, row: row.clientWidth, why: why.clientWidth };
		});
		expect(layout.overflow).toBe(0);
		expect(layout.why / layout.row).toBeGreaterThan(0.85);

		// The actions show when the row is pointed at.
		const first = view.locator(".active-network-row").first();
		const actions = first.locator(".active-network-row-actions");
		expect(await actions.evaluate((el) => getComputedStyle(el).opacity)).toBe("0");
		await first.hover();
		await page.waitForFunction(() => getComputedStyle(document.querySelector(".active-network-row-actions") as Element).opacity === "1");

		// A click on a promise opens its note at the task's line, in the main area.
		await rowOf(view, "Kenji Watanabe", "You promised").click();
		await page.locator(".mod-root .workspace-tab-header.is-active", { hasText: "Kenji Watanabe" }).waitFor();
		expect(await page.evaluate(() => window.activeNetworkHarness?.opened())).toEqual([
			{ path: "README.md", line: null },
			{ path: "People/Kenji Watanabe.md", line: 20 },
		]);
		expect(errors).toEqual([]);
	});

	it("Cold relationships lists cold people, most overdue first, then the never contacted, and filters them", async (ctx) => {
		const { page, errors } = await open(ctx);
		const view = await openSidebarView(page, "Show cold relationships", COLD);
		expect((await sectionsOf(view)).map((s) => [s.title, s.rows.map((r) => r.who)])).toEqual([
			[
				"Cold 6",
				[
					"Kenji Watanabe (clients)",
					"Tomas Novak (family)",
					"Jonas Weber (neighbors)",
					"Amara Diallo (clients)",
					"Maya Lopez (friends)",
					"Grace Kim (friends, classmates)",
				],
			],
			["Never contacted 1", ["Nina Okafor"]],
		]);
		await view.locator(".active-network-filter-circle").selectOption("friends");
		await rowOf(view, "Kenji Watanabe").waitFor({ state: "detached" });
		expect((await rowsOf(view)).map((r) => r.who)).toEqual(["Maya Lopez (friends)", "Grace Kim (friends, classmates)"]);
		await view.locator(".active-network-filter-person").fill("gra");
		await rowOf(view, "Maya Lopez").waitFor({ state: "detached" });
		expect((await rowsOf(view)).map((r) => r.who)).toEqual(["Grace Kim (friends, classmates)"]);
		await view.locator(".active-network-filter-person").fill("nobody");
		await view.locator(".active-network-empty", { hasText: "No one matches these filters." }).waitFor();
		expect(errors).toEqual([]);
	});

	it("Open promises lists every open promise, overdue first, and filters mine or theirs", async (ctx) => {
		const { page, errors } = await open(ctx);
		const view = await openSidebarView(page, "Show open promises", PROMISES);
		const sections = await sectionsOf(view);
		expect(sections.map((s) => s.title)).toEqual(["Open promises, 3 overdue 14"]);
		expect(sections[0]?.rows.slice(0, 5).map((r) => `${r.who} | ${r.why} | ${r.when}`)).toEqual([
			"Kenji Watanabe | You promised: Send Kenji the revised quote for the card backs | 26 days overdue (due 2026-10-30)",
			"Maya Lopez | You promised: Send Maya Lopez the article | 5 days overdue (due 2026-11-20)",
			"Tomas Novak | They promised: Tomas sends the photos from Dad's 60th | 4 days overdue (due 2026-11-21)",
			"Nina Okafor | You promised: Email Nina Okafor the workshop slides | Due tomorrow",
			"Sam Patel | You promised: Intro deck for Sam Patel | Due in 2 days (2026-11-27)",
		]);
		await view.locator(".active-network-filter-direction").selectOption("theirs");
		await rowOf(view, "Kenji Watanabe").waitFor({ state: "detached" });
		expect((await rowsOf(view)).map((r) => r.why)).toEqual([
			"They promised: Tomas sends the photos from Dad's 60th",
			"They promised: Sam sends the signed statement of work",
			"They promised: Rob reviews the checkout RFC",
			"They promised: Priya sends the reunion date poll",
		]);
		expect(errors).toEqual([]);
	});

	it("Log touchpoint on a row adds a dated line to the person's log, and they are no longer cold", async (ctx) => {
		const { page, errors } = await open(ctx);
		const path = "People/Kenji Watanabe.md";
		const before = (await text(page, path)) ?? "";
		const view = await openSidebarView(page, "Show cold relationships", COLD);
		await clickAction(rowOf(view, "Kenji Watanabe"), "Log touchpoint");

		const modal = page.locator(".modal", { hasText: "Log touchpoint with Kenji Watanabe" });
		await modal.waitFor();
		expect(await modal.locator(".active-network-log-date").inputValue()).toBe("2026-11-25");
		await modal.locator(".active-network-log-text").fill("Called about the card backs quote");
		await modal.locator(".active-network-log-help").selectOption("gave");
		await modal.locator("button.mod-cta", { hasText: "Log touchpoint" }).click();

		const line = "- 2026-11-25 Called about the card backs quote #gave\n";
		const after = await waitForText(page, path, line);
		// The line closes the Log section, and nothing else in the note changed.
		expect(after).toBe(before.replace("- **2026-09-30** lunch near their studio, first look at the rulebook\n", (l) => l + line));
		await rowOf(view, "Kenji Watanabe").waitFor({ state: "detached" });
		expect((await rowsOf(view)).map((r) => r.who)[0]).toBe("Tomas Novak (family)");
		expect(await page.evaluate(() => window.activeNetworkHarness?.notices())).toEqual(["Logged a touchpoint with Kenji Watanabe.", "Logged a touchpoint with Kenji Watanabe. Undo"]);
		expect(errors).toEqual([]);
	});

	it("Mark kept on a promise checks the task off in its note, and the promise leaves the list", async (ctx) => {
		const { page, errors } = await open(ctx);
		const path = "People/Kenji Watanabe.md";
		const before = (await text(page, path)) ?? "";
		const view = await openSidebarView(page, "Show open promises", PROMISES);
		await clickAction(rowOf(view, "Kenji Watanabe", "revised quote"), "Mark kept");

		const kept = "- [x] Send Kenji the revised quote for the card backs 📅 2026-10-30 ✅ 2026-11-25\n";
		const after = await waitForText(page, path, kept);
		expect(after).toBe(before.replace("- [ ] Send Kenji the revised quote for the card backs 📅 2026-10-30\n", kept));
		await rowOf(view, "Kenji Watanabe", "revised quote").waitFor({ state: "detached" });
		expect((await sectionsOf(view)).map((s) => s.title)).toEqual(["Open promises, 2 overdue 13"]);
		expect(errors).toEqual([]);
	});

	it("Next touchpoints runs from the command palette, says why and what to bring up, and opens the chosen note", async (ctx) => {
		const { page, errors } = await open(ctx);
		await openFromPalette(page, "Next touchpoints");
		const modal = page.locator(".modal.prompt", { has: page.locator(".active-network-suggestion") });
		await modal.locator(".active-network-suggestion").first().waitFor();
		expect((await modal.locator(".active-network-suggestion-title").allTextContents()).slice(0, 4)).toEqual([
			"Tomas Novak",
			"Maya Lopez",
			"Kenji Watanabe",
			"Nina Okafor",
		]);
		const tomas = modal.locator(".suggestion-item").first();
		expect(await tomas.locator(".active-network-reason").allTextContents()).toEqual([
			"They promised: Tomas sends the photos from Dad's 60th (due 2026-11-21, 4 days overdue)",
			"Birthday on 2026-12-01, in 6 days",
			"Last contact 2026-11-01 (24 days ago), 10 days overdue for every 2 weeks",
		]);
		expect(await tomas.locator(".active-network-bring-up").allTextContents()).toEqual([
			// The overdue promise is a reason above: not repeated here; #gave is bookkeeping, not shown.
			"Last time (2026-11-01): helped him carry boxes into the new flat in Karlín",
		]);
		// Typing filters; Enter opens the person's note.
		await modal.locator(".prompt-input").fill("maya");
		await modal.locator(".suggestion-item.is-selected .active-network-suggestion-title", { hasText: "Maya Lopez" }).waitFor();
		await modal.locator(".prompt-input").press("Enter");
		await modal.waitFor({ state: "detached" });
		await page.locator(".mod-root .workspace-tab-header.is-active", { hasText: "Maya Lopez" }).waitFor();
		expect((await page.evaluate(() => window.activeNetworkHarness?.opened()))?.at(-1)).toEqual({ path: "People/Maya Lopez.md", line: null });
		expect(errors).toEqual([]);
	});

	it("in an empty vault, each view says what to do", async (ctx) => {
		const { page, errors } = await open(ctx, { vault: "empty" });
		for (const [command, type] of [
			["Show reminders", REMINDERS],
			["Show cold relationships", COLD],
			["Show open promises", PROMISES],
		] as const) {
			const view = await openSidebarView(page, command, type, ".active-network-empty");
			expect(await view.locator(".active-network-body").textContent()).toBe("No people yet: add type: person to a note's frontmatter, or tag it #person.");
		}
		await openFromPalette(page, "Next touchpoints");
		await page.locator(".modal.prompt .suggestion-empty", { hasText: "No people yet: add `type: person` to a note." }).waitFor();
		expect(errors).toEqual([]);
	});

	for (const theme of ["light", "dark"] as const) {
		it(`is readable in the ${theme} theme: every line of a row stands out from the sidebar`, async (ctx) => {
			const { page, errors } = await open(ctx, { theme });
			const view = await openSidebarView(page, "Show reminders", REMINDERS);
			const contrasts = await view.evaluate((root) => {
				// `rgb(r, g, b)` or, for colours mixed with color-mix(), `color(srgb r g b)` with 0-1 channels.
				const rgb = (c: string): number[] => {
					const n = (c.match(/[\d.]+/g) ?? []).map(Number);
					return c.startsWith("color(srgb") ? n.map((v, i) => (i < 3 ? v * 255 : v)) : n;
				};
				const lum = ([r = 0, g = 0, b = 0]: number[]): number => {
					const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
					return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
				};
				/** The colour behind an element: the first opaque background above it. */
				const behind = (el: Element): number[] => {
					for (let e: Element | null = el; e; e = e.parentElement) {
						const c = rgb(getComputedStyle(e).backgroundColor);
						if (c.length === 3 || (c[3] ?? 0) === 1) return c.slice(0, 3);
					}
					return [255, 255, 255];
				};
				const ratio = (el: Element): number => {
					const a = lum(rgb(getComputedStyle(el).color));
					const b = lum(behind(el));
					return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
				};
				const min = (selector: string) => Math.min(...Array.from(root.querySelectorAll(selector)).map(ratio));
				return {
					title: min(".active-network-section-title > span:first-child"),
					who: min(".active-network-row-who"),
					why: min(".active-network-row-why"),
					when: min(".active-network-row-when:not(.mod-overdue):not(.mod-soon)"),
					status: min(".active-network-row-when.mod-overdue, .active-network-row-when.mod-soon"),
				};
			});
			// WCAG AA for text (4.5:1); the coloured status lines (overdue, soon: the theme's red and orange,
			// toned towards the text colour) at least 4:1, in a heavier weight.
			expect(contrasts.title).toBeGreaterThanOrEqual(4.5);
			expect(contrasts.who).toBeGreaterThanOrEqual(4.5);
			expect(contrasts.why).toBeGreaterThanOrEqual(4.5);
			expect(contrasts.when).toBeGreaterThanOrEqual(4.5);
			expect(contrasts.status).toBeGreaterThanOrEqual(4);
			expect(errors).toEqual([]);
		});
	}

	const graphView = join(ROOT, "src/obsidian/views/graph-view.ts");
	if (existsSync(graphView)) {
		it("the people graph opens in a tab and draws its people (pixels read back from the screen)", async (ctx) => {
			const { page, errors } = await open(ctx);
			await openFromPalette(page, "Show people graph");
			const view = await waitForGraph(page);
			expect(await view.locator(".active-network-graph-status").textContent()).toMatch(/^\d+ people, \d+ connections/);
			// The stage inside its border: what is drawn there is the graph.
			const box = await view.locator(".active-network-graph-stage").boundingBox();
			if (!box) throw new Error("the graph's stage is not on the screen");
			const png = await page.screenshot({ clip: { x: box.x + 4, y: box.y + 4, width: box.width - 8, height: box.height - 8 } });
			const swatches = await view.locator(".active-network-graph-legend .active-network-graph-swatch").evaluateAll((els) =>
				els.map((el) => getComputedStyle(el).backgroundColor),
			);
			const drawn = await page.evaluate(
				async ({ b64, swatches }) => {
					const img = new Image();
					img.src = `data:image/png;base64,${b64}`;
					await img.decode();
					const canvas = createEl("canvas");
					canvas.width = img.width;
					canvas.height = img.height;
					const g = canvas.getContext("2d") as CanvasRenderingContext2D;
					g.drawImage(img, 0, 0);
					const data = g.getImageData(0, 0, img.width, img.height).data;
					// The background is the most common colour; everything else was drawn.
					const counts = new Map<number, number>();
					for (let i = 0; i < data.length; i += 4) {
						const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
						counts.set(key, (counts.get(key) ?? 0) + 1);
					}
					const bg = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
					const [br, bgG, bb] = [(bg >> 16) & 255, (bg >> 8) & 255, bg & 255];
					let foreground = 0;
					for (let i = 0; i < data.length; i += 4) {
						if (Math.abs((data[i] ?? 0) - br) + Math.abs((data[i + 1] ?? 0) - bgG) + Math.abs((data[i + 2] ?? 0) - bb) > 60) foreground++;
					}
					// Pixels in each circle's colour (the legend's swatches): people drawn as discs of that colour.
					const inks = swatches.map((s) => {
						const [r = 0, gg = 0, b = 0] = (s.match(/[\d.]+/g) ?? []).map(Number);
						let n = 0;
						for (let i = 0; i < data.length; i += 4) {
							if (Math.abs((data[i] ?? 0) - r) + Math.abs((data[i + 1] ?? 0) - gg) + Math.abs((data[i + 2] ?? 0) - b) < 24) n++;
						}
						return n;
					});
					return { width: img.width, height: img.height, foreground, inks };
				},
				{ b64: png.toString("base64"), swatches },
			);
			expect(drawn.width).toBeGreaterThan(300);
			expect(drawn.height).toBeGreaterThan(300);
			// The example vault's 16 people and 8 connections cover about 1,300 pixels; an empty stage, none.
			expect(drawn.foreground).toBeGreaterThan(300);
			// At least two circles' colours are on the screen, each in at least one disc's worth of pixels.
			expect(drawn.inks.filter((n) => n >= 30).length).toBeGreaterThanOrEqual(2);
			expect(errors).toEqual([]);
		});
	} else {
		it.todo("the people graph opens in a tab and draws its people (waiting for src/obsidian/views/graph-view.ts)");
	}
});
