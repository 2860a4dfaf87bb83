/**
 * The pure text edits behind the plugin's writes (src/core/edits.ts): each changes only its own span.
 * (Pure text in and out: they run in Node, with no Obsidian and no stub.)
 */
import { describe, expect, it } from "vitest";
import {
	appendIntroFollowUp,
	appendUnderHeading,
	buildPersonNote,
	DEFAULT_SETTINGS,
	formatLogEntry,
	frontmatterKeyFor,
	lineBreakOf,
	markTaskKept,
	parseNote,
	personFileName,
	uniqueFileName,
} from "../../src/core";

describe("formatLogEntry", () => {
	it("writes a dated list item, one line, with the help tag once", () => {
		expect(formatLogEntry({ date: "2026-11-25", text: "coffee" })).toBe("- 2026-11-25 coffee");
		expect(formatLogEntry({ date: "2026-11-25", text: "  coffee\r\nand a walk \n", help: "gave" })).toBe("- 2026-11-25 coffee and a walk #gave");
		expect(formatLogEntry({ date: "2026-11-25", text: "she helped #got", help: "got" })).toBe("- 2026-11-25 she helped #got");
		expect(formatLogEntry({ date: "2026-11-25", text: "", help: "got" })).toBe("- 2026-11-25 #got");
		expect(formatLogEntry({ date: "2026-11-25", text: "" })).toBe("- 2026-11-25");
	});

	it("is read back by the core as a touchpoint with its help direction", () => {
		const line = formatLogEntry({ date: "2026-11-25", text: "lent me a ladder", help: "got" });
		const item = parseNote(`---\ntype: person\n---\n${line}\n`, DEFAULT_SETTINGS).items[0];
		expect(item).toMatchObject({ date: "2026-11-25", tags: ["got"] });
	});
});

describe("appendUnderHeading", () => {
	const add = (text: string, heading = "Log") => appendUnderHeading(text, heading, "- 2026-11-25 new");

	it("appends after the section's last non-blank line, before the next heading of its level or higher", () => {
		expect(add("## Log\n- a\n- b\n\n\n## Next\n")).toBe("## Log\n- a\n- b\n- 2026-11-25 new\n\n\n## Next\n");
		expect(add("# P\n## Log\n- a\n### Detail\n- d\n# Other\n")).toBe("# P\n## Log\n- a\n### Detail\n- d\n- 2026-11-25 new\n# Other\n");
		expect(add("## Log\n")).toBe("## Log\n- 2026-11-25 new\n");
		expect(add("## Log")).toBe("## Log\n- 2026-11-25 new");
		expect(add("## Log\n- a")).toBe("## Log\n- a\n- 2026-11-25 new");
	});

	it("matches the heading at any level, in any case, with closing hashes; the first one wins", () => {
		expect(add("#### log ##\n- a\n## Log\n- b\n")).toBe("#### log ##\n- a\n- 2026-11-25 new\n## Log\n- b\n");
		expect(add("## Log\n- a\n", "## Log")).toBe("## Log\n- a\n- 2026-11-25 new\n");
		expect(add("## Logbook\n- a\n")).toBe("## Logbook\n- a\n\n## Log\n- 2026-11-25 new\n");
	});

	it("ignores headings inside frontmatter and code blocks", () => {
		expect(add("---\n# Log\nx: 1\n---\nBody\n")).toBe("---\n# Log\nx: 1\n---\nBody\n\n## Log\n- 2026-11-25 new\n");
		expect(add("## Log\n- a\n```\n# Not a heading\n```\n## End\n")).toBe("## Log\n- a\n```\n# Not a heading\n```\n- 2026-11-25 new\n## End\n");
		expect(add("```md\n## Log\n```\n")).toBe("```md\n## Log\n```\n\n## Log\n- 2026-11-25 new\n");
	});

	it("adds the heading at the end of any note without one", () => {
		expect(add("")).toBe("## Log\n- 2026-11-25 new\n");
		expect(add("\uFEFF")).toBe("\uFEFF## Log\n- 2026-11-25 new\n");
		expect(add("text")).toBe("text\n\n## Log\n- 2026-11-25 new\n");
		expect(add("text\n")).toBe("text\n\n## Log\n- 2026-11-25 new\n");
		expect(add("text\n\n")).toBe("text\n\n## Log\n- 2026-11-25 new\n");
		expect(add("text\r\n")).toBe("text\r\n\r\n## Log\r\n- 2026-11-25 new\r\n");
	});

	it("fills a bare bullet left by a template, keeping its line break", () => {
		expect(add("## Log\n- \n")).toBe("## Log\n- 2026-11-25 new\n");
		expect(add("## Log\r\n-\r\n\r\n## B\r\n")).toBe("## Log\r\n- 2026-11-25 new\r\n\r\n## B\r\n");
	});

	it("changes no byte outside the inserted line, whatever the line breaks, BOM and trailing spaces", () => {
		const pool = ["## Log", "## Log  ", "## Other", "- 2026-01-01 a  ", "", "  ", "text\t", "```", "# Title", "- [ ] task"];
		let seed = 7;
		const rnd = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % n;
		};
		for (let run = 0; run < 500; run++) {
			const eol = rnd(2) === 0 ? "\n" : "\r\n";
			const lines = Array.from({ length: rnd(8) }, () => pool[rnd(pool.length)] as string);
			const text = (rnd(3) === 0 ? "\uFEFF" : "") + lines.join(eol) + (rnd(2) === 0 ? eol : "");
			const out = add(text);
			let p = 0;
			while (p < text.length && text[p] === out[p]) p++;
			let s = 0;
			while (s < text.length - p && text[text.length - 1 - s] === out[out.length - 1 - s]) s++;
			const removed = text.slice(p, text.length - s);
			const inserted = out.slice(p, out.length - s);
			// Either a pure insertion, or a bare bullet filled in.
			expect(removed === "" || /^[ \t]*[-*+]?[ \t]*$/.test(removed), JSON.stringify({ text, out })).toBe(true);
			expect(inserted.includes("- 2026-11-25 new"), JSON.stringify({ text, out })).toBe(true);
			// New line breaks are the file's own.
			if (lineBreakOf(text) === "\r\n") expect(/(^|[^\r])\n/.test(inserted), JSON.stringify({ text, out })).toBe(false);
			else expect(inserted.includes("\r"), JSON.stringify({ text, out })).toBe(false);
		}
	});
});

describe("markTaskKept", () => {
	const kept = (text: string, line: number, task: string) => markTaskKept(text, { line, text: task }, "2026-11-25");

	it("checks the box and adds the done date on that line only", () => {
		expect(kept("a\n- [ ] call Ann\nb\n", 2, "call Ann")).toEqual({ ok: true, text: "a\n- [x] call Ann ✅ 2026-11-25\nb\n" });
		expect(kept("1. [/] draft  \r\n", 1, "draft")).toEqual({ ok: true, text: "1. [x] draft ✅ 2026-11-25  \r\n" });
		expect(kept("> - [ ] quoted ^id-1\n", 1, "quoted ^id-1")).toEqual({ ok: true, text: "> - [x] quoted ✅ 2026-11-25 ^id-1\n" });
		expect(kept("\t* [ ] nested", 1, "nested")).toEqual({ ok: true, text: "\t* [x] nested ✅ 2026-11-25" });
		expect(kept("x\n- [ ] with `code` inside\n", 2, "with   inside")).toEqual({ ok: true, text: "x\n- [x] with `code` inside ✅ 2026-11-25\n" });
	});

	it("refuses, changing nothing, when the line no longer holds the same open task", () => {
		expect(kept("a\n", 3, "x")).toEqual({ ok: false, reason: "the task's line is gone" });
		expect(kept("a\n- plain item\n", 2, "plain item")).toEqual({ ok: false, reason: "the line no longer holds a task" });
		expect(kept("- [ ] call Bob\n", 1, "call Ann")).toEqual({ ok: false, reason: "the task's text has changed" });
		expect(kept("- [x] call Ann\n", 1, "call Ann")).toEqual({ ok: false, reason: "the task is already done" });
		expect(kept("- [-] call Ann\n", 1, "call Ann")).toEqual({ ok: false, reason: "the task is cancelled" });
	});
});

describe("small helpers", () => {
	it("finds the note's own spelling of a frontmatter key", () => {
		expect(frontmatterKeyFor(["type", "Snooze-Until"], "snooze_until")).toBe("Snooze-Until");
		expect(frontmatterKeyFor(["snoozeUntil"], "snooze_until")).toBe("snoozeUntil");
		expect(frontmatterKeyFor(["type"], "snooze_until")).toBe("snooze_until");
	});

	it("makes safe file names", () => {
		expect(personFileName("  Ada   Lovelace ")).toBe("Ada Lovelace");
		expect(personFileName("a/b\\c:d*e?f\"g<h>i|j#k^l[m]n")).toBe("abcdefghijklmn");
		expect(personFileName("..hidden")).toBe("hidden");
		expect(personFileName(" / ")).toBeNull();
	});

	it("builds a person note the core reads as a person, quoting circles YAML would misread", () => {
		const note = buildPersonNote({ circle: "book club", logHeading: "## Log" });
		expect(note).toContain("circle: book club\n");
		expect(note.endsWith("---\n\n```active-network\nperson\n```\n\n## Log\n")).toBe(true);
		expect(parseNote(note, DEFAULT_SETTINGS)).toMatchObject({ personMarked: true, problems: [] });
		expect(buildPersonNote({ circle: "yes", logHeading: "Log" })).toContain('circle: "yes"\n');
		expect(buildPersonNote({ circle: "a: b", logHeading: "Log" })).toContain('circle: "a: b"\n');
		expect(buildPersonNote({ logHeading: "Log" })).toContain("circle:\n");
	});
});

describe("appendIntroFollowUp", () => {
	const maya = { name: "Maya Lopez" };
	const jonas = { name: "Jonas Weber" };
	const LINE = "- [ ] Follow up on introducing [[Maya Lopez]] and [[Jonas Weber]] #intro \u{1F4C5} 2026-12-09";
	const follow = (text: string, heading = "Log") => appendIntroFollowUp(text, heading, maya, jonas, "2026-12-09");

	it("adds the #intro promise at the end of the log section, byte for byte", () => {
		expect(follow("---\ntype: person\n---\n## Log\n- 2026-11-02 coffee\n\n## Notes\nx\n")).toBe(`---\ntype: person\n---\n## Log\n- 2026-11-02 coffee\n${LINE}\n\n## Notes\nx\n`);
		expect(follow("## Log\r\n- 2026-11-02 coffee\r\n")).toBe(`## Log\r\n- 2026-11-02 coffee\r\n${LINE}\r\n`);
		expect(follow("\uFEFF## Log\n- a  \n")).toBe(`\uFEFF## Log\n- a  \n${LINE}\n`);
		expect(follow("\uFEFF---\r\ntype: person\r\n---\r\nNo log yet.")).toBe(`\uFEFF---\r\ntype: person\r\n---\r\nNo log yet.\r\n\r\n## Log\r\n${LINE}\r\n`);
		expect(follow("## Journal\n- a\n", "## Journal")).toBe(`## Journal\n- a\n${LINE}\n`);
	});

	it("is read back as an open #intro promise of mine, linking both, due that day", () => {
		const note = parseNote(follow("---\ntype: person\n---\n## Log\n"), DEFAULT_SETTINGS);
		const item = note.items.find((i) => i.task);
		expect(item?.tags).toContain("intro");
		expect(item?.task).toMatchObject({ status: "open", due: "2026-12-09" });
		expect(note.links.map((l) => l.target)).toEqual(["Maya Lopez", "Jonas Weber"]);
	});
});

describe("uniqueFileName", () => {
	it("takes the first free candidate, else numbers the last one", () => {
		const taken = (names: string[]) => (n: string) => names.includes(n);
		expect(uniqueFileName(["Active Network", "Active Network 2026-11-25"], "canvas", taken([]))).toBe("Active Network.canvas");
		expect(uniqueFileName(["Active Network", "Active Network 2026-11-25"], "canvas", taken(["Active Network.canvas"]))).toBe("Active Network 2026-11-25.canvas");
		expect(uniqueFileName(["A", "B"], "md", taken(["A.md", "B.md", "B 2.md"]))).toBe("B 3.md");
		expect(uniqueFileName([], "md", taken([]))).toBe("Untitled.md");
		expect(uniqueFileName([], "md", taken(["Untitled.md"]))).toBe("Untitled 2.md");
	});
});
