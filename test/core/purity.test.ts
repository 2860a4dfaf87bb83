/**
 * The core is pure (architecture.md): no `obsidian`, no Node built-ins, and `today` is only ever an
 * argument. Checked on the source, and by running the queries with the clock set to other days.
 */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { person, vault } from "./helpers";

const CORE = fileURLToPath(new URL("../../src/core/", import.meta.url));
const files = readdirSync(CORE).filter((f) => f.endsWith(".ts"));
const source = (f: string) => readFileSync(join(CORE, f), "utf8");
/** The source without comments (a comment may say "Date.now" to explain why it is not used). */
const code = (f: string) => source(f).replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
const imports = (f: string) => [...code(f).matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1] as string);

describe("src/core imports", () => {
	it("there are core files to check", () => {
		expect(files).toContain("network.ts");
	});

	it.each(files)("%s imports neither obsidian nor a Node built-in", (f) => {
		for (const spec of imports(f)) {
			expect(spec).not.toBe("obsidian");
			expect(spec.startsWith("node:")).toBe(false);
			expect(builtinModules).not.toContain(spec);
		}
	});

	it.each(files)("%s never reads the clock", (f) => {
		const c = code(f);
		expect(c).not.toMatch(/Date\.now\s*\(/);
		expect(c).not.toMatch(/new Date\s*\(\s*\)/);
		expect(c).not.toMatch(/DateTime\.(now|local)\s*\(/);
		expect(c).not.toMatch(/performance\.now/);
		expect(c).not.toMatch(/\bnew Date\s*;/);
	});
});

describe("answers do not depend on the clock", () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	const build = () =>
		vault({
			"People/Ann.md": person("cadence: 10d\nbirthday: 11-27\nlast_contact: 2026-11-01", "- [ ] call 📅 2026-11-20"),
			"People/Bo.md": person("circle: family", "- 2026-12-01 planned"),
			"Daily/2026-11-20.md": "[[Bo]]",
		});
	const answers = () => {
		const v = build();
		return { states: v.states(), cold: v.cold(), promises: v.promises(), next: v.next(), graph: v.graph(), problems: v.problems() };
	};

	it("the same answers with the system clock in 1999 and in 2040", () => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date("1999-01-01T12:00:00Z"));
		const a = answers();
		vi.setSystemTime(new Date("2040-06-15T23:59:00Z"));
		const b = answers();
		expect(b).toEqual(a);
		expect(a.states.map((s) => s.status)).toEqual(["cold", "ok"]);
	});
});
