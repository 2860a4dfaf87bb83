/** Which links depend on which names: `linkDependsOn` (a note's links, tested one by one) answers as `linkDeps` (the dependents) does. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, NetworkIndex, pathKey } from "../../src/core";
import { forEachDep, linkDependsOn, linkDeps, writtenWithPath } from "../../src/core/link-deps";
import { parseNote } from "../../src/core/note";
import { person, settingsWith, TODAY } from "./helpers";

/** The answer by definition: one of the link's names, lower-cased, is among the keys. */
function dependsByDefinition(target: string, keys: ReadonlySet<string>): boolean {
	return linkDeps(target).some((d) => keys.has(d));
}

describe("linkDependsOn", () => {
	it.each([
		["Ann Lee", ["ann lee"], true],
		["People/Ann Lee", ["ann lee"], true],
		["People/Ann Lee.MD", ["ann lee"], true],
		["People/Ann Lee", ["people/ann lee"], true],
		["People/Ann Lee.md", ["people/ann lee.md"], true],
		["Ann Lees", ["ann lee"], false],
		["People/Ann", ["ann lee", "people/ann lee"], false],
		// İ lower-cases to two code units.
		["İpek", ["i̇pek"], true],
		["Folder/İpek.md", ["i̇pek"], true],
		// A final sigma lower-cases by what follows it: the name is lower-cased on its own, as the resolver
		// keys it (ς), not as it stands in the whole target before `.md` (σ).
		["ΟΔΥΣΣΕΥΣ.md", ["οδυσσευς"], true],
		["ΟΔΥΣΣΕΥΣ.md", ["οδυσσευσ"], false],
		["ΟΔΥΣΣΕΥΣ.md", ["οδυσσευσ.md"], true],
		["K", ["k"], true], // the Kelvin sign
		[".md", [""], true],
		["a/.md", [""], true],
		["a/md", ["md"], true],
		["🦊 O'Brien", ["🦊 o'brien"], true],
	] as const)("%s depends on %j: %s", (target, keys, expected) => {
		const set = new Set<string>(keys);
		expect(dependsByDefinition(target, set)).toBe(expected);
		expect(linkDependsOn(target, set)).toBe(expected);
	});

	it("answers as the definition for any target and keys, few or many", () => {
		const char = fc.constantFrom("a", "B", "/", ".", "m", "M", "d", "D", "İ", "i", "Σ", "σ", "ς", "K", "ß", "🦊", " ", "ǅ");
		const text = fc
			.tuple(fc.constantFrom("", "Folder/", "a/b/"), fc.array(char, { maxLength: 8 }), fc.constantFrom("", "", ".md", ".MD", "Σ.md"))
			.map(([folder, cs, ext]) => folder + cs.join("") + ext);
		// Keys drawn from other targets' names and whole targets, so that matches are common, and plain text;
		// the target's own name, or all its names, are sometimes among them.
		const keys = fc.array(fc.oneof(text.map((t) => linkDeps(t)[0] as string), text.map((t) => t.toLowerCase()), text), { maxLength: 12 });
		fc.assert(
			fc.property(text, keys, fc.constantFrom("none", "name", "all"), (target, ks, own) => {
				const set = new Set(ks);
				if (own === "name") set.add(linkDeps(target)[0] as string);
				if (own === "all") for (const d of linkDeps(target)) set.add(d);
				expect(linkDependsOn(target, set)).toBe(dependsByDefinition(target, set));
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 2000) },
		);
	});
});

describe("forEachDep", () => {
	it("names a link written with more than the name under writtenWithPath too, a bare link and a body embed not", () => {
		const facts = parseNote("- [[Ana]] and [[People/Bo]] and [[Cy.md]] and [x](Dee.md)\n\n![[Eve]]", DEFAULT_SETTINGS);
		const deps: string[] = [];
		forEachDep(facts, (d) => deps.push(d));
		expect(deps).toContain("ana");
		expect(deps).not.toContain(writtenWithPath("ana"));
		for (const name of ["bo", "cy", "dee"]) expect(deps, name).toContain(writtenWithPath(name));
		expect(deps.some((d) => d.includes("eve"))).toBe(false);
	});
});

describe("pathKey", () => {
	it.each(["People/Ann Lee.md", "People/Ann Lee.MD", "People/ΟΔΥΣΣΕΥΣ.md", "İpek.md"])("of %s is what a link written as that path depends on", (path) => {
		const written = path.slice(0, -3);
		expect(linkDeps(written)).toContain(pathKey(path));
		expect(linkDependsOn(written, new Set([pathKey(path)]))).toBe(true);
	});
});

describe("a person whose name ends in Σ, linked with .md", () => {
	const SETTINGS = settingsWith();
	const CONTEXT = { dailyNoteFormat: "YYYY-MM-DD", templateFolders: [] };
	const DAILY: [string, string] = ["Daily/2026-11-20.md", "Met [[ΟΔΥΣΣΕΥΣ.md]] and [o](%CE%9F%CE%94%CE%A5%CE%A3%CE%A3%CE%95%CE%A5%CE%A3.md) today.\n"];
	const PERSON: [string, string] = ["People/ΟΔΥΣΣΕΥΣ.md", person()];

	function touchesOf(index: NetworkIndex): string[] {
		return (index.network(TODAY).touchpoints.get(PERSON[0]) ?? []).map((t) => `${t.date} ${t.path}`);
	}

	it("gains the daily note's contact when their note comes after it, as a build from scratch has it", () => {
		const fresh = new NetworkIndex(SETTINGS, CONTEXT);
		fresh.upsert(...PERSON);
		fresh.upsert(...DAILY);
		expect(touchesOf(fresh)).toEqual(["2026-11-20 Daily/2026-11-20.md"]);

		const later = new NetworkIndex(SETTINGS, CONTEXT, { live: true });
		later.upsert(...DAILY);
		later.network(TODAY);
		later.upsert(...PERSON);
		expect(touchesOf(later)).toEqual(touchesOf(fresh));
		later.remove(PERSON[0]);
		expect(touchesOf(later)).toEqual([]);
	});
});
