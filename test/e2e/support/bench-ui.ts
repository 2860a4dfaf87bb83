/**
 * `npm run bench:ui`: the list views with 3,000 people in headless Chromium (the e2e harness, the real
 * plugin, `?vault=people3000`). For the cold and promises views it prints the first paint (from the
 * command's Enter to the first frame drawn with the rows) and the scrolling frame times (the time between
 * frames while the view scrolls 40 px a frame through the list), p50 and p95, and how many rows the DOM
 * held. Printed, never asserted: times depend on the machine. `-- 5000` takes another number of people.
 */
import type { Page } from "playwright-core";
import { CHROMIUM_PACKAGE, ensureDebianPackages, launchChromium, openHarness, startHarness } from "./browser";
import { viewOf } from "./actions";

const PEOPLE = Number(process.argv[2] ?? 3000);
const FRAMES = 240;
const RUNS = 3;

function pct(values: number[], p: number): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

/** Runs `command` from the palette; resolves with ms from Enter to the first frame painted with rows. */
async function firstPaint(page: Page, command: string, type: string): Promise<number> {
	await page.keyboard.press("Control+P");
	const palette = page.locator(".an-harness-command-palette");
	const input = palette.locator(".prompt-input");
	await input.fill(command);
	await palette.locator(".suggestion-item.is-selected", { hasText: command }).waitFor();
	await page.evaluate((t) => {
		const w = window as unknown as { benchPaint?: Promise<number> };
		w.benchPaint = new Promise((resolve) => {
			const start = { at: 0 };
			document.addEventListener("keydown", () => (start.at = performance.now()), { capture: true, once: true });
			const poll = () => {
				const rows = document.querySelector(`.mod-right-split .workspace-leaf-content[data-type="${t}"] .active-network-row`);
				// The frame after the one the rows were added in has been painted.
				if (rows && start.at > 0) window.requestAnimationFrame(() => resolve(performance.now() - start.at));
				else window.requestAnimationFrame(poll);
			};
			window.requestAnimationFrame(poll);
		});
	}, type);
	await input.press("Enter");
	return page.evaluate(() => (window as unknown as { benchPaint: Promise<number> }).benchPaint);
}

/** Scrolls the view's content FRAMES frames of 40 px; the frame times and the most rows the DOM held. */
async function scrollFrames(page: Page, type: string): Promise<{ frames: number[]; maxRows: number; total: number }> {
	return page.evaluate(
		([t, n]) =>
			new Promise<{ frames: number[]; maxRows: number; total: number }>((resolve) => {
				const content = document.querySelector(`.mod-right-split .workspace-leaf-content[data-type="${t}"] .view-content`) as HTMLElement;
				const frames: number[] = [];
				let maxRows = 0;
				let last = performance.now();
				let i = 0;
				const step = () => {
					const now = performance.now();
					if (i > 0) frames.push(now - last);
					last = now;
					maxRows = Math.max(maxRows, content.querySelectorAll(".active-network-row").length);
					if (i++ >= n) return resolve({ frames, maxRows, total: content.querySelectorAll(".active-network-virtual-item, .active-network-row").length });
					content.scrollTop += 40;
					window.requestAnimationFrame(step);
				};
				window.requestAnimationFrame(step);
			}),
		[type, FRAMES] as const,
	);
}

async function main(): Promise<void> {
	const missing = await ensureDebianPackages([CHROMIUM_PACKAGE]);
	if (missing) throw new Error(`cannot run the UI benchmark: ${missing}`);
	const harness = await startHarness();
	const browser = await launchChromium();
	try {
		process.stdout.write(`Active Network UI benchmark: ${PEOPLE} people, headless Chromium, sidebar 300 px, window 1200 x 800, ${RUNS} runs each\n`);
		for (const [name, command, type] of [
			["cold relationships", "Show cold relationships", "active-network-cold"],
			["open promises", "Show open promises", "active-network-promises"],
		] as const) {
			const paints: number[] = [];
			const frames: number[] = [];
			let rows = 0;
			let index = 0;
			for (let run = 0; run < RUNS; run++) {
				const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
				try {
					const started = Date.now();
					const { page, errors } = await openHarness(context, harness, { vault: `people${PEOPLE}` });
					index = Math.max(index, Date.now() - started);
					paints.push(await firstPaint(page, command, type));
					await page.locator(".mod-right-split").locator(viewOf(page, type)).locator(".active-network-row").first().waitFor();
					const s = await scrollFrames(page, type);
					frames.push(...s.frames);
					rows = Math.max(rows, s.maxRows);
					if (errors.length > 0) throw new Error(`errors on the page:\n${errors.join("\n")}`);
				} finally {
					await context.close();
				}
			}
			const f = (x: number) => `${x.toFixed(1)} ms`;
			process.stdout.write(
				`${name.padEnd(19)} first paint p50 ${f(pct(paints, 50))} (runs: ${paints.map((p) => p.toFixed(0)).join(", ")} ms) | scroll frames p50 ${f(pct(frames, 50))}, p95 ${f(pct(frames, 95))}, max ${f(Math.max(...frames))} over ${frames.length} frames | rows in DOM at most ${rows} | page + index ready within ${index} ms\n`,
			);
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
