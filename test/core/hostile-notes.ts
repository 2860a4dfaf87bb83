/**
 * Hostile notes: what a vault can hold that no one meant to write (empty files, broken or explosive YAML,
 * megabyte lines, binary bytes, odd line breaks, names Obsidian cannot link), beside a small ordinary vault
 * whose answers they must not change. Shared by test/core/hostile.test.ts (the core) and
 * test/cli/hostile.test.ts (the command, on real files).
 */
import { seededRandom } from "../../src/core";

/** The ordinary vault: two people, a daily note and a note of plans, on 2026-11-25. */
export const ORDINARY: Record<string, string> = {
	"People/Ann Lee.md": [
		"---",
		"type: person",
		"aliases: [Annie]",
		"circle: friends",
		"cadence: 2w",
		"needs: a flat in Lisbon",
		"interests: [climbing, printmaking]",
		"---",
		"## Log",
		"- 2026-11-02 coffee, talked about her move #gave",
		"- [ ] send [[Bo]] her CV 📅 2026-11-20",
		"",
	].join("\n"),
	"People/Bo.md": "---\ntype: person\ncircle: colleagues\noffers: [flat hunting in Lisbon]\ninterests: climbing\n---\n- 2026-10-01 lunch #got\n",
	"Daily/2026-11-20.md": "Coffee with [[Ann Lee]] and [[Bo]].\n",
	"Notes/Plans.md": "- [ ] send [[Annie]] the link 📅 2026-11-30\n- [ ] [[Bo]] sends the photos #waiting\n",
};

export interface Hostile {
	name: string;
	/** Files added to the ordinary vault. None of them links Ann or Bo. */
	files: Record<string, string>;
	/** Problems `check` must report: [path, line, part of the message]. */
	problems?: [string, number | null, string][];
	/** People (by path) with the last contact they must have, read despite the hostile parts. */
	people?: Record<string, string | null>;
	/** For notes whose size can grow: the note at about `size` characters (the path is files' only key). */
	scaled?: (size: number) => string;
}

/** Bytes 0-255 as characters (what a binary file read as Latin-1 looks like), NUL included. */
export function binary(size: number, seed = 7): string {
	const rand = seededRandom(seed);
	let out = "";
	for (let i = 0; i < size; i++) out += String.fromCharCode(Math.floor(rand() * 256));
	return out;
}

/** A "billion laughs" alias bomb: 9 levels of 9 aliases each, 9^9 strings once expanded. */
export function aliasBomb(levels = 9): string {
	const names = "abcdefghijklmnop";
	const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
	for (let i = 1; i < levels; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(",")}]`);
	return lines.join("\n");
}

const MB = 1_000_000;
const repeatTo = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
const bigYaml = (size: number) =>
	`---\ntype: person\n${Array.from({ length: Math.ceil(size / 50) }, (_, i) => `key_${i}: a value of about fifty characters, no. ${i}`).join("\n")}\n---\n- 2026-11-21 read the long note\n`;
const bigLine = (size: number) => `- 2026-11-21 ${repeatTo("talk about [[Nobody]] #tag `code` %%note%% and [x](y.md) ", size)}`;
const brackets = (size: number) => `---\ntype: person\n---\n${repeatTo("[[", size / 3)}\n${repeatTo("- [[a ", size / 3)}\n${repeatTo("![[[x](", size / 3)}`;
/** One task line of due signs with no date and Dataview fields that never close (task-dates.ts). */
const dueLine = (size: number) => `---\ntype: person\n---\n- [ ] [[a]] ${repeatTo("[due:: \u{1F4C5}\uFE0F (due:: [ \u2705 [completion:: ", size)}\n`;
const deepFlow = (size: number) => `---\ntype: person\nx: ${"[".repeat(size / 2)}${"]".repeat(size / 2)}\n---\n`;
const binaryNote = (size: number) => binary(size);
const BINARY = binary(200_000);
/** The line of the first NUL, counting LF line breaks. */
const NUL_LINE = BINARY.slice(0, BINARY.indexOf("\u0000")).split("\n").length;

export const HOSTILE: Hostile[] = [
	{ name: "an empty note", files: { "Hostile/Empty.md": "" } },
	{ name: "a note that is only ---", files: { "Hostile/Dashes.md": "---" }, problems: [["Hostile/Dashes.md", 1, "never closed"]] },
	{ name: "--- and a line break", files: { "Hostile/Dashes2.md": "---\n" }, problems: [["Hostile/Dashes2.md", 1, "never closed"]] },
	{ name: "an empty frontmatter", files: { "Hostile/EmptyFm.md": "---\n---\n" } },
	{
		name: "invalid YAML",
		files: { "Hostile/Invalid.md": "---\ntype: person\ncircle: [friends\nneeds: x\n---\n- 2026-11-21 coffee\n" },
		problems: [["Hostile/Invalid.md", 4, "invalid YAML"]],
	},
	{ name: "YAML that is a list", files: { "Hostile/List.md": "---\n- a\n- b\n---\n" }, problems: [["Hostile/List.md", 2, "not a set of key: value pairs"]] },
	{
		name: "YAML nested 100,000 deep in flow style",
		files: { "Hostile/DeepFlow.md": deepFlow(200_000) },
		problems: [["Hostile/DeepFlow.md", 3, "invalid YAML"]],
		scaled: deepFlow,
	},
	{
		name: "YAML nested 300 deep in block style",
		files: { "Hostile/DeepBlock.md": `---\ntype: person\n${Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}a:`).join("\n")} 1\n---\n` },
		problems: [["Hostile/DeepBlock.md", 102, "invalid YAML"]],
	},
	{
		name: "an alias bomb (billion laughs) in every person field",
		files: {
			"Hostile/Bomb.md": `---\ntype: person\n${aliasBomb()}\naliases: *i\ncircle: *i\ncadence: *i\nbirthday: *i\nlast_contact: *i\nneeds: *i\noffers: *i\ninterests: *i\nmet_through: *i\nsnooze_until: *i\n---\n- 2026-11-21 still read\n`,
		},
		problems: [
			["Hostile/Bomb.md", 14, "unknown cadence"],
			["Hostile/Bomb.md", 15, "birthday"],
			["Hostile/Bomb.md", 16, "last_contact"],
			["Hostile/Bomb.md", 21, "snooze_until"],
		],
		people: { "Hostile/Bomb.md": "2026-11-21" },
	},
	{
		name: "a value that refers to itself",
		files: { "Hostile/Cycle.md": "---\ntype: person\nself: &a {b: *a, c: [*a]}\ncadence: *a\nbirthday: *a\nneeds: *a\n---\n- 2026-11-21 still read\n" },
		problems: [
			["Hostile/Cycle.md", 4, "unknown cadence"],
			["Hostile/Cycle.md", 5, "birthday"],
		],
		people: { "Hostile/Cycle.md": "2026-11-21" },
	},
	{ name: "1 MB of YAML", files: { "Hostile/BigYaml.md": bigYaml(MB) }, people: { "Hostile/BigYaml.md": "2026-11-21" }, scaled: bigYaml },
	{ name: "a 1 MB task line of due signs and unclosed fields", files: { "Hostile/DueLine.md": dueLine(MB) }, scaled: dueLine },
	{ name: "a 1 MB line with no line break", files: { "Hostile/BigLine.md": bigLine(MB) }, scaled: bigLine },
	{ name: "thousands of [[ without ]]", files: { "Hostile/Brackets.md": brackets(300_000) }, people: { "Hostile/Brackets.md": null }, scaled: brackets },
	{ name: "binary bytes and NUL", files: { "Hostile/Binary.md": BINARY }, problems: [["Hostile/Binary.md", NUL_LINE, "NUL"]], scaled: binaryNote },
	{
		name: "NUL in the frontmatter",
		files: { "Hostile/NulYaml.md": "---\ntype: per\u0000son\n---\n- 2026-11-21 x\n" },
		problems: [
			["Hostile/NulYaml.md", 2, "NUL"],
			["Hostile/NulYaml.md", 2, "invalid YAML"],
		],
	},
	{
		name: "mixed CRLF, LF and CR line breaks",
		files: { "Hostile/Mixed.md": "---\r\ntype: person\ncircle: friends\r\n---\n- 2026-11-21 call\r- 2026-02-30 bad\r\n- [ ] do it 📅 2026-11-01\n- 2026-13-01 bad too" },
		problems: [
			["Hostile/Mixed.md", 5, "lone CR"],
			["Hostile/Mixed.md", 5, "2026-02-30"],
			["Hostile/Mixed.md", 7, "2026-13-01"],
		],
		people: { "Hostile/Mixed.md": "2026-11-21" },
	},
	{
		name: "only CR line breaks (an old Mac file)",
		files: { "Hostile/OldMac.md": "---\rtype: person\r---\r- 2026-11-21 call" },
		problems: [["Hostile/OldMac.md", 1, "lone CR"]],
	},
	{ name: "a byte order mark before the frontmatter", files: { "Hostile/Bom.md": "\uFEFF---\ntype: person\n---\n- 2026-11-21 call\n" }, people: { "Hostile/Bom.md": "2026-11-21" } },
	{ name: "a byte order mark before a tag", files: { "Hostile/Bom2.md": "\uFEFF#person\n- 2026-11-21 call\n" }, people: { "Hostile/Bom2.md": "2026-11-21" } },
	{
		name: "names with #, ^, |, %, emoji and right-to-left text",
		files: {
			"Hostile/A#B.md": "#person",
			"Hostile/C^D.md": "#person",
			"Hostile/E|F.md": "#person",
			"Hostile/100%.md": "#person",
			"Hostile/Mei 🌻 Cohen.md": "#person",
			"Hostile/ليلى حداد.md": "#person",
			"Hostile/\u200Fנועה כהן.md": "#person",
			"Hostile/2026-11-21.md": "[[C^D]] [[100%]] [[Mei 🌻 Cohen]] [[ليلى حداد]] [[\u200Fנועה כהן]] [[A#B]] [[E|F]]\n",
			"Hostile/2026-11-22.md": "[a](A%23B.md) [e](<E|F.md>) [p](100%25.md) [m](Mei%20🌻%20Cohen.md)\n",
		},
		problems: [
			["Hostile/A#B.md", null, "cannot reach"],
			["Hostile/E|F.md", null, "cannot reach"],
		],
		people: {
			"Hostile/A#B.md": "2026-11-22",
			"Hostile/C^D.md": "2026-11-21",
			"Hostile/E|F.md": "2026-11-22",
			"Hostile/100%.md": "2026-11-22",
			"Hostile/Mei 🌻 Cohen.md": "2026-11-22",
			"Hostile/ليلى حداد.md": "2026-11-21",
			"Hostile/\u200Fנועה כהן.md": "2026-11-21",
		},
	},
	{
		name: "a folder named like a note (Cy/ and Cy.md)",
		files: { "Hostile/Cy.md": "#person", "Hostile/Cy/2026-11-21.md": "[[Cy]]\n", "Hostile/Cy/Cy.md": "not a person\n", "Hostile/Cy/2026-11-22.md": "[[Cy/Cy]]\n" },
		people: { "Hostile/Cy.md": "2026-11-21" },
	},
];

/**
 * Answers without the entries about one of `paths`: a path itself, a `[path, value]` map entry, or an
 * object with a path among its own values (`path`, `file`, `source`, `people`...). Filtered at every depth,
 * so an ordinary entry that changed inside still shows.
 */
export function without(value: unknown, paths: string[]): unknown {
	const hit = (v: unknown) => typeof v === "string" && paths.includes(v);
	const about = (x: unknown): boolean => {
		if (hit(x)) return true;
		if (Array.isArray(x)) return hit(x[0]);
		if (x && typeof x === "object") return Object.values(x).some((v) => hit(v) || (Array.isArray(v) && v.some(hit)));
		return false;
	};
	if (Array.isArray(value)) return value.filter((x) => !about(x)).map((x) => without(x, paths));
	if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, without(v, paths)]));
	return value;
}
