/**
 * The regexes that test/core/regex-backtracking.test.ts (now regex-safety.test.ts) found backtracking (quadratic, and one
 * exponential) were replaced by scans. Each replacement answers exactly as the regex it replaced (the old
 * regex is kept here as the oracle, compared on random short strings), and the public function that used
 * it gets through the regex's worst case at 1 MB.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	appendUnderHeading,
	DEFAULT_SETTINGS,
	formatLogEntry,
	isInFolder,
	markdownLinkPath,
	markTaskKept,
	parseNote,
	plainText,
	type TaskRef,
} from "../../src/core";
import { keyLines, normalizeKey } from "../../src/core/frontmatter";
import { tagsInLine } from "../../src/core/line-links";
import { scanBody } from "../../src/core/markdown";

const RUNS = Number(process.env.FC_RUNS ?? 400);

/** Strings made of these pieces, short: where the regexes and the scans could disagree. */
const from = (pieces: string[], max = 12) => fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((xs) => xs.join(""));

// ---------------------------------------------------------------- the old regexes, as oracles

const OLD_ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const OLD_CHECKBOX_AT = /^((?:[ \t]{0,3}>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[)(.)\]/;
const OLD_BLOCK_ID = /[ \t]+\^[A-Za-z0-9-]+$/;
const OLD_KEY = /^(?:"([^"]+)"|'([^']+)'|([^\s#:'"-][^:]*?))\s*:(?:\s|$)/;
const OLD_TAG = /(?:^|[\s(,;])#([^\s#!@$%^&*()+=,.?":;{}|<>[\]\\'`~]+)/g;

function oldPlainText(s: string): string {
	return s.replace(/\[\[([^\]|]*?)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g, (_m, target: string, shown?: string) => shown ?? target.slice(target.lastIndexOf("/") + 1)).trim();
}

function oldMarkdownLinkPath(target: string): string | null {
	let t = target.trim();
	if (t.startsWith("<") && t.endsWith(">")) t = t.slice(1, -1);
	else t = t.split(/\s+"/)[0] ?? t;
	if (t === "" || t.startsWith("#")) return null;
	if (/^[a-z][a-z0-9+.-]*:/i.test(t)) return null;
	const hash = t.indexOf("#");
	if (hash >= 0) t = t.slice(0, hash);
	try {
		t = decodeURIComponent(t);
	} catch {
		// as in the original
	}
	return t.trim() || null;
}

function oldTagsInLine(text: string): string[] {
	if (!text.includes("#")) return [];
	const out: string[] = [];
	OLD_TAG.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = OLD_TAG.exec(text)) !== null) {
		const tag = (m[1] ?? "").replace(/\/+$/, "");
		if (tag !== "" && !/^[\d/]+$/.test(tag)) out.push(tag.toLowerCase());
	}
	return out;
}

function oldMarkTaskKept(line: string, ref: TaskRef, done: string): string | null {
	const item = scanBody(line, ref.line, []).items.find((i) => i.line === ref.line);
	if (!item?.task || item.text !== ref.text || item.task.status === "done" || item.task.status === "cancelled") return null;
	const box = OLD_CHECKBOX_AT.exec(line);
	if (!box?.[1]) return null;
	const markAt = box[1].length;
	const body = line.replace(/[ \t]+$/, "");
	const blockId = OLD_BLOCK_ID.exec(body);
	const insertAt = blockId ? blockId.index : body.length;
	return `${line.slice(0, markAt)}x${line.slice(markAt + 1, insertAt)} \u2705 ${done}${line.slice(insertAt)}`;
}

const headingKey = (s: string) => s.replace(/^#+/, "").trim().replace(/\s+/g, " ").toLowerCase();

describe("each scan answers as the regex it replaced", () => {
	it("plainText (links in frontmatter values)", () => {
		fc.assert(fc.property(from(["[[", "]]", "]", "[", "|", "#", "/", "a", " ", "b"]), (s) => {
			expect(plainText(s)).toBe(oldPlainText(s));
		}), { numRuns: RUNS });
	});

	it("markdownLinkPath (a link's title)", () => {
		fc.assert(fc.property(from([" ", "\t", '"', "a", "#", "<", ">", "%20", "%", "http:", "/", "b.md"]), (t) => {
			expect(markdownLinkPath(t)).toBe(oldMarkdownLinkPath(t));
		}), { numRuns: RUNS });
	});

	it("keyLines (the line of each frontmatter key)", () => {
		fc.assert(
			fc.property(from([" ", "\t", ":", '"', "'", "a", "#", "-", "b", "\u00a0"]), (line) => {
				const m = OLD_KEY.exec(line);
				const key = m?.[1] ?? m?.[2] ?? m?.[3];
				const expected = key === undefined ? {} : { [normalizeKey(key)]: 2 };
				expect({ ...keyLines({ yaml: `${line}\n`, firstLine: 2, bodyOffset: 0, bodyLine: 3 }) }).toEqual(expected);
			}),
			{ numRuns: RUNS },
		);
	});

	it("tagsInLine (trailing slashes of a tag)", () => {
		fc.assert(fc.property(from(["#", "a", "/", " ", "1", "B", "(", "-"]), (s) => {
			expect(tagsInLine(s)).toEqual(oldTagsInLine(s));
		}), { numRuns: RUNS });
	});

	it("isInFolder (slashes around a folder setting)", () => {
		fc.assert(
			fc.property(from(["/", "a", "b"], 6), from(["/", "a", "b"], 6), (path, folder) => {
				const f = folder.replace(/^\/+|\/+$/g, "");
				expect(isInFolder(path, folder)).toBe(f !== "" && (path === f || path.startsWith(`${f}/`)));
			}),
			{ numRuns: RUNS },
		);
	});

	it("formatLogEntry (line breaks and the spaces around them)", () => {
		fc.assert(
			fc.property(from([" ", "\t", "\n", "\r", "a", "\r\n", "b"]), (text) => {
				const old = text.replace(/[ \t]*[\r\n]+[ \t]*/g, " ").trim();
				expect(formatLogEntry({ date: "2026-11-25", text })).toBe(old === "" ? "- 2026-11-25" : `- 2026-11-25 ${old}`);
			}),
			{ numRuns: RUNS },
		);
	});

	it("markTaskKept (quote markers, checkbox, trailing spaces, block id)", () => {
		const line = fc
			.tuple(from([">", " ", "  ", "\t"], 6), fc.constantFrom("- ", "* ", "1. ", "-", "+\t"), fc.constantFrom("[ ]", "[/]", "[x]", "[", "[-]"), from([" ", "a", "^", "b-1", "\t", "^x", "[[A]]", "📅 2026-12-01"], 8))
			.map(([q, b, box, rest]) => `${q}${b}${box}${rest}`);
		fc.assert(
			fc.property(line, (l) => {
				const ref = { line: 1, text: scanBody(l, 1, []).items[0]?.text ?? "" };
				const r = markTaskKept(l, ref, "2026-11-25");
				expect(r.ok ? r.text : null).toBe(oldMarkTaskKept(l, ref, "2026-11-25"));
			}),
			{ numRuns: RUNS },
		);
	});

	it("appendUnderHeading (which lines are headings, and their text)", () => {
		fc.assert(
			fc.property(from(["#", " ", "\t", "a", "b", "##", "\r", "\u2028"], 10), (line) => {
				// A CR before the line feed belongs to the line break, not to the line.
				const content = line.endsWith("\r") ? line.slice(0, -1) : line;
				const old = OLD_ATX.exec(content);
				// Any heading ends a level-6 section: the entry goes before it, else after the last line.
				const text = `###### Log\n- x\n${line}\n- y\n`;
				expect(appendUnderHeading(text, "Log", "- new")).toBe(old ? `###### Log\n- x\n- new\n${line}\n- y\n` : `${text}- new\n`);
				// A heading is found by its text.
				const key = old ? headingKey(old[2] ?? "") : "";
				// (A key that starts with # would lose it again when passed as the heading to look for.)
				if (key !== "" && key !== "log" && !key.startsWith("#")) expect(appendUnderHeading(`${content}\n- x\n`, key, "- new")).toBe(`${content}\n- x\n- new\n`);
			}),
			{ numRuns: RUNS },
		);
	});
});

describe("the functions that used them get through the old worst cases at 1 MB", () => {
	// No time is asserted (CI runs on a loaded machine): `npm run bench -- --growth` times these cases, and
	// regex-safety.test.ts has the ReDoS checker judge every regex left in src.
	const SIZE = 1_000_000;
	const spaces = (n: number) => " ".repeat(n);
	const task = (line: string): [string, TaskRef] => [line, { line: 1, text: scanBody(line, 1, []).items[0]?.text ?? "" }];
	const kept = (r: ReturnType<typeof markTaskKept>) => (r.ok ? r.text.includes("\u2705 2026-11-25") : r.reason);
	const cases: [string, () => unknown, unknown][] = [
		["a heading with a long run of spaces (appendUnderHeading)", () => appendUnderHeading(`# a${spaces(SIZE)}b\n- x\n`, "Log", "- y").endsWith("- x\n\n## Log\n- y\n"), true],
		["a task with a long run of spaces (markTaskKept)", () => kept(markTaskKept(...task(`- [ ] a${spaces(SIZE)}x`), "2026-11-25")), true],
		["a task with spaces before an almost block id (markTaskKept)", () => kept(markTaskKept(...task(`- [ ] a${" ^x".repeat(SIZE / 3)}!`), "2026-11-25")), true],
		["a task under many quote markers (markTaskKept)", () => kept(markTaskKept(...task(`${">  ".repeat(SIZE / 3)}- [ ] t`), "2026-11-25")), true],
		["log text with a long run of spaces (formatLogEntry)", () => formatLogEntry({ date: "2026-11-25", text: `${spaces(SIZE)}x` }), "- 2026-11-25 x"],
		["a frontmatter line of spaces with no colon (parseNote)", () => Object.keys(parseNote(`---\na${spaces(SIZE)}x\n---\n`, DEFAULT_SETTINGS).keys).length, 0],
		["a Markdown link with a long run of spaces (parseNote)", () => parseNote(`[x](a${spaces(SIZE)}b)`, DEFAULT_SETTINGS).links.length, 1],
		["a tag of many slashes (parseNote)", () => parseNote(`#a${"/".repeat(SIZE)}b`, DEFAULT_SETTINGS, true).tags.length, 1],
		["a value of many [[ (plainText)", () => plainText("[[".repeat(SIZE / 2)).length, SIZE],
		["a link of many # (plainText)", () => plainText(`[[${"#".repeat(SIZE)}`).length, SIZE + 2],
		["a folder setting of many slashes (isInFolder)", () => isInFolder("b/c.md", `${"/".repeat(SIZE)}a`), false],
	];
	it.each(cases)("%s", (_name, run, expected) => {
		expect(run()).toEqual(expected);
	});
});
