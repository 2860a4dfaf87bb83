/** Problems are located (path and line), never fatal: one bad note never stops the others. */
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, parseNote } from "../../src/core";
import { containing, md, person, vault } from "./helpers";

describe("invalid YAML", () => {
	it.each([
		["type: person\nname: [unclosed", 3],
		["type: person\nb: : x", 3],
		["\n\ntype: person\nb: : x", 5],
		["a: 1\n  b: 2", 3], // the badly indented entry
		["type: person\ncircle: friends\ncircle:x: y: z", 4],
	])("%j is reported at line %d", (yaml, line) => {
		const v = vault({ "People/Bad.md": md(yaml, "- 2026-11-20 [[Ann]]"), "People/Ann.md": person() });
		expect(v.problems()).toMatchObject([{ path: "People/Bad.md", line, severity: "error", message: containing("invalid YAML") }]);
	});

	it("lines are right with Windows line breaks too", () => {
		const v = vault({ "People/Ann.md": "---\r\ntype: person\r\ncircle: friends\r\nb: : x\r\n---\r\n", "People/Bo.md": "---\r\ntype: person\r\n\r\nlast_contact: 2026-13-45\r\n---\r\n\r\n- 2026-02-30 x\r\n" });
		expect(v.problems().map((p) => [p.path, p.line])).toEqual([
			["People/Ann.md", 4],
			["People/Bo.md", 4],
			["People/Bo.md", 7],
		]);
	});

	it("the message is one line", () => {
		const v = vault({ "Bad.md": md("a: [1,\nb: 2") });
		for (const p of v.problems()) expect(p.message).not.toContain("\n");
	});

	it("a note with broken YAML is read without its frontmatter; its body still counts", () => {
		const v = vault({
			"Daily/2026-11-20.md": md("mood: [good", "Coffee with [[Ann]]"),
			"People/Ann.md": person(),
			"People/Bo.md": md("type: person\ncircle: [friends", "#person"),
		});
		expect(v.lastContact("People/Ann.md")).toBe("2026-11-20");
		expect(v.people()).toEqual(["People/Ann.md", "People/Bo.md"]);
		expect(v.person("People/Bo.md").circles).toEqual([]);
	});

	it("a frontmatter that is not key: value pairs", () => {
		const v = vault({ "A.md": md("- just\n- a list") });
		expect(v.problems()).toMatchObject([{ path: "A.md", line: 2, severity: "error" }]);
	});

	it("frontmatter opened but never closed", () => {
		const v = vault({ "A.md": "---\ntype: person\nno end" });
		expect(v.problems()).toMatchObject([{ path: "A.md", line: 1, severity: "warning", message: containing("never closed") }]);
		expect(v.people()).toEqual([]);
	});
});

describe("met_through to nobody", () => {
	it("is reported on the line of its key", () => {
		const v = vault({ "People/Ann.md": person('circle: friends\nmet_through: "[[Nobody]]"') });
		expect(v.problems()).toMatchObject([{ path: "People/Ann.md", line: 4, severity: "warning", message: containing("Nobody") }]);
	});

	it("a link to a note that is not a person is reported too", () => {
		const v = vault({ "People/Ann.md": person('met_through: "[[Acme]]"'), "Orgs/Acme.md": md("type: organization") });
		expect(v.problems()).toMatchObject([{ path: "People/Ann.md", line: 3, message: containing("Acme") }]);
	});

	it("with both keys, each target on its own key's line", () => {
		const v = vault({ "People/Ann.md": person('met_through: "[[Bo]]"\ncircle: friends\nintroduced_by: "[[Nobody]]"'), "People/Bo.md": person() });
		expect(v.problems()).toMatchObject([{ path: "People/Ann.md", line: 5, message: containing("Nobody") }]);
	});
});

describe("one bad note never stops the others", () => {
	it("every problem of every note, sorted by path and line, and the rest still read", () => {
		const v = vault({
			"People/Zed.md": person("cadence: sometimes\nlast_contact: 2026-13-45\nbirthday: soon\nsnooze_until: '{{date}}'", "- 2026-02-30 coffee\n- [ ] call 📅 2026-02-31"),
			"People/Ann.md": person("last_contact: 2026-11-20"),
			"Inbox/Broken.md": md("title: [", "[[Ann]]"),
		});
		expect(v.problems().map((p) => [p.path, p.line, p.severity])).toEqual([
			["Inbox/Broken.md", 2, "error"],
			["People/Zed.md", 3, "warning"],
			["People/Zed.md", 4, "error"],
			["People/Zed.md", 5, "error"],
			["People/Zed.md", 6, "error"],
			["People/Zed.md", 8, "warning"],
			["People/Zed.md", 9, "warning"],
		]);
		expect(v.people()).toEqual(["People/Ann.md", "People/Zed.md"]);
		expect(v.state("People/Ann.md").lastContact).toBe("2026-11-20");
		expect(v.state("People/Zed.md")).toMatchObject({ status: "never", cadenceSource: "default" });
	});

	it("problems in templates and excluded folders are not reported", () => {
		const v = vault(
			{ "Templates/P.md": person("last_contact: {{date}}\ncadence: {{cadence}}"), "Old/P.md": md("a: [") },
			{ context: { templateFolders: ["Templates"] }, settings: { excludedFolders: ["Old"] } },
		);
		expect(v.problems()).toEqual([]);
	});

	it("hostile or odd text never throws", () => {
		const texts = [
			"---\na: &a [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ntype: person\n---\n",
			`---\ntype: person\nx: ${"[".repeat(500)}${"]".repeat(500)}\n---\n`,
			"---\n__proto__:\n  type: person\nconstructor: 1\n---\n",
			"---\n!!binary x: y\n---\n",
			"---\n? [a, b]\n: c\n---\n",
			"\u0000\u0001\u0002[[\u0000]]",
			`- ${"[[".repeat(10000)}`,
			`- [x] ${"✅ ".repeat(2000)}`,
			"- [ ] [[",
			"---\r\ntype: person\r---\rbody",
			`${"> ".repeat(1000)}[[A]]`,
			"```",
			"%%",
		];
		for (const text of texts) {
			expect(() => parseNote(text, DEFAULT_SETTINGS)).not.toThrow();
			expect(() => vault({ "People/X.md": text, "Daily/2026-11-20.md": text, "People/A.md": person() }).states()).not.toThrow();
		}
		expect(vault({ "P.md": texts[2] as string }).people()).toEqual([]);
	});
});

describe("a byte-order mark", () => {
	it("does not hide a task or log line on the first line of a note without frontmatter", () => {
		const v = vault({ "Ann.md": person(), "Daily/2026-11-20.md": "\uFEFF- [ ] call [[Ann]] 📅 2026-11-30\n", "Bo.md": "\uFEFF- 2026-11-19 lunch with [[Ann]]\n" });
		expect(v.promises().map((p) => [p.file, p.line])).toEqual([["Daily/2026-11-20.md", 1]]);
		expect(v.touchDates("Ann.md")).toEqual(["2026-11-19"]);
	});
});
