/**
 * docs/api.d.ts is the copy of src/obsidian/api/types.ts that users take into their own plugins and
 * scripts. Below its own header comment it must be the same file, so the two never drift apart.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const body = (path: string) => {
	const text = readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
	return text.slice(text.indexOf("*/") + 2);
};

describe("the API types users copy", () => {
	it("docs/api.d.ts matches src/obsidian/api/types.ts below the header", () => {
		expect(body("docs/api.d.ts")).toBe(body("src/obsidian/api/types.ts"));
		expect(body("docs/api.d.ts")).toContain("interface ActiveNetworkApi");
	});
});
