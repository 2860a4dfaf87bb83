/**
 * Debian's Chromium, driven by playwright-core (which never downloads a browser of its own here):
 * installed with apt-get when it is missing and we may (root, apt-get present), launched with the flags
 * known to work on this kind of machine, and a page of the harness opened on a local server.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import "../harness/api";
import { buildHarness } from "./build";
import { serve, type StaticServer } from "./server";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * --headless and --no-sandbox (we run as root), no GPU, and nothing that reaches for the network: this
 * machine's network is closed, and Chromium's background services would try it at every start. WebGL
 * (the graph view) then runs on SwiftShader, Chromium's software renderer.
 */
export const CHROMIUM_FLAGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--use-angle=swiftshader",
	"--enable-unsafe-swiftshader",
];

export interface DebianPackage {
	/** The package's name for apt-get. */
	name: string;
	/** A file the package installs: when it exists, the package is there. */
	file: string;
}

export const CHROMIUM_PACKAGE: DebianPackage = { name: "chromium", file: CHROMIUM };
/** Emoji in note text (📅 in an empty state) render as emoji, not boxes, in the screenshots. */
export const EMOJI_FONT_PACKAGE: DebianPackage = { name: "fonts-noto-color-emoji", file: "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf" };

const run = promisify(execFile);

/**
 * Installs the packages that are missing, with apt-get, when running as root where apt-get exists.
 * Returns null when all are there, else why they are not (and the caller skips, saying so).
 */
export async function ensureDebianPackages(packages: DebianPackage[]): Promise<string | null> {
	const missing = packages.filter((p) => !existsSync(p.file));
	if (missing.length === 0) return null;
	const names = missing.map((p) => p.name);
	if (process.platform !== "linux" || process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
		return `${names.join(", ")} not installed (${missing.map((p) => p.file).join(", ")} missing), and it can be installed here only as root with apt-get: run \`apt-get install -y ${names.join(" ")}\``;
	}
	const options = { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }, maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60 * 1000 };
	try {
		await run("apt-get", ["update"], options);
		await run("apt-get", ["install", "-y", "-o", "DPkg::Lock::Timeout=300", ...names], options);
	} catch (e) {
		const err = e as { stderr?: string; message?: string };
		return `apt-get install ${names.join(" ")} failed: ${(err.stderr ?? err.message ?? String(e)).trim().split("\n").slice(-3).join(" / ")}`;
	}
	const still = missing.filter((p) => !existsSync(p.file));
	return still.length === 0 ? null : `apt-get installed ${names.join(", ")}, but ${still.map((p) => p.file).join(", ")} is still missing`;
}

/** Chromium, with a new empty profile (Playwright makes a fresh --user-data-dir for each launch). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });
}

/** The harness, built into a new temporary folder and served on 127.0.0.1 until `close`. */
export interface Harness {
	url: string;
	close(): Promise<void>;
}

export async function startHarness(outDir?: string): Promise<Harness> {
	const dir = outDir ?? (await mkdtemp(join(tmpdir(), "active-network-e2e-")));
	await buildHarness(dir);
	const server: StaticServer = await serve(dir);
	return {
		url: server.url,
		close: async () => {
			await server.close();
			if (!outDir) await rm(dir, { recursive: true, force: true });
		},
	};
}

export interface OpenOptions {
	theme?: "light" | "dark";
	/** `people3000`: a generated vault of 3,000 people (harness/big-vault.ts). */
	vault?: "example" | "empty" | `people${number}`;
}

/**
 * Opens the harness in a new page and waits until the plugin has indexed the vault. Errors on the page
 * (uncaught, or logged with console.error) are collected in `errors`.
 */
export async function openHarness(context: BrowserContext, harness: Harness, options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
	page.on("console", (m) => {
		if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
	});
	const query = new URLSearchParams({ theme: options.theme ?? "light", vault: options.vault ?? "example" });
	await page.goto(`${harness.url}index.html?${query.toString()}`);
	await page.waitForSelector("body[data-harness=ready], body[data-harness=failed]");
	const failed = await page.getAttribute("body", "data-harness-error");
	if (failed !== null) throw new Error(`the harness did not start: ${failed}`);
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	return { page, errors };
}
