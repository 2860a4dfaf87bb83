/**
 * Work counted, not timed (issue 16): renaming or removing a person many notes link. Each note that links
 * them is relinked once (the rename is one change of two paths, not a removal and an addition), and only
 * the moved person's answers change: the other people those notes mention keep their touchpoints, so the
 * next network names only the moved person as changed and the per-person answers redo nobody else.
 */
import { describe, expect, it } from "vitest";
import { coldReport, graphData, NetworkIndex, nextTouchpoints, openPromises, PathResolver, peopleStates } from "../../src/core";
import { person, settingsWith, TODAY } from "./helpers";

const SETTINGS = settingsWith();
const CONTEXT = { dailyNoteFormat: "YYYY-MM-DD", templateFolders: [] };
const DAYS = 60;
const OTHERS = 12;
/** A journal with more links than a note gets its links indexed by name for (link-lookup.ts MANY_LINKS). */
const JOURNAL_LINES = 40;
const JOURNAL_HUB_LINKS = JOURNAL_LINES / 4;

function journal(): string {
	const lines: string[] = [];
	for (let k = 0; k < JOURNAL_LINES; k++) lines.push(`- 2026-08-${String(1 + (k % 28)).padStart(2, "0")} call with [[P${k % OTHERS}]]${k % 4 === 0 ? " and [[Hub]]" : ""}`);
	return `${lines.join("\n")}\n`;
}

function daily(d: number): string {
	const a = `P${d % OTHERS}`, b = `P${(d * 5 + 1) % OTHERS}`;
	return `- 2026-10-${String(1 + (d % 28)).padStart(2, "0")} lunch with [[Hub]], [[${a}]] and [[${b}]]\n- [ ] send [[Hub]] the notes 📅 2026-12-${String(1 + (d % 28)).padStart(2, "0")}\n`;
}

/** Another note of the hub's name (not a person): links by the bare name no longer name one note only. */
const NAMESAKE: [string, string] = ["Notes/Topics/Hub.md", "A topic that shares the name.\n"];

function files(hubPath: string, namesake: boolean): [string, string][] {
	const out: [string, string][] = [[hubPath, person("cadence: monthly")]];
	if (namesake) out.push(NAMESAKE);
	for (let i = 0; i < OTHERS; i++) out.push([`People/P${i}.md`, person()]);
	for (let d = 0; d < DAYS; d++) out.push([`Daily/2026-09-${String(d).padStart(3, "0")}.md`, daily(d)]);
	out.push(["Archive/Journal.md", journal()]);
	return out;
}

/** An index on the core's resolver, counting how often a link to `Hub` is resolved. */
function build(hubPath = "People/Hub.md", namesake = false): { index: NetworkIndex; paths: PathResolver; hubLookups: { n: number } } {
	const paths = new PathResolver();
	const hubLookups = { n: 0 };
	const index = new NetworkIndex(SETTINGS, CONTEXT, {
		resolver: (target, source) => {
			if (target === "Hub") hubLookups.n++;
			return paths.resolve(target, source);
		},
	});
	for (const [path, text] of files(hubPath, namesake)) {
		paths.add(path);
		index.upsert(path, text);
	}
	return { index, paths, hubLookups };
}

function answers(index: NetworkIndex) {
	const n = index.network(TODAY);
	return {
		states: peopleStates(n, SETTINGS, TODAY), cold: coldReport(n, SETTINGS, TODAY), next: nextTouchpoints(n, SETTINGS, TODAY, 50), graph: graphData(n),
		promises: openPromises(n, TODAY),
	};
}

describe("renaming a person many notes link", () => {
	it("relinks none of the notes that link them by a name no other note has, and changes only them", () => {
		const { index, paths, hubLookups } = build();
		answers(index);
		hubLookups.n = 0;
		paths.delete("People/Hub.md");
		paths.add("Archive/Hub.md");
		expect(index.rename("People/Hub.md", "Archive/Hub.md")).toBe(true);
		// Every link is the bare name, which still leads to the one note of that name: none is resolved again.
		expect(hubLookups.n).toBe(0);
		expect(index.relinkWork()).toEqual({ relinked: 0, redone: 0 });
		const after = index.network(TODAY);
		expect([...(after.changes?.people ?? [])].sort()).toEqual(["Archive/Hub.md", "People/Hub.md"]);
		// Enough edges and promises changed that graphData and openPromises merge rather than splice.
		expect(after.changes?.edges.size).toBeGreaterThan(16);
		expect(after.changes?.promisesAdded.length).toBeGreaterThan(16);
		expect(answers(index)).toEqual(answers(build("Archive/Hub.md").index));
		paths.delete("Archive/Hub.md");
		paths.add("People/Hub.md");
		expect(index.rename("Archive/Hub.md", "People/Hub.md")).toBe(true);
		expect(hubLookups.n).toBe(0);
		expect(answers(index)).toEqual(answers(build().index));
	});

	it("relinks each linking note once when another note has their name", () => {
		const { index, paths, hubLookups } = build("People/Hub.md", true);
		answers(index);
		hubLookups.n = 0;
		paths.delete("People/Hub.md");
		paths.add("Archive/Hub.md");
		expect(index.rename("People/Hub.md", "Archive/Hub.md")).toBe(true);
		// Two links to Hub in each daily note and the journal's, each resolved once (not twice: to nobody,
		// then to the new path).
		expect(hubLookups.n).toBe(2 * DAYS + JOURNAL_HUB_LINKS);
		// Each note that links them relinked once; every link still leads to them, so no part is redone.
		expect(index.relinkWork()).toEqual({ relinked: DAYS + 1, redone: 0 });
		expect(answers(index)).toEqual(answers(build("Archive/Hub.md", true).index));
		// And back: the journal's links are found through the index of its links made at the first relink.
		paths.delete("Archive/Hub.md");
		paths.add("People/Hub.md");
		hubLookups.n = 0;
		expect(index.rename("Archive/Hub.md", "People/Hub.md")).toBe(true);
		expect(hubLookups.n).toBe(2 * DAYS + JOURNAL_HUB_LINKS);
		expect(answers(index)).toEqual(answers(build("People/Hub.md", true).index));
	});

	it("removing them changes only them too, and putting them back restores every answer", () => {
		const { index, paths } = build();
		const before = answers(index);
		paths.delete("People/Hub.md");
		index.remove("People/Hub.md");
		expect([...(index.network(TODAY).changes?.people ?? [])]).toEqual(["People/Hub.md"]);
		// Every note that linked them now links no one there: each has a part redone.
		expect(index.relinkWork()).toEqual({ relinked: DAYS + 1, redone: DAYS + 1 });
		paths.add("People/Hub.md");
		index.upsert("People/Hub.md", person("cadence: monthly"));
		expect(answers(index)).toEqual(before);
	});
});

describe("relinking a long journal", () => {
	it("reads the links of the items that changed, not every link of the journal", () => {
		const LINES = 800;
		const lines: string[] = [];
		for (let k = 0; k < LINES; k++) lines.push(`- 2026-08-${String(1 + (k % 28)).padStart(2, "0")} call with [[P${k % OTHERS}]]${k % 80 === 0 ? " and [[Hub]]" : ""}`);
		const index = new NetworkIndex(SETTINGS, CONTEXT);
		index.upsert("People/Hub.md", person());
		for (let i = 0; i < OTHERS; i++) index.upsert(`People/P${i}.md`, person());
		index.upsert("Archive/Journal.md", `${lines.join("\n")}\n`);
		index.network(TODAY);
		let reads = 0;
		for (const link of index.facts("Archive/Journal.md")?.links ?? []) {
			let item = link.item;
			Object.defineProperty(link, "item", { get: () => (reads++, item), set: (v: number) => (item = v), configurable: true, enumerable: true });
		}
		// A move under the same name reads none of the journal's links: their parts hold the person, not the path.
		expect(index.rename("People/Hub.md", "Archive/Hub.md")).toBe(true);
		expect(reads).toBe(0);
		expect(index.network(TODAY).touchpoints.get("Archive/Hub.md")).toHaveLength(LINES / 80);
		// A new name: ten items changed, a few reads each; a pass over the journal's links would read 800 or more.
		expect(index.rename("Archive/Hub.md", "Archive/Hub2.md")).toBe(true);
		expect(reads).toBeGreaterThan(0);
		expect(reads).toBeLessThan(100);
		expect(index.network(TODAY).touchpoints.get("Archive/Hub2.md")).toBeUndefined();
	});
});

describe("moving a person to another folder under the same name", () => {
	/** Counts reads of the list items of every daily note: redoing a note's parts reads them. */
	function countItemReads(index: NetworkIndex): { n: number } {
		const reads = { n: 0 };
		for (const path of index.allPaths()) {
			const facts = index.facts(path);
			if (!facts || !path.startsWith("Daily/")) continue;
			const items = facts.items;
			Object.defineProperty(facts, "items", {
				value: new Proxy(items, {
					get: (list, key, receiver): unknown => {
						if (typeof key === "string" && /^\d+$/.test(key)) reads.n++;
						return Reflect.get(list, key, receiver) as unknown;
					},
				}),
			});
		}
		return reads;
	}

	it("re-keys what names them instead of redoing the parts of every note that links them", () => {
		const { index, paths } = build();
		const before = answers(index);
		const reads = countItemReads(index);
		paths.delete("People/Hub.md");
		paths.add("Archive/Hub.md");
		expect(index.rename("People/Hub.md", "Archive/Hub.md")).toBe(true);
		// Every link still resolves to the moved note: no daily note's item or whole-note part is redone.
		expect(reads.n).toBe(0);
		expect(answers(index)).toEqual(answers(build("Archive/Hub.md").index));
		expect(answers(index)).not.toEqual(before);
	});

	it("still corrects the links that do not follow: one written as the old path, and an alias", () => {
		const hub = person("aliases: [HB]");
		const notes: [string, string][] = [
			["People/Hub.md", hub],
			["People/P0.md", person()],
			["Daily/2026-10-01.md", "- 2026-10-01 lunch with [[Hub]] and [[P0]]\n- [ ] send [[HB]] the notes\n"],
			["Daily/2026-10-02.md", "- 2026-10-02 call with [[People/Hub]] and [[P0]]\n"],
		];
		const make = (hubPath: string) => {
			const index = new NetworkIndex(SETTINGS, CONTEXT);
			for (const [path, text] of notes) index.upsert(path === "People/Hub.md" ? hubPath : path, text);
			return index;
		};
		const index = make("People/Hub.md");
		index.network(TODAY);
		expect(index.relinkWork()).toEqual({ relinked: 0, redone: 0 });
		expect(index.rename("People/Hub.md", "Archive/Hub.md")).toBe(true);
		// Both daily notes link the name; only the one written as the old path has a part redone.
		expect(index.relinkWork()).toEqual({ relinked: 2, redone: 1 });
		const n = index.network(TODAY);
		// The path link now leads nowhere; the name and the alias follow the note.
		expect(n.touchpoints.get("Archive/Hub.md")?.map((t) => t.path)).toEqual(["Daily/2026-10-01.md"]);
		expect(n.promises.map((p) => p.people)).toEqual([["Archive/Hub.md"]]);
		expect(answers(index)).toEqual(answers(make("Archive/Hub.md")));
		expect(index.rename("Archive/Hub.md", "People/Hub.md")).toBe(true);
		expect(answers(index)).toEqual(answers(make("People/Hub.md")));
	});
});
