/** conventions.md §1: who is a person. */
import { describe, expect, it } from "vitest";
import { md, vault } from "./helpers";

const isPerson = (text: string, path = "Notes/X.md", options = {}) => vault({ [path]: text }, options).people().includes(path);

describe("a person by a frontmatter key and value", () => {
	it.each([
		["type: person"],
		["type: Person"],
		["type: PEOPLE"],
		["type: contact"],
		["category: person"],
		["categories: person"],
		["Type: person"],
		["type: [person]"],
		["type:\n  - author\n  - person"],
		['categories:\n  - "[[People]]"'],
		['categories: "[[People]]"'],
		["categories: [[People]]"],
		['categories: ["[[Categories/People|People]]"]'],
		['category: "[[contact]]"'],
		["categories:\n  - [[People]]"],
	])("%s is a person", (fm) => {
		expect(isPerson(md(fm, "body"))).toBe(true);
	});

	it.each([
		["type: organization"],
		["type: personal"],
		["type: [author, place]"],
		['type:\n  - "[[Authors]]"'],
		['categories:\n  - "[[Meetings]]"'],
		["kind: person"], // not one of the person keys
		["title: person"],
		["type: person of interest"],
		['categories: "[[People Template]]"'],
	])("%s is not a person", (fm) => {
		expect(isPerson(md(fm, "body"))).toBe(false);
	});

	it("the keys and values are settings", () => {
		const options = { settings: { personKeys: ["kind"], personValues: ["human"] } };
		expect(isPerson(md("kind: Human"), "X.md", options)).toBe(true);
		expect(isPerson(md("type: person"), "X.md", options)).toBe(false);
	});
});

describe("a person by a tag", () => {
	it.each([
		["tags: person", ""],
		["tags: [people]", ""],
		['tags: ["#contact"]', ""],
		["tags:\n  - friend\n  - people/family", ""],
		["tags: friend, person", ""],
		["tags: friend person", ""],
		["tag: person", ""],
		[null, "Met at the fair. #person"],
		[null, "#People"],
		[null, "Family: #people/family"],
		["title: x", "A note about someone #contact/work"],
	])("frontmatter %s, body %s: a person", (fm, body) => {
		expect(isPerson(md(fm, body))).toBe(true);
	});

	it.each([
		["tags: personal", ""],
		["tags: [people-list]", ""],
		["tags: [friends/person]", ""], // person is a child here, not the tag itself
		[null, "#personal notes"],
		[null, "`#person` in code"],
		[null, "```\n#person\n```"],
		[null, "issue#person is not a tag"],
		[null, "# person is a heading"],
		[null, "%% #person in a comment %%"],
	])("frontmatter %s, body %s: not a person", (fm, body) => {
		expect(isPerson(md(fm, body))).toBe(false);
	});

	it("the tags are a setting", () => {
		expect(isPerson(md(null, "#human"), "X.md", { settings: { personTags: ["human"] } })).toBe(true);
		expect(isPerson(md(null, "#person"), "X.md", { settings: { personTags: ["human"] } })).toBe(false);
	});
});

describe("a person by folder", () => {
	const options = { settings: { peopleFolders: ["People"] } };

	it("every note under a people folder is a person, at any depth", () => {
		const v = vault({ "People/Ann.md": "plain", "People/Family/Bob.md": "", "Peoples/Cy.md": "", "Notes/Dee.md": "" }, options);
		expect(v.people()).toEqual(["People/Ann.md", "People/Family/Bob.md"]);
	});

	it("no people folder by default", () => {
		expect(vault({ "People/Ann.md": "plain" }).people()).toEqual([]);
	});

	it("a people folder written with slashes still matches", () => {
		expect(vault({ "People/Ann.md": "" }, { settings: { peopleFolders: ["/People/"] } }).people()).toEqual(["People/Ann.md"]);
	});
});

describe("never a person", () => {
	it("a note in the templates folder, even with type: person and a {{date}}", () => {
		const v = vault(
			{
				"Templates/People Template.md": md('categories:\n  - "[[People]]"\ncreated: {{date}}\nlast_contact: {{date}}', "#person"),
				"Templates/Sub/Contact.md": md("type: person"),
				"People/Ann.md": md("type: person"),
			},
			{ context: { templateFolders: ["Templates"] } },
		);
		expect(v.people()).toEqual(["People/Ann.md"]);
		expect(v.problems()).toEqual([]);
	});

	it("the Templater folder too", () => {
		const v = vault({ "Meta/Templater/P.md": md("type: person") }, { context: { templateFolders: ["Templates", "Meta/Templater"] } });
		expect(v.people()).toEqual([]);
	});

	it("a note in an excluded folder, even inside a people folder", () => {
		const v = vault(
			{ "Archive/Old.md": md("type: person"), "People/Gone/Eve.md": "", "People/Ann.md": "" },
			{ settings: { excludedFolders: ["Archive", "People/Gone"], peopleFolders: ["People"] } },
		);
		expect(v.people()).toEqual(["People/Ann.md"]);
	});

	it("an excluded note's links are not read either", () => {
		const v = vault(
			{ "People/Ann.md": md("type: person"), "Archive/2026-11-20.md": "Met [[Ann]]" },
			{ settings: { excludedFolders: ["Archive"] } },
		);
		expect(v.lastContact("People/Ann.md")).toBeNull();
	});

	it("a folder that only starts like the templates folder is not excluded", () => {
		const v = vault({ "Templates2/Ann.md": md("type: person") }, { context: { templateFolders: ["Templates"] } });
		expect(v.people()).toEqual(["Templates2/Ann.md"]);
	});
});

describe("the person's name", () => {
	it("is the note's basename; aliases are other names", () => {
		const v = vault({ "People/Robert Chen.md": md("type: person\naliases: [Bob, Bobby]") });
		const p = v.person("People/Robert Chen.md");
		expect(p.name).toBe("Robert Chen");
		expect(p.aliases).toEqual(["Bob", "Bobby"]);
	});

	it("a single alias written as text, or with the key `alias`", () => {
		expect(vault({ "A.md": md("type: person\naliases: Bob") }).person("A.md").aliases).toEqual(["Bob"]);
		expect(vault({ "A.md": md("type: person\nalias: Bob") }).person("A.md").aliases).toEqual(["Bob"]);
	});
});
