/**
 * New person notes from a template: the Templates plugin's placeholders filled, the card's keys set in
 * the frontmatter with every other byte of the template kept, odd templates (empty, only frontmatter,
 * no frontmatter, CRLF), and a broken one refused with a clear reason and a clean note instead.
 */
import { describe, expect, it } from "vitest";
import { fillTemplate, newNoteText, noteFromTemplate, personNoteText } from "../../../src/core";

const at = { now: "2026-03-04T09:05" };
const mark = { key: "type", value: "person" };
const entry = { add: { email: "ana@mail.example", phone: "+351 911 000 111", circle: ["friends"] }, contact: { note: null } };

describe("fillTemplate", () => {
	it("fills title, date and time, with the default and given moment formats, case as the plugin does", () => {
		const t = "# {{title}}\n{{date}} {{time}} {{DATE:dddd, MMMM Do YYYY}} {{time:HH.mm}} {{date:YYYY}}\n";
		expect(fillTemplate(t, "Ana Silva", at)).toBe("# Ana Silva\n2026-03-04 09:05 Wednesday, March 4th 2026 09.05 2026\n");
	});

	it("uses the Templates plugin's own formats when set, and leaves Templater and unknown braces alone", () => {
		const t = "{{date}} {{time}} <% tp.file.title %> {{unknown}} {{title:x}}";
		expect(fillTemplate(t, "Bo", { ...at, dateFormat: "DD.MM.YYYY", timeFormat: "h:mm A" })).toBe("04.03.2026 9:05 AM <% tp.file.title %> {{unknown}} {{title:x}}");
	});

	it("knows the week tokens of daily-note formats and keeps an apostrophe in bracketed text", () => {
		expect(fillTemplate("{{date:gggg-[W]ww}} {{time:H [o'clock]}} {{date:[it's] dddd}}", "Bo", at)).toBe("2026-W10 9 o'clock it's Wednesday");
	});
});

describe("noteFromTemplate", () => {
	it("sets the card's keys and keeps every other byte of the template (comments, order, quoting, body)", () => {
		const tpl = "---\n# my person template\ntype: person\nemail:\ncreated: '2026-03-04'\ntags: [people]\n---\n# Ana\n\n## Log\n";
		const r = noteFromTemplate(tpl, entry, mark);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.text).toBe("---\n# my person template\ntype: person\nemail: ana@mail.example\ncreated: '2026-03-04'\ntags: [people]\nphone: \"+351 911 000 111\"\ncircle: [friends]\n---\n# Ana\n\n## Log\n");
	});

	it("gives a template without frontmatter one, the body after it unchanged; an empty one too", () => {
		const r = noteFromTemplate("Body {{x}}\n", { add: { email: "a@b.example" }, contact: {} }, mark);
		expect(r.ok && r.text).toBe("---\ntype: person\nemail: a@b.example\n---\nBody {{x}}\n");
		const empty = noteFromTemplate("", { add: { email: "a@b.example" }, contact: {} }, mark);
		expect(empty.ok && empty.text.startsWith("---\ntype: person\nemail: a@b.example\n---")).toBe(true);
	});

	it("keeps a template's person key as it is and works on one that is only frontmatter", () => {
		const r = noteFromTemplate("---\ntype: [person, client]\n---", { add: { org: "Acme" }, contact: {} }, mark);
		expect(r.ok && r.text).toBe("---\ntype: [person, client]\norg: Acme\n---");
	});

	it("keeps CRLF line breaks and writes the card's note in them", () => {
		const r = noteFromTemplate("---\r\ntype: person\r\n---\r\nBody\r\n", { add: { email: "a@b.example" }, contact: { note: "one\ntwo" } }, mark);
		expect(r.ok && r.text).toBe("---\r\ntype: person\r\nemail: a@b.example\r\n---\r\nBody\r\n\r\none\r\ntwo\r\n");
	});

	it("refuses a template whose frontmatter is broken YAML, saying where", () => {
		const r = noteFromTemplate("---\ntype: [person\n---\nBody\n", entry, mark);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toMatch(/invalid YAML in frontmatter.*line/);
	});
});

describe("personNoteText", () => {
	const template = { path: "Templates/Person.md", text: "---\ntype: person\ncreated: {{date}}\n---\n# {{title}}\n", at };

	it("starts from the filled template", () => {
		expect(personNoteText(template, "Ana Silva", entry, mark)).toEqual({
			text: "---\ntype: person\ncreated: 2026-03-04\nemail: ana@mail.example\nphone: \"+351 911 000 111\"\ncircle: [friends]\n---\n# Ana Silva\n",
			problem: null,
		});
	});

	it("writes the clean note and names the template when it cannot be used", () => {
		const r = personNoteText({ ...template, text: "---\na: [\n---\n" }, "Ana Silva", entry, mark);
		expect(r.text).toBe(newNoteText(entry, mark));
		expect(r.problem).toMatch(/^The person template "Templates\/Person\.md" was not used \(invalid YAML/);
	});

	it("is the clean note without a template", () => {
		expect(personNoteText(null, "Ana", entry, mark)).toEqual({ text: newNoteText(entry, mark), problem: null });
	});
});
