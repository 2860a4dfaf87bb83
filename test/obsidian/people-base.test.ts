/** The example vault's People.base: valid YAML in the shape Bases reads, naming this plugin's view and its options. */
import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { BASES_VIEW } from "../../src/obsidian/bases/relationships-view";

interface BaseFile {
	filters: { or: unknown[] };
	views: { type: string; name: string; includeNever?: boolean; order?: string[] }[];
}

describe("example-vault/People.base", () => {
	const base = load(readFileSync(new URL("../../example-vault/People.base", import.meta.url), "utf8")) as BaseFile;

	it("selects people both ways, each filter one expression string", () => {
		expect(base.filters.or).toEqual(['type == "person"', 'categories.contains(link("People"))']);
	});

	it("opens on the Relationships view with an option the view declares, then Obsidian's table of note properties", () => {
		expect(base.views.map((v) => v.type)).toEqual([BASES_VIEW, "table"]);
		expect(base.views[0]?.includeNever).toBe(true);
		for (const column of base.views[1]?.order ?? []) expect(column).toMatch(/^(file|note)\.[a-z_]+$/);
	});
});
