/**
 * The set-up every end-to-end test file shares: Chromium (installed with apt-get when missing and we
 * may) and the harness served once for the file, closed after it; each test then opens a fresh page (a
 * fresh in-memory vault) in a fresh browser context, closed when the test finishes. Where Chromium is
 * missing and cannot be installed, `open` skips the test, saying why.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, type TestContext } from "vitest";
import { CHROMIUM_PACKAGE, ensureDebianPackages, type Harness, launchChromium, openHarness, type OpenOptions, startHarness } from "./browser";

/** A window of 1200 × 800 (the harness gives it a 300 px right sidebar). */
const VIEWPORT = { width: 1200, height: 800 };

export type OpenPage = (ctx: TestContext, options?: OpenOptions) => Promise<{ page: Page; errors: string[] }>;

/**
 * Registers the file's beforeAll/afterAll and returns `open`: a fresh harness page, waited on until the
 * plugin has indexed the vault, with the page's errors (uncaught or console.error) collected in `errors`.
 */
export function harnessSuite(): OpenPage {
	let unavailable: string | null = null;
	let harness: Harness | null = null;
	let browser: Browser | null = null;

	beforeAll(async () => {
		unavailable = await ensureDebianPackages([CHROMIUM_PACKAGE]);
		if (unavailable) {
			console.warn(`end-to-end tests skipped: ${unavailable}`);
			return;
		}
		harness = await startHarness();
		browser = await launchChromium();
	}, 20 * 60_000);

	afterAll(async () => {
		await browser?.close();
		await harness?.close();
	});

	return async (ctx, options = {}) => {
		if (unavailable || !browser || !harness) return ctx.skip(unavailable ?? "no browser");
		const context = await browser.newContext({ viewport: VIEWPORT });
		ctx.onTestFinished(() => context.close());
		return openHarness(context, harness, options);
	};
}
