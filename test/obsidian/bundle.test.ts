// @vitest-environment happy-dom
/**
 * The release bundle: `node esbuild.config.mjs` builds main.js, which must load and run with only
 * `obsidian` available (Obsidian mobile has no Node built-ins). A `require` that knows nothing else
 * throws on any other module.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import * as obsidian from "../obsidian-stub";
import type { Ports } from "../../src/obsidian/ports";
import { FakeApp, runCommandById } from "./fakes";
import { CONFIG, MANIFEST, rowsIn, TODAY, VAULT } from "./harness";

const outdir = mkdtempSync(join(tmpdir(), "active-network-bundle-"));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

interface PluginLike {
	load(): void;
	unload(): void;
	stubOnload: Promise<void>;
	today: () => string;
	portsFor: (app: unknown) => Ports;
	feed: { settle(): Promise<void> };
}

describe("main.js", () => {
	it("builds, loads with only `obsidian`, and runs the plugin", async () => {
		execFileSync(process.execPath, ["esbuild.config.mjs"], { cwd: process.cwd(), env: { ...process.env, ACTIVE_NETWORK_OUTDIR: outdir }, stdio: "pipe" });
		const code = readFileSync(join(outdir, "main.js"), "utf8");
		const asked: string[] = [];
		const require = (name: string): unknown => {
			asked.push(name);
			if (name === "obsidian") return obsidian;
			throw new Error(`main.js asked for "${name}", which Obsidian does not provide`);
		};
		const module = { exports: {} as Record<string, unknown> };
		const run = new Script(`(function (require, module, exports) {${code}\n})`, { filename: "main.js" }).runInThisContext() as (
			r: typeof require,
			m: typeof module,
			e: unknown,
		) => void;
		run(require, module, module.exports);
		// Bundled libraries may probe for optional modules (js-yaml tries `buffer` and `esprima`) inside
		// try/catch: they are refused here as on mobile, and loading goes on.
		expect(asked).toContain("obsidian");

		const Plugin = (module.exports.default ?? module.exports) as new (app: unknown, manifest: unknown) => PluginLike;
		const app = new FakeApp(VAULT, CONFIG);
		const plugin = new Plugin(app, MANIFEST);
		plugin.today = () => TODAY;
		plugin.portsFor = () => app.ports();
		plugin.load();
		await plugin.stubOnload;
		app.workspace.stubLayoutReady();
		await plugin.feed.settle();
		runCommandById(app, "active-network:open-reminders");
		await new Promise((r) => window.setTimeout(r, 0));
		const leaf = app.workspace.getLeavesOfType("active-network-reminders")[0];
		const rows = rowsIn((leaf?.view as unknown as { contentEl: HTMLElement }).contentEl);
		expect(rows.map((r) => r.who)).toEqual(["Maya Lopez", "Sam Patel", "Maya Lopez", "Jonas Weber", "Maya Lopez"]);
		plugin.unload();
		expect(app.stubCommands.size).toBe(0);
	});
});
