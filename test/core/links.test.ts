/** Links resolve the way Obsidian resolves them (conventions.md §1). */
import { describe, expect, it } from "vitest";
import { markdownLinkPath, PathResolver, wikiLinkPath } from "../../src/core";
import { linksInLine } from "../../src/core/line-links";
import { matching, md, person, vault } from "./helpers";

const PEOPLE = {
	"People/Ann Lee.md": person(),
	"People/Old/Ann Lee.md": person(),
	"People/Bo.md": person(),
	"Archive/x/Bo.md": person(),
	"Zz/Cy.md": person(),
	"Aa/Cy.md": person(),
	"People/Some Note.md": person(),
};

/** Who a link written in a daily note reaches (the people with a touchpoint on that day). */
function reached(link: string, source = "Daily/2026-11-20.md", files: Record<string, string> = PEOPLE): string[] {
	const v = vault({ ...files, [source]: `Met ${link} today.` });
	return v.people().filter((p) => v.touchDates(p).includes("2026-11-20"));
}

describe("wiki-links", () => {
	it.each([
		["[[Bo]]", "People/Bo.md"],
		["[[Bo|Bobby]]", "People/Bo.md"],
		["[[Bo#Log]]", "People/Bo.md"],
		["[[Bo#^a1b2c3]]", "People/Bo.md"],
		["[[Bo#Log|the log]]", "People/Bo.md"],
		["[[ Bo ]]", "People/Bo.md"],
		["[[Bo.md]]", "People/Bo.md"],
		["[[bo]]", "People/Bo.md"],
		["[[BO|x]]", "People/Bo.md"],
		["[[Ann Lee]]", "People/Ann Lee.md"],
		["[[ann lee]]", "People/Ann Lee.md"],
		["[[People/Old/Ann Lee]]", "People/Old/Ann Lee.md"],
		["[[Old/Ann Lee]]", "People/Old/Ann Lee.md"],
		["[[people/old/ann lee]]", "People/Old/Ann Lee.md"],
		["[[/People/Bo]]", "People/Bo.md"],
		["[[Archive/x/Bo]]", "Archive/x/Bo.md"],
		["[[x/Bo]]", "Archive/x/Bo.md"],
		["[[Cy]]", "Aa/Cy.md"], // same length: alphabetical
	])("%s reaches %s", (link, who) => {
		expect(reached(link)).toEqual([who]);
	});

	it.each([
		["[[Old/ΟΔΥΣΣΕΥΣ]]", "Archive/Old/ΟΔΥΣΣΕΥΣ.md"],
		["[[old/οδυσσευς]]", "Archive/Old/ΟΔΥΣΣΕΥΣ.md"],
		["[[Old/ΟΔΥΣΣΕΥΣ.md]]", "Archive/Old/ΟΔΥΣΣΕΥΣ.md"],
		["[[ΟΔΥΣΣΕΥΣ]]", "Archive/Old/ΟΔΥΣΣΕΥΣ.md"],
	])("%s reaches %s: a final Σ is lower-cased without the .md after it, in a folder's path as in a name", (link, who) => {
		expect(reached(link, "Daily/2026-11-20.md", { ...PEOPLE, [who]: person() })).toEqual([who]);
	});

	it.each(["[[Nobody]]", "[[Wrong/Bo]]", "[[#Heading]]", "[[]]", "[[Bo.png]]", "![[Bo]]", "`[[Bo]]`"])("%s reaches no one", (link) => {
		expect(reached(link)).toEqual([]);
	});

	it("an escaped pipe in a table cell still links", () => {
		const v = vault({ ...PEOPLE, "Daily/2026-11-20.md": "| who | what |\n| --- | --- |\n| [[Bo\\|Bobby]] | lunch |" });
		expect(v.touchDates("People/Bo.md")).toEqual(["2026-11-20"]);
	});

	it("wikiLinkPath keeps only the note part", () => {
		expect(wikiLinkPath("folder/Name#Heading|shown")).toBe("folder/Name");
		expect(wikiLinkPath("Name#^block")).toBe("Name");
		expect(wikiLinkPath("Name\\|shown")).toBe("Name");
	});

	it("linksInLine finds every link in order, embeds marked", () => {
		expect(linksInLine("[[A]] then ![[B]] and [c](C%20D.md) and ![e](E.md)")).toEqual([
			{ target: "A", embed: false },
			{ target: "B", embed: true },
			{ target: "C D.md", embed: false },
			{ target: "E.md", embed: true },
		]);
	});
});

describe("Markdown links", () => {
	it.each([
		["[Some](Some%20Note.md)", "People/Some Note.md"],
		["[Some](<Some Note.md>)", "People/Some Note.md"],
		["[Some](People/Some%20Note.md)", "People/Some Note.md"],
		['[Some](Some%20Note.md "title")', "People/Some Note.md"],
		["[Bo](Bo.md#Log)", "People/Bo.md"],
		["[Bo](../People/Bo.md)", "People/Bo.md"],
		["[Bo](./x/Bo.md)", "Archive/x/Bo.md"],
	])("%s reaches %s", (link, who) => {
		const source = link.includes("./x/") ? "Archive/2026-11-20.md" : "Daily/2026-11-20.md";
		expect(reached(link, source)).toEqual([who]);
	});

	it.each(["[Bo](https://example.com/Bo.md)", "[Bo](mailto:bo@x.org)", "[Bo](#Bo)", "[Bo](../../../Bo.md)", "![Bo](Bo.md)"])("%s reaches no one", (link) => {
		expect(reached(link)).toEqual([]);
	});

	it("markdownLinkPath", () => {
		expect(markdownLinkPath("Some%20Note.md")).toBe("Some Note.md");
		expect(markdownLinkPath("100%.md")).toBe("100%.md");
		expect(markdownLinkPath("obsidian://open?vault=x")).toBeNull();
	});
});

describe("PathResolver", () => {
	it("resolves by path, then relative, then by name with the shortest path first", () => {
		const r = new PathResolver();
		for (const p of ["A/B/Note.md", "Note.md", "C/Note.md", "C/Other.md"]) r.add(p);
		expect(r.resolve("Note", "C/Other.md")).toBe("Note.md");
		expect(r.resolve("C/Note", "X.md")).toBe("C/Note.md");
		expect(r.resolve("B/Note", "X.md")).toBe("A/B/Note.md");
		expect(r.resolve("./Note", "C/Other.md")).toBe("C/Note.md");
		expect(r.resolve("../Note", "C/Other.md")).toBe("Note.md");
		r.delete("Note.md");
		expect(r.resolve("Note", "X.md")).toBe("C/Note.md");
		r.delete("C/Note.md");
		r.delete("A/B/Note.md");
		expect(r.resolve("Note", "X.md")).toBeNull();
	});

	it("answers remembered for a name change when a note comes or goes; relative links are never remembered", () => {
		const r = new PathResolver();
		r.add("People/Ana.md");
		r.add("A/x.md");
		r.add("B/x.md");
		expect(r.resolve("Ana", "Daily/1.md")).toBe("People/Ana.md");
		expect(r.resolve("./x", "A/y.md")).toBe("A/x.md");
		expect(r.resolve("./x", "B/y.md")).toBe("B/x.md");
		r.add("Ana.md");
		expect(r.resolve("Ana", "Daily/1.md")).toBe("Ana.md");
		r.delete("Ana.md");
		expect(r.resolve("Ana", "Daily/1.md")).toBe("People/Ana.md");
		r.delete("People/Ana.md");
		expect(r.resolve("Ana", "Daily/1.md")).toBeNull();
	});

	it("counts the notes of a lower-case name as they come and go (a move under a unique name leans on it)", () => {
		const r = new PathResolver();
		for (const p of ["People/Ana.md", "Archive/ana.md", "People/Bo.md"]) r.add(p);
		expect(r.notesNamed("ana")).toBe(2);
		expect(r.notesNamed("bo")).toBe(1);
		expect(r.notesNamed("people/bo")).toBe(0); // a name, not a path
		r.delete("Archive/ana.md");
		expect(r.notesNamed("ana")).toBe(1);
		r.delete("People/Ana.md");
		expect(r.notesNamed("ana")).toBe(0);
	});

	it("does not depend on the order notes were added", () => {
		const paths = ["a/Note.md", "b/Note.md", "Note.md", "x/y/note.md"];
		const one = new PathResolver();
		const two = new PathResolver();
		for (const p of paths) one.add(p);
		for (const p of [...paths].reverse()) two.add(p);
		for (const link of ["Note", "note", "y/Note", "a/note", "B/NOTE"]) expect(one.resolve(link, "z.md")).toBe(two.resolve(link, "z.md"));
	});

	it("paths that differ only in case (a case-sensitive disk): the exact case wins, in any order, and survives deletes", () => {
		const paths = ["People/Bo.md", "people/bo.md"];
		const one = new PathResolver();
		const two = new PathResolver();
		for (const p of paths) one.add(p);
		for (const p of [...paths].reverse()) two.add(p);
		for (const r of [one, two]) {
			expect(r.resolve("People/Bo", "z.md")).toBe("People/Bo.md");
			expect(r.resolve("people/bo", "z.md")).toBe("people/bo.md");
		}
		expect(one.resolve("PEOPLE/BO", "z.md")).toBe(two.resolve("PEOPLE/BO", "z.md"));
		one.delete("People/Bo.md");
		expect(one.resolve("People/Bo", "z.md")).toBe("people/bo.md");
	});
});

describe("aliases", () => {
	const files = {
		"People/Robert Chen.md": person("aliases: [Bob, Rob]"),
		"People/Ann.md": person(),
	};

	it("a link that matches no note resolves to the one person with that alias, case-insensitive", () => {
		expect(reached("[[Bob]]", undefined, files)).toEqual(["People/Robert Chen.md"]);
		expect(reached("[[bob|Bobby]]", undefined, files)).toEqual(["People/Robert Chen.md"]);
		expect(reached("[[ROB#Work]]", undefined, files)).toEqual(["People/Robert Chen.md"]);
	});

	it("a note with that name wins over the alias", () => {
		expect(reached("[[Bob]]", undefined, { ...files, "Notes/Bob.md": md(null, "not a person") })).toEqual([]);
		expect(reached("[[Bob]]", undefined, { ...files, "Notes/Bob.md": person() })).toEqual(["Notes/Bob.md"]);
	});

	it("an alias shared by two people resolves to no one and is reported for each", () => {
		const v = vault({
			...files,
			"People/Bob Stone.md": person("aliases: [bob]"),
			"Daily/2026-11-20.md": "Lunch with [[Bob]] and [[Rob]].",
		});
		expect(v.lastContact("People/Bob Stone.md")).toBeNull();
		expect(v.lastContact("People/Robert Chen.md")).toBe("2026-11-20"); // through Rob
		expect(v.problems()).toMatchObject([
			{ path: "People/Bob Stone.md", line: null, severity: "warning", message: matching(/alias "bob".*Robert Chen/) },
			{ path: "People/Robert Chen.md", line: null, severity: "warning", message: matching(/alias "bob".*Bob Stone/) },
		]);
	});

	it("an alias of a template or a non-person does not count", () => {
		const v = vault(
			{ ...files, "Templates/P.md": person("aliases: [Bob]"), "Notes/Thing.md": md("aliases: [Ann]"), "Daily/2026-11-20.md": "[[Bob]]" },
			{ context: { templateFolders: ["Templates"] } },
		);
		expect(v.lastContact("People/Robert Chen.md")).toBe("2026-11-20");
		expect(v.problems()).toEqual([]);
	});
});

describe("links in frontmatter values", () => {
	it.each([
		['people: ["[[Bo]]"]'],
		["people:\n  - \"[[Bo]]\""],
		["people: [[Bo]]"],
		["people:\n  - [[Bo]]"],
		['attendees: "[[People/Bo|Bobby]]"'],
		['meta:\n  with: "[[Bo]]"'],
	])("%s", (fm) => {
		const v = vault({ ...PEOPLE, "Meetings/Sync.md": md(`date: 2026-11-20\n${fm}`, "notes") });
		expect(v.touchDates("People/Bo.md")).toEqual(["2026-11-20"]);
	});

	it("a frontmatter value that only mentions a name is not a link", () => {
		const v = vault({ ...PEOPLE, "Meetings/Sync.md": md("date: 2026-11-20\npeople: [Bo]", "notes") });
		expect(v.touchDates("People/Bo.md")).toEqual([]);
	});
});
