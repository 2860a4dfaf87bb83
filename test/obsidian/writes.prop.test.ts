// @vitest-environment happy-dom
/**
 * Every write the plugin makes, through the stub's Vault.process, processFrontMatter and create, on random
 * files, with and without a concurrent edit that lands between the plugin's read of the note (through the
 * index) and its write (`stubConcurrent`: sync, another plugin, the user in another pane):
 *
 * - log touchpoint and the introduction follow-up merge: the line goes into the note as it is now, and
 *   the other change is kept;
 * - mark kept merges when another line changed, and refuses, changing nothing, when the task's line no
 *   longer holds that open task;
 * - snooze changes one frontmatter key of the note as it is now; every other key and the body are kept;
 * - a new person (and any new file) never overwrites a file, even one created at the last moment.
 *
 * FC_RUNS=<n> runs more cases (default 400 per property).
 */
import fc from "fast-check";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CORE_SCHEMA, load } from "js-yaml";
import {
	appendIntroFollowUp,
	appendUnderHeading,
	buildPersonNote,
	formatLogEntry,
	type IsoDate,
	markTaskKept,
	parseNote,
	DEFAULT_SETTINGS,
	personFileName,
	resolveSettings,
} from "../../src/core";
import { findFrontmatter } from "../../src/core/frontmatter";
import { Actions } from "../../src/obsidian/actions";
import type { NetworkHost } from "../../src/obsidian/host";
import { createNewFile, writeIntroFollowUp, writeKept, writeSnooze, writeTouchpoint } from "../../src/obsidian/writes";
import { file, help, line, splitLines, userText, withTasks } from "../core/edit-model";
import { Notice } from "../obsidian-stub";
import { FakeApp as App } from "./fakes";
import type { Plugin } from "obsidian";
import type { NoteWriter, UndoStep } from "../../src/obsidian/ports";
import { UndoableWriter } from "../../src/obsidian/undo/undoable-writer";
import { registerUndoCommand, showUndoNotice } from "../../src/obsidian/undo/undo-ui";

const parseYaml = (yaml: string): unknown => load(yaml, { schema: CORE_SCHEMA });
const RUNS = Number(process.env.FC_RUNS ?? 400);
const TODAY: IsoDate = "2026-11-25";
const PATH = "People/Ann.md";
let writes = 0;
afterAll(() => {
	process.stderr.write(`plugin write properties: ${writes} writes through the fake vault, with and without a concurrent edit\n`);
});

beforeEach(() => {
	Notice.stubAll = [];
	document.body.empty();
	// A refused or failed write logs its reason; the assertions read the notices instead.
	vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
	vi.restoreAllMocks();
});

/** A fresh vault for one case (and nothing left over from the last one, which could build up over many). */
function fresh(files: Record<string, string>): App {
	Notice.stubAll = [];
	document.body.empty();
	return new App(files);
}

const appWith = (text: string) => fresh({ [PATH]: text });

/** The writer every write goes through. */
const asApp = (app: App) => app.vault;
const lastNotice = () => Notice.stubAll.at(-1)?.stubText ?? "";

// ---------------------------------------------------------------- concurrent edits

type Concurrent =
	| { kind: "none" }
	| { kind: "append"; line: string }
	| { kind: "prepend"; line: string }
	| { kind: "replace"; at: number; line: string }
	| { kind: "insert"; at: number; line: string }
	| { kind: "delete"; at: number }
	| { kind: "rewrite"; text: string };

const other = fc.constantFrom("- 2026-11-24 synced from my phone", "edited in another pane", "## Notes", "", "- [ ] new task [[Bo]]", "ليلى 🌻");
const concurrent: fc.Arbitrary<Concurrent> = fc.oneof(
	fc.constant({ kind: "none" as const }),
	fc.record({ kind: fc.constant("append" as const), line: other }),
	fc.record({ kind: fc.constant("prepend" as const), line: other }),
	fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), line: other }),
	fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), line: other }),
	fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
	fc.record({ kind: fc.constant("rewrite" as const), text: file }),
);

/** Does `c` leave the note unchanged up to and including line index `upTo`? (Then nothing can move a task there.) */
function onlyAfter(text: string, c: Concurrent, upTo: number): boolean {
	if (c.kind === "none" || c.kind === "append") return true;
	if (c.kind === "prepend" || c.kind === "rewrite") return false;
	return c.at % splitLines(text).length > upTo;
}

/** The note after the concurrent edit. */
function edited(text: string, c: Concurrent): string {
	if (c.kind === "none") return text;
	if (c.kind === "rewrite") return c.text;
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	if (c.kind === "append") return `${text}${text === "" || text.endsWith("\n") ? "" : eol}${c.line}${eol}`;
	if (c.kind === "prepend") return `${c.line}${eol}${text}`;
	const lines = splitLines(text);
	const at = c.at % lines.length;
	if (c.kind === "replace") (lines[at] as { content: string }).content = c.line;
	else if (c.kind === "insert") lines.splice(at, 0, { content: c.line, nl: eol });
	else lines.splice(at, 1);
	return lines.map((l) => l.content + l.nl).join("");
}

/** Makes `c` land inside the plugin's next write, before it reads the note. */
function land(app: App, c: Concurrent): string | null {
	const before = app.vault.text(PATH) as string;
	if (c.kind === "none") return null;
	const after = edited(before, c);
	app.vault.concurrent = (path) => {
		if (app.vault.text(path) !== undefined) void app.vault.modify(path, after);
	};
	return after;
}

// ---------------------------------------------------------------- the writes

describe("log touchpoint", () => {
	it("writes the dated line into the note as it is at the moment of writing; a concurrent edit is kept", async () => {
		await fc.assert(
			fc.asyncProperty(file, concurrent, userText, help, fc.constantFrom("Log", "Contact history"), async (text, c, words, h, heading) => {
				writes++;
				const app = appWith(text);
				const now = land(app, c) ?? text;
				expect(await writeTouchpoint(asApp(app), PATH, heading, { date: TODAY, text: words, help: h })).toBe(true);
				expect(app.vault.text(PATH)).toBe(appendUnderHeading(now, heading, formatLogEntry({ date: TODAY, text: words, help: h })));
				expect(app.vault.writes.filter((w) => w.after !== now && w.before === now)).toHaveLength(1);
			}),
			{ numRuns: RUNS },
		);
	});
});

describe("introduction follow-up", () => {
	it("appends the #intro promise to the note as it is at the moment of writing; a concurrent edit is kept", async () => {
		await fc.assert(
			fc.asyncProperty(file, concurrent, async (text, c) => {
				writes++;
				const app = appWith(text);
				const now = land(app, c) ?? text;
				expect(await writeIntroFollowUp(asApp(app), PATH, "Log", { name: "Ann" }, { name: "Bo Lee" }, "2026-12-09")).toBe(true);
				expect(app.vault.text(PATH)).toBe(appendIntroFollowUp(now, "Log", { name: "Ann" }, { name: "Bo Lee" }, "2026-12-09"));
			}),
			{ numRuns: RUNS },
		);
	});
});

describe("mark kept", () => {
	it("merges when another line changed, refuses when the task's line did; the concurrent edit is never lost", async () => {
		await fc.assert(
			fc.asyncProperty(withTasks, concurrent, fc.nat(), async (text, c, n) => {
				const open = parseNote(text, DEFAULT_SETTINGS, true).items.filter((i) => i.task?.status === "open" || i.task?.status === "in-progress");
				fc.pre(open.length > 0);
				writes++;
				const item = open[n % open.length];
				if (!item) return;
				// What the index knew when the row was drawn.
				const promise = { file: PATH, line: item.line, text: item.text };
				const app = appWith(text);
				const now = land(app, c) ?? text;
				const expected = markTaskKept(now, promise, TODAY);
				const ok = await writeKept(asApp(app), promise, TODAY);
				expect(ok).toBe(expected.ok);
				expect(app.vault.text(PATH)).toBe(expected.ok ? expected.text : now);
				if (!ok) expect(lastNotice()).toMatch(/^Active Network: not marked kept, .* Nothing was changed\.$/);
				// A change below the task (which cannot move it, nor put it in a code block or the frontmatter) merges.
				if (onlyAfter(text, c, item.line - 1)) expect(ok, "a change below the task must not stop it being marked kept").toBe(true);
			}),
			{ numRuns: RUNS * 2 },
		);
	});
});

// ---------------------------------------------------------------- snooze

const KEYS = ["type: person", "circle: friends", "snooze-until: 2026-01-01", "snoozeUntil: 2026-02-02", "aliases: [Annie]", "cadence: 2w", "mood: good # a comment"];
const snoozeFile = fc
	.record({
		keys: fc.option(fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 4, selector: (k) => k.split(":")[0]?.toLowerCase().replace(/[-_ ]/g, "") }), { nil: null }),
		body: fc.array(line, { maxLength: 6 }),
		crlf: fc.boolean(),
		bom: fc.boolean(),
	})
	.map(({ keys, body, crlf, bom }) => {
		const text = keys === null ? body.join("\n") : ["---", ...keys, "---", ...body].join("\n");
		return (bom ? "\uFEFF" : "") + (crlf ? text.replace(/\n/g, "\r\n") : text);
	});

function split(text: string): { fm: Record<string, unknown>; body: string } {
	const block = findFrontmatter(text);
	if (!block) return { fm: {}, body: text.replace(/^\uFEFF/, "") };
	return { fm: (parseYaml(block.yaml) as Record<string, unknown> | null) ?? {}, body: text.slice(block.bodyOffset) };
}

describe("snooze", () => {
	it("sets one key (the note's own spelling of snooze_until) in the note as it is now; other keys and the body are kept", async () => {
		const frontmatterEdit = fc.oneof(
			fc.constant({ kind: "none" as const }),
			fc.record({ kind: fc.constant("append" as const), line: other }),
			fc.record({ kind: fc.constant("rewrite" as const), text: snoozeFile }),
		);
		await fc.assert(
			fc.asyncProperty(snoozeFile, frontmatterEdit, async (text, c) => {
				// Only notes whose frontmatter is key: value pairs, or absent: what Obsidian's processFrontMatter
				// does with a list or broken YAML is its own (the stub would append a key to the list).
				const parsed = (t: string) => findFrontmatter(t)?.yaml ?? "";
				fc.pre([text, edited(text, c)].every((t) => {
					try {
						const v: unknown = parseYaml(parsed(t));
						return v === null || (typeof v === "object" && !Array.isArray(v));
					} catch {
						return false;
					}
				}));
				writes++;
				const app = appWith(text);
				const now = land(app, c) ?? text;
				expect(await writeSnooze(asApp(app), PATH, "2026-12-25")).toBe(true);
				const result = app.vault.text(PATH) as string;
				const was = split(now);
				const is = split(result);
				const key = Object.keys(was.fm).find((k) => k.toLowerCase().replace(/[-_ ]/g, "") === "snoozeuntil") ?? "snooze_until";
				expect(is.fm).toEqual({ ...was.fm, [key]: "2026-12-25" });
				expect(is.body).toBe(was.body);
				expect(result.startsWith("\uFEFF")).toBe(now.startsWith("\uFEFF"));
			}),
			{ numRuns: RUNS },
		);
	});
});

// ---------------------------------------------------------------- new files

function actionsFor(app: App, folder: string): Actions {
	const undo = { group: <T>(_label: string, action: () => Promise<T>) => action() };
	const host = { app, writer: app.vault, undo, workspace: app.workspace, settings: resolveSettings({ newPersonFolder: folder }), today: () => TODAY, feed: { network: () => null } };
	return new Actions(host as unknown as NetworkHost);
}

describe("new person", () => {
	const names = fc.oneof(fc.constantFrom("Ann", "ann", "Mei 🌻 Cohen", "ليلى حداد", "A/B", "#x", "..", " "), fc.string({ maxLength: 10 }));

	it("creates the note in the folder with the person fields, or says why not; an existing file is never touched", async () => {
		await fc.assert(
			fc.asyncProperty(names, fc.string({ maxLength: 8 }), fc.constantFrom("People", "/", "Deep/Er"), fc.boolean(), async (name, circle, folder, raced) => {
				writes++;
				const app = fresh({ "People/Ann.md": "mine\n", "Ann.md": "root\n" });
				const fileName = personFileName(name);
				const path = fileName === null ? null : folder === "/" ? `${fileName}.md` : `${folder}/${fileName}.md`;
				// A file of the same name created at the last moment, between the check and the write.
				if (raced && path !== null) app.vault.concurrent = (p) => void app.vault.add(p, "created elsewhere\n");
				const before = new Map(app.vault.filePaths().map((p) => [p, app.vault.text(p)]));
				const problem = await actionsFor(app, folder).createPerson(name, circle);
				for (const [p, t] of before) expect(app.vault.text(p), p).toBe(t);
				if (path === null) {
					expect(problem).toMatch(/^Write a name/);
				} else if ([...before.keys()].some((p) => p.toLowerCase() === path.toLowerCase())) {
					// Taken in any letter case: on macOS, Windows and phones `ann.md` is `Ann.md`.
					const taken = [...before.keys()].find((p) => p === path) ?? [...before.keys()].find((p) => p.toLowerCase() === path.toLowerCase());
					expect(problem).toBe(`"${taken}" already exists.`);
				} else if (raced) {
					expect(problem).toMatch(/^Could not create/);
					expect(app.vault.text(path)).toBe("created elsewhere\n");
				} else {
					expect(problem).toBeNull();
					expect(app.vault.text(path)).toBe(buildPersonNote({ circle: circle.trim(), logHeading: "Log" }));
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it("a new file (canvas export, introduction note) takes a free name and never overwrites one created at the last moment", async () => {
		await fc.assert(
			fc.asyncProperty(fc.subarray(["Network.canvas", "Network 2026-11-25.canvas", "Network 2026-11-25 2.canvas"]), fc.boolean(), async (existing, raced) => {
				writes++;
				const app = fresh(Object.fromEntries(existing.map((p) => [p, "old"])));
				if (raced) app.vault.concurrent = (p) => void app.vault.add(p, "created elsewhere");
				const f = await createNewFile(asApp(app), "/", ["Network", "Network 2026-11-25"], "canvas", "new");
				for (const p of existing) expect(app.vault.text(p)).toBe("old");
				if (raced) {
					expect(f).toBeNull();
					expect(lastNotice()).toMatch(/failed/);
				} else {
					expect(f && existing.includes(f)).toBe(false);
					expect(f ? app.vault.text(f) : null).toBe("new");
				}
			}),
			{ numRuns: Math.ceil(RUNS / 3) },
		);
	});
});

describe("concurrent edits, by example", () => {
	/** Replaces the note with `after` inside the plugin's next write, before it reads the note. */
	function meanwhile(app: App, after: string): void {
		app.vault.concurrent = (path) => {
			if (app.vault.text(path) !== undefined) void app.vault.modify(path, after);
		};
	}

	it("log touchpoint: the line goes into the note as it is now, after the line another device added", async () => {
		const app = appWith("## Log\n- 2026-11-01 coffee\n\n## Notes\n");
		meanwhile(app, "## Log\n- 2026-11-01 coffee\n- 2026-11-24 synced from my phone\n\n## Notes\n");
		await writeTouchpoint(asApp(app), PATH, "Log", { date: TODAY, text: "call" });
		expect(app.vault.text(PATH)).toBe("## Log\n- 2026-11-01 coffee\n- 2026-11-24 synced from my phone\n- 2026-11-25 call\n\n## Notes\n");
	});

	it("mark kept: merges when another line changed", async () => {
		const app = appWith("- [ ] call [[Ann]]\n- other\n");
		meanwhile(app, "- [ ] call [[Ann]]\n- other, edited elsewhere\n");
		expect(await writeKept(asApp(app), { file: PATH, line: 1, text: "call [[Ann]]" }, TODAY)).toBe(true);
		expect(app.vault.text(PATH)).toBe(`- [x] call [[Ann]] \u2705 ${TODAY}\n- other, edited elsewhere\n`);
	});

	it("mark kept: refuses, changing nothing, when the task's line changed", async () => {
		const app = appWith("- [ ] call [[Ann]]\n- other\n");
		meanwhile(app, "- [ ] call [[Ann]] about the flat\n- other\n");
		expect(await writeKept(asApp(app), { file: PATH, line: 1, text: "call [[Ann]]" }, TODAY)).toBe(false);
		expect(app.vault.text(PATH)).toBe("- [ ] call [[Ann]] about the flat\n- other\n");
		expect(lastNotice()).toBe("Active Network: not marked kept, the task's text has changed in Ann (line 1). Nothing was changed.");
	});

	it("mark kept: refuses when the task was moved into a code block meanwhile", async () => {
		const app = appWith("- [ ] call [[Ann]]\n");
		meanwhile(app, "```\n- [ ] call [[Ann]]\n```\n");
		expect(await writeKept(asApp(app), { file: PATH, line: 2, text: "call [[Ann]]" }, TODAY)).toBe(false);
		expect(app.vault.text(PATH)).toBe("```\n- [ ] call [[Ann]]\n```\n");
	});

	it("snooze: the key is set in the frontmatter as it is now; a key added meanwhile is kept", async () => {
		const app = appWith("---\ntype: person\n---\nBody\n");
		meanwhile(app, "---\ntype: person\nmood: good\n---\nBody, edited\n");
		await writeSnooze(asApp(app), PATH, "2026-12-25");
		expect(app.vault.text(PATH)).toBe("---\ntype: person\nmood: good\nsnooze_until: 2026-12-25\n---\nBody, edited\n");
	});
});

// ---------------------------------------------------------------- undo

type WriteKind = "touchpoint" | "intro" | "kept" | "snooze";

/** One of the plugin's writes on PATH, through `w`. */
async function oneWrite(w: NoteWriter, kind: WriteKind, text: string): Promise<void> {
	if (kind === "touchpoint") await writeTouchpoint(w, PATH, "Log", { date: TODAY, text: "call", help: null });
	else if (kind === "intro") await writeIntroFollowUp(w, PATH, "Log", { name: "Ann" }, { name: "Bo Lee" }, "2026-12-09");
	else if (kind === "snooze") await writeSnooze(w, PATH, "2026-12-25");
	else {
		const open = parseNote(text, DEFAULT_SETTINGS, true).items.find((i) => i.task?.status === "open");
		await writeKept(w, open ? { file: PATH, line: open.line, text: open.text } : { file: PATH, line: 1, text: "no such task" }, TODAY);
	}
}

const writeKinds = fc.constantFrom<WriteKind>("touchpoint", "intro", "kept", "snooze");
const anyFile = fc.oneof(file, withTasks, snoozeFile);

describe("undo", () => {
	it("after any write and its undo, the note equals the original byte for byte", async () => {
		await fc.assert(
			fc.asyncProperty(anyFile, writeKinds, async (text, kind) => {
				writes++;
				const app = appWith(text);
				const w = new UndoableWriter(app.vault);
				await oneWrite(w, kind, text);
				const step = w.last();
				if (app.vault.text(PATH) === text) {
					// Nothing was written (a refused mark kept): nothing to undo.
					expect(step).toBeUndefined();
					return;
				}
				expect(step?.changes).toEqual([{ path: PATH, before: text, after: app.vault.text(PATH) }]);
				expect(await w.undo(step as UndoStep)).toMatchObject({ ok: true });
				expect(app.vault.text(PATH)).toBe(text);
				expect(w.last()).toBeUndefined();
			}),
			{ numRuns: RUNS },
		);
	});

	it("after an edit by the user in between, undo refuses, says where, and changes nothing", async () => {
		await fc.assert(
			fc.asyncProperty(anyFile, writeKinds, concurrent, async (text, kind, c) => {
				writes++;
				const app = appWith(text);
				const w = new UndoableWriter(app.vault);
				await oneWrite(w, kind, text);
				const step = w.last();
				fc.pre(step !== undefined);
				const written = app.vault.text(PATH) as string;
				const mine = edited(written, c);
				await app.vault.modify(PATH, mine);
				const outcome = await w.undo(step);
				if (mine === written) {
					expect(outcome.ok).toBe(true);
					expect(app.vault.text(PATH)).toBe(text);
				} else {
					expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^People\/Ann\.md changed since \(line \d+ differs\); not undone$/) as string });
					expect(app.vault.text(PATH)).toBe(mine);
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it("a new person's note is trashed by undo, unless it was edited since", async () => {
		for (const edit of [false, true]) {
			const app = fresh({});
			const w = new UndoableWriter(app.vault);
			const host = { app, writer: w, undo: w, workspace: app.workspace, settings: resolveSettings({ newPersonFolder: "People" }), today: () => TODAY, feed: { network: () => null } };
			expect(await new Actions(host as unknown as NetworkHost).createPerson("Maya", "friends")).toBeNull();
			const step = w.last() as UndoStep;
			expect(step.label).toBe("Created Maya");
			if (edit) await app.vault.modify("People/Maya.md", `${app.vault.text("People/Maya.md") ?? ""}mine\n`);
			const outcome = await w.undo(step);
			expect(outcome.ok).toBe(!edit);
			expect(app.vault.text("People/Maya.md") === undefined).toBe(!edit);
		}
	});

	it("a group's writes are one step: all of it is undone, or (one file edited since) none of it", async () => {
		for (const edit of [false, true]) {
			const app = fresh({ [PATH]: "## Log\n", "People/Bo.md": "---\ntype: person\n---\n" });
			const w = new UndoableWriter(app.vault);
			await w.group("Import", async () => {
				await writeTouchpoint(w, PATH, "Log", { date: TODAY, text: "one" });
				await writeTouchpoint(w, PATH, "Log", { date: TODAY, text: "two" });
				await writeSnooze(w, "People/Bo.md", "2026-12-25");
				await w.create("People/Cy.md", "cy\n");
			});
			expect(w.depth).toBe(1);
			const step = w.last() as UndoStep;
			expect(step.changes.map((c) => c.path)).toEqual([PATH, PATH, "People/Bo.md", "People/Cy.md"]);
			if (edit) await app.vault.modify("People/Bo.md", "edited\n");
			const outcome = await w.undo(step);
			expect(outcome.ok).toBe(!edit);
			expect(app.vault.text(PATH)).toBe(edit ? `## Log\n- ${TODAY} one\n- ${TODAY} two\n` : "## Log\n");
			expect(app.vault.text("People/Bo.md")).toBe(edit ? "edited\n" : "---\ntype: person\n---\n");
			expect(app.vault.text("People/Cy.md")).toBe(edit ? "cy\n" : undefined);
			if (edit) expect(outcome.message).toBe("People/Bo.md changed since (line 1 differs); not undone");
		}
	});

	it("the notice after a change has Undo, and \"Undo last change\" walks back the last ten", async () => {
		const app = fresh({ [PATH]: "start\n" });
		const w = new UndoableWriter(app.vault, (step) => showUndoNotice(w, step));
		for (let i = 1; i <= 12; i++) await w.process(PATH, (t) => `${t}${i}\n`);
		const button = Notice.stubAll.at(-1)?.messageEl.querySelector("button");
		expect(button?.textContent).toBe("Undo");
		button?.click();
		await vi.waitFor(() => expect(app.vault.text(PATH)).toBe(`start\n${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].join("\n")}\n`));
		expect(lastNotice()).toBe("Undone: Edit Ann.md");
		const commands: { id: string; callback: () => void }[] = [];
		registerUndoCommand({ addCommand: (c: { id: string; callback: () => void }) => commands.push(c) } as unknown as Plugin, w);
		const undoLast = commands.find((c) => c.id === "undo-last-change");
		for (let i = 0; i < 9; i++) {
			const depth = w.depth;
			undoLast?.callback();
			await vi.waitFor(() => expect(w.depth).toBe(depth - 1));
		}
		await vi.waitFor(() => expect(app.vault.text(PATH)).toBe("start\n1\n2\n"));
		undoLast?.callback();
		expect(lastNotice()).toMatch(/^Active Network: nothing to undo/);
		expect(app.vault.text(PATH)).toBe("start\n1\n2\n");
	});
});
