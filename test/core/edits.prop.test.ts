/**
 * Property tests of the pure text edits behind every write the plugin makes (src/core/edits.ts): log a
 * touchpoint, mark a promise kept, a new person's note, the follow-up of an introduction. On random files
 * (LF, CRLF and mixed line breaks, a byte order mark, frontmatter or none, log headings or none, code
 * fences, trailing spaces, unicode) each edit gives exactly the file an independent model of the rule
 * expects: the file before, with only the intended span changed. And what the core read in the file
 * before, it still reads after.
 *
 * FC_RUNS=<n> runs more cases (default 600 per property); a failure prints its seed and a shrunk file.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
	appendIntroFollowUp,
	appendUnderHeading,
	buildPersonNote,
	DEFAULT_SETTINGS,
	formatLogEntry,
	introPromiseLine,
	type IsoDate,
	markTaskKept,
	NetworkIndex,
	parseNote,
	personFileName,
	plainText,
} from "../../src/core";
import { file, help, modelAppend, type ModelLine, splitLines, userText, withTasks } from "./edit-model";

const RUNS = Number(process.env.FC_RUNS ?? 600);
const DONE: IsoDate = "2026-11-25";
let cases = 0;
afterAll(() => {
	process.stderr.write(`edit properties: ${cases} random files edited and checked\n`);
});

// ---------------------------------------------------------------- log touchpoint

describe("log touchpoint", () => {
	it("the entry is one dated list item that the core reads back as that touchpoint", () => {
		fc.assert(
			fc.property(userText, help, (text, h) => {
				cases++;
				const entry = formatLogEntry({ date: DONE, text, help: h });
				expect(entry).not.toMatch(/[\r\n]/);
				expect(entry.startsWith(`- ${DONE}`)).toBe(true);
				const item = parseNote(`${entry}\n`, DEFAULT_SETTINGS, true).items[0];
				expect(item?.date).toBe(DONE);
				expect(item?.task).toBeNull();
				if (h) expect(item?.tags).toContain(h);
			}),
			{ numRuns: RUNS },
		);
	});

	it("appendUnderHeading changes exactly the span the rule says, on any file", () => {
		fc.assert(
			fc.property(file, fc.constantFrom("Log", "log", "## Log", "Contact history"), userText, help, (text, heading, words, h) => {
				cases++;
				const entry = formatLogEntry({ date: DONE, text: words, help: h });
				expect(appendUnderHeading(text, heading, entry)).toBe(modelAppend(text, heading, entry));
			}),
			{ numRuns: RUNS * 3 },
		);
	});

	it("what the core read before the edit it still reads after, plus the new touchpoint", () => {
		fc.assert(
			fc.property(file, userText, (text, words) => {
				cases++;
				const entry = formatLogEntry({ date: DONE, text: words });
				const after = appendUnderHeading(text, "Log", entry);
				const key = (i: { text: string; date: string | null; task: unknown }) => JSON.stringify([i.text, i.date, i.task]);
				const read = (t: string) => parseNote(t, DEFAULT_SETTINGS, true).items.map(key);
				const now = read(after);
				for (const b of read(text)) expect(now).toContain(b);
				expect(now).toContain(read(`${entry}\n`)[0]);
			}),
			{ numRuns: RUNS },
		);
	});
});

// ---------------------------------------------------------------- mark kept

/** The checkbox's position and the text after it, read independently: `[` `mark` `]` after the bullet. */
function modelMark(content: string): number | null {
	const m = /^((?:[ \t]{0,3}>[ \t]?)*)([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[(.)\]/.exec(content);
	return m ? (m[1] ?? "").length + (m[2] ?? "").length + 1 : null;
}

describe("mark kept", () => {
	it("marks exactly the task the index saw, on its line: [x] and the done date, every other byte kept", () => {
		fc.assert(
			fc.property(withTasks, fc.nat(), (text, n) => {
				const tasks = parseNote(text, DEFAULT_SETTINGS, true).items.filter((i) => i.task);
				fc.pre(tasks.length > 0);
				cases++;
				const item = tasks[n % tasks.length];
				if (!item?.task) return;
				const r = markTaskKept(text, { line: item.line, text: item.text }, DONE);
				const open = item.task.status === "open" || item.task.status === "in-progress";
				expect(r.ok).toBe(open);
				if (!r.ok) return;
				const before = splitLines(text);
				const after = splitLines(r.text);
				expect(after.length).toBe(before.length);
				const idx = item.line - 1;
				after.forEach((l, i) => {
					if (i !== idx) expect(l).toEqual(before[i]);
				});
				const old = (before[idx] as ModelLine).content;
				const now = (after[idx] as ModelLine).content;
				expect((after[idx] as ModelLine).nl).toBe((before[idx] as ModelLine).nl);
				// The mark became x...
				const bom = idx === 0 && old.startsWith("\uFEFF") ? 1 : 0;
				const mark = (modelMark(old.slice(bom)) as number) + bom;
				expect(now.slice(0, mark)).toBe(old.slice(0, mark));
				expect(now[mark]).toBe("x");
				// ...and ` ✅ date` went in once, after the text, before a block id and trailing blanks.
				const done = ` \u2705 ${DONE}`;
				const at = now.indexOf(done, mark);
				expect(at).toBeGreaterThan(mark);
				expect(now.slice(mark + 1, at) + now.slice(at + done.length)).toBe(old.slice(mark + 1));
				expect(old.slice(at)).toMatch(/^(?:[ \t]+\^[A-Za-z0-9-]+)?[ \t]*$/);
				expect(old[at - 1] === " " || old[at - 1] === "\t").toBe(old.slice(mark + 2, at).trim() === "" && at > mark + 2);
				// The core now reads a kept task done today, with the same text before the date.
				const reread = parseNote(r.text, DEFAULT_SETTINGS, true).items.find((i) => i.line === item.line);
				expect(reread?.task?.status).toBe("done");
				expect(reread?.task?.done).toBe(DONE);
			}),
			{ numRuns: RUNS * 2 },
		);
	});

	it("refuses, changing nothing, when the line no longer holds that open task", () => {
		fc.assert(
			fc.property(withTasks, fc.integer({ min: -2, max: 40 }), fc.constantFrom("", "send [[Ann]] the deck", "call", "other"), (text, lineNo, taskText) => {
				cases++;
				const item = parseNote(text, DEFAULT_SETTINGS, true).items.find((i) => i.line === lineNo && i.task);
				const same = item?.text === taskText && (item.task?.status === "open" || item.task?.status === "in-progress");
				const r = markTaskKept(text, { line: lineNo, text: taskText }, DONE);
				expect(r.ok).toBe(Boolean(same));
			}),
			{ numRuns: RUNS },
		);
	});
});

// ---------------------------------------------------------------- new person

const anyText = fc.oneof(
	fc.string({ unit: "grapheme", maxLength: 20 }),
	fc.string({ unit: "binary", maxLength: 12 }),
	fc.constantFrom("1e5", "007", "1.0", "0x1F", "true", "No", "~", "null", "- a", "[x]", "a: b", "#tag", "'q'", '"q"', "@x", "`x`", "a #b", "&a", "*a", "!x", "%x", "|", ">", "{a}", "\u007f", "\u0085", "\u2028", "ﬀ"),
);

describe("new person", () => {
	it("the file name keeps none of the characters Obsidian forbids, and names the note", () => {
		fc.assert(
			fc.property(anyText, (name) => {
				cases++;
				const f = personFileName(name);
				if (f === null) return;
				expect(f).not.toMatch(/[\\/:*?"<>|#^[\]]/);
				expect(f).toBe(f.trim());
				expect(f.startsWith(".")).toBe(false);
				expect(personFileName(f)).toBe(f);
				const index = new NetworkIndex(DEFAULT_SETTINGS, { templateFolders: [] });
				index.upsert(`People/${f}.md`, buildPersonNote({ logHeading: "Log" }));
				expect([...index.network(DONE).people.values()].map((p) => p.name)).toEqual([f]);
			}),
			{ numRuns: RUNS },
		);
	});

	it("the note is a person with the circle as typed, no problem, and its log heading takes the first touchpoint", () => {
		fc.assert(
			fc.property(anyText, fc.constantFrom("Log", "Contact history", "## Log", "Journal 🌻"), (circle, logHeading) => {
				cases++;
				const note = buildPersonNote({ circle, logHeading });
				const index = new NetworkIndex(DEFAULT_SETTINGS, { templateFolders: [] });
				index.upsert("People/New.md", note);
				const n = index.network(DONE);
				expect(n.problems).toEqual([]);
				const typed = circle.split(/[\r\n]+/).map((s) => s.replace(/^[ \t]+|[ \t]+$/g, "")).join(" ").trim();
				const expected = plainText(typed).toLowerCase();
				expect(n.people.get("People/New.md")?.circles).toEqual(expected === "" ? [] : [expected]);
				const entry = formatLogEntry({ date: DONE, text: "first coffee" });
				expect(appendUnderHeading(note, logHeading, entry)).toBe(`${note}${entry}\n`);
			}),
			{ numRuns: RUNS },
		);
	});
});

// ---------------------------------------------------------------- introduction follow-up

describe("introduction follow-up", () => {
	// Names a link can reach: not the characters personFileName drops, nor inline code or %% comments.
	const name = fc.oneof(
		fc.constantFrom("Ann Lee", "Bo", "Mei 🌻 Cohen", "ليلى حداد", "Łukasz Ångström", "O'Brien"),
		fc.string({ minLength: 1, maxLength: 12 }).map((s) => personFileName(s) ?? "X").filter((s) => !/`|%%/.test(s)),
	);

	it("appends one open #intro promise linking both people, due that day, and changes nothing else", () => {
		fc.assert(
			fc.property(file, name, name, fc.constantFrom<IsoDate>("2026-12-09", "2027-01-31"), (text, a, b, due) => {
				fc.pre(a.toLowerCase() !== b.toLowerCase());
				cases++;
				const after = appendIntroFollowUp(text, "Log", { name: a }, { name: b }, due);
				expect(after).toBe(modelAppend(text, "Log", introPromiseLine({ name: a }, { name: b }, due)));
				const index = new NetworkIndex(DEFAULT_SETTINGS, { templateFolders: [] });
				index.upsert(`People/${a}.md`, "#person");
				index.upsert(`People/${b}.md`, "#person");
				index.upsert("Notes/Intro.md", after);
				const promise = index.network("2026-11-25").promises.find((p) => p.file === "Notes/Intro.md" && p.intro);
				expect(promise).toMatchObject({ status: "open", due, direction: "mine" });
				expect(promise?.people).toEqual(expect.arrayContaining([`People/${a}.md`, `People/${b}.md`]));
			}),
			{ numRuns: RUNS },
		);
	});
});

describe("found by these tests, kept as examples", () => {
	it("a note that ends in a code block never closed: the block is closed first, so the new line is read", () => {
		expect(appendUnderHeading("Notes\n```\ncode", "Log", "- 2026-11-25 call")).toBe("Notes\n```\ncode\n```\n\n## Log\n- 2026-11-25 call\n");
		expect(appendUnderHeading("## Log\n- a\n~~~~\nx\n\n", "Log", "- 2026-11-25 call")).toBe("## Log\n- a\n~~~~\nx\n~~~~\n- 2026-11-25 call\n\n");
		expect(parseNote(appendUnderHeading("```", "Log", "- 2026-11-25 call"), DEFAULT_SETTINGS, true).items.map((i) => i.date)).toEqual([DONE]);
	});

	it("a note that ends in a %% comment never closed: the comment is closed first; a heading inside a comment is no heading", () => {
		expect(appendUnderHeading("a %% hidden\nstill hidden", "Log", "- x")).toBe("a %% hidden\nstill hidden\n%%\n\n## Log\n- x\n");
		expect(appendUnderHeading("%%\n## Log\n%%\n", "Log", "- x")).toBe("%%\n## Log\n%%\n\n## Log\n- x\n");
		expect(appendUnderHeading("`%%` ## no\n## Log\n", "Log", "- x")).toBe("`%%` ## no\n## Log\n- x\n");
	});

	it("mark kept reads the line in its place: not in the frontmatter, a code block or a comment, nor split by a lone CR", () => {
		const ref = { line: 3, text: "call" };
		expect(markTaskKept("---\na: 1\n- [ ] call\n---\n", ref, DONE)).toEqual({ ok: false, reason: "the line no longer holds a task" });
		expect(markTaskKept("```\nx\n- [ ] call\n```\n", ref, DONE)).toEqual({ ok: false, reason: "the line no longer holds a task" });
		expect(markTaskKept("%%\nx\n- [ ] call\n", ref, DONE)).toEqual({ ok: false, reason: "the line no longer holds a task" });
		expect(markTaskKept("a\nb\n- [ ] call\r- [ ] call\n", ref, DONE)).toEqual({ ok: false, reason: "the line no longer holds a task" });
		expect(markTaskKept("a\nb\n- [ ] call\n", ref, DONE)).toEqual({ ok: true, text: `a\nb\n- [x] call \u2705 ${DONE}\n` });
	});

	it("log text that opens a %% comment has it closed on its line, so the tag and the rest of the note stay read", () => {
		expect(formatLogEntry({ date: DONE, text: "%%", help: "gave" })).toBe(`- ${DONE} %% %% #gave`);
		expect(formatLogEntry({ date: DONE, text: "50%% off", help: null })).toBe(`- ${DONE} 50%% off %%`);
		expect(formatLogEntry({ date: DONE, text: "a %%b%% c #got", help: "got" })).toBe(`- ${DONE} a %%b%% c #got`);
		const after = appendUnderHeading("## Log\n- 2026-11-01 a\n\n## Plans\n- [ ] call [[Ann]]\n", "Log", formatLogEntry({ date: DONE, text: "tea %% private" }));
		expect(parseNote(after, DEFAULT_SETTINGS, true).items.map((i) => i.text)).toEqual(["2026-11-01 a", "2026-11-25 tea", "call [[Ann]]"]);
	});

	it("a new person's circle that YAML would read as a number is quoted", () => {
		for (const circle of ["1e5", "007", "1.0", "0x1F"]) {
			const index = new NetworkIndex(DEFAULT_SETTINGS, { templateFolders: [] });
			index.upsert("P.md", buildPersonNote({ circle, logHeading: "Log" }));
			expect(index.network(DONE).people.get("P.md")?.circles).toEqual([circle.toLowerCase()]);
		}
		expect(buildPersonNote({ circle: "friends", logHeading: "Log" })).toContain("\ncircle: friends\n");
	});
});
