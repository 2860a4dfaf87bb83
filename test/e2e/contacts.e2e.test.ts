/**
 * The vCard import in a real browser (Debian's Chromium through playwright-core, the harness page on the
 * example vault): the review modal for `contacts-sample.vcf`, opened from the file's menu in the vault
 * and from the device's file picker (a hidden file input read with the File API, as on mobile), then an
 * import that writes what was ticked. Skipped, saying why, where Chromium is missing.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openFromPalette } from "./support/actions";
import { ROOT } from "./support/build";
import { harnessSuite } from "./support/suite";

const VCF = "contacts-sample.vcf";
const COMMAND = "Import contacts from vCard…";

const open = harnessSuite();

/** Each section of the review: its heading and its rows' names. */
function sections(page: Page): Promise<{ id: string; heading: string; names: string[]; ticked: boolean[] }[]> {
	return page.locator(".active-network-import-section").evaluateAll((els) =>
		els.map((el) => ({
			id: el.getAttribute("data-section") ?? "",
			heading: el.querySelector("h4")?.textContent ?? "",
			names: [...el.querySelectorAll(".active-network-import-name")].map((n) => n.textContent ?? ""),
			ticked: [...el.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].map((b) => b.checked),
		})),
	);
}

describe("vCard import in Chromium", () => {
	it("the .vcf's file menu opens the review: sections with checkboxes, conflicts unticked; Import writes what is ticked", async (ctx) => {
		const { page, errors } = await open(ctx);
		expect(await page.evaluate((p) => window.activeNetworkHarness?.fileMenu(p), VCF)).toEqual([COMMAND]);
		await page.evaluate(([p, t]) => window.activeNetworkHarness?.chooseFromFileMenu(p, t), [VCF, COMMAND] as const);
		const modal = page.locator(".modal:has(.active-network-import)");
		await modal.waitFor();
		expect(await modal.locator(".modal-title").textContent()).toBe(`Import contacts from ${VCF}`);
		const shown = await sections(page);
		expect(shown.map((s) => s.id)).toEqual(["new", "update", "unchanged", "conflicts"]);
		const byId = Object.fromEntries(shown.map((s) => [s.id, s]));
		expect(byId.new?.ticked.every((t) => t)).toBe(true);
		expect(byId.update?.ticked.every((t) => t)).toBe(true);
		expect(byId.conflicts?.ticked.every((t) => !t)).toBe(true);
		const newNames = byId.new?.names ?? [];
		expect(newNames.length).toBeGreaterThan(0);

		const before = await page.evaluate(() => window.activeNetworkHarness?.paths().length ?? 0);
		await modal.getByRole("button", { name: "Import", exact: true }).click();
		await modal.waitFor({ state: "detached" });
		const notices = await page.evaluate(() => window.activeNetworkHarness?.notices() ?? []);
		expect(notices.at(-1)).toMatch(new RegExp(`^Imported ${newNames.length} new (person|people), updated ${byId.update?.names.length ?? 0}`));
		expect(await page.evaluate(() => window.activeNetworkHarness?.paths().length ?? 0)).toBe(before + newNames.length);
		expect(errors).toEqual([]);
	});

	it("the command reads a .vcf from the device's file picker and shows the same review; Cancel writes nothing", async (ctx) => {
		const { page, errors } = await open(ctx);
		const chooser = page.waitForEvent("filechooser");
		await openFromPalette(page, COMMAND);
		const fc = await chooser;
		expect(await fc.element().getAttribute("accept")).toBe(".vcf,text/vcard");
		await fc.setFiles(join(ROOT, "example-vault", VCF));
		const modal = page.locator(".modal:has(.active-network-import)");
		await modal.waitFor();
		expect(await modal.locator(".modal-title").textContent()).toBe(`Import contacts from ${VCF}`);
		expect((await sections(page)).map((s) => s.id)).toEqual(["new", "update", "unchanged", "conflicts"]);
		const before = await page.evaluate(() => window.activeNetworkHarness?.paths().length ?? 0);
		await modal.getByRole("button", { name: "Cancel" }).click();
		await modal.waitFor({ state: "detached" });
		expect(await page.evaluate(() => window.activeNetworkHarness?.paths().length ?? 0)).toBe(before);
		expect(errors).toEqual([]);
	});
});
