/** src/core/vcard goes into the mobile bundle: no Node built-in, no Buffer, no clock, files under 300 lines. */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DIR = fileURLToPath(new URL("../../../src/core/vcard/", import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith(".ts"));
const code = (f: string) => readFileSync(join(DIR, f), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

describe("src/core/vcard", () => {
	it("has its files", () => {
		expect(files).toEqual(expect.arrayContaining(["read.ts", "plan.ts", "export.ts", "legacy.ts", "lines.ts"]));
	});

	it.each(files)("%s imports only the core, ical.js, js-yaml and luxon; no Buffer, no clock; under 300 lines", (f) => {
		const c = code(f);
		for (const m of c.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
			const spec = m[1] as string;
			expect(spec.startsWith(".") || spec === "ical.js" || spec === "js-yaml" || spec === "luxon", spec).toBe(true);
			expect(builtinModules).not.toContain(spec);
		}
		expect(c).not.toMatch(/\bBuffer\b|\bprocess\.|Date\.now|new Date\s*\(\s*\)/);
		expect(readFileSync(join(DIR, f), "utf8").split("\n").length).toBeLessThan(300);
	});
});
