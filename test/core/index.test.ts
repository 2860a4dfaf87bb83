/**
 * NetworkIndex, updated one file at a time, answers exactly as an index built from scratch on the final
 * files (architecture.md), after random sequences of upsert, remove and rename.
 */
import { describe, expect, it } from "vitest";
import {
	coldReport,
	graphData,
	NetworkIndex,
	nextTouchpoints,
	openPromises,
	peopleStates,
	seededRandom,
	type Settings,
	type VaultContext,
} from "../../src/core";
import { person, settingsWith, TODAY } from "./helpers";
// The same vocabulary as the fast-check model (index.prop.test.ts), drawn here by a seeded PRNG.
import { BODY, FOLDERS, LINKS, NAMES } from "./vault-model";

/** A seeded PRNG (the core's mulberry32), so every failure replays. */
const prng = seededRandom;

const FRONTMATTER = [
	"type: person",
	"type: person\naliases: [Bob]",
	"type: person\naliases: [Robbie]",
	"type: person\naliases: [Robbie, Dee]",
	"categories: [[People]]",
	"tags: [people/family]",
	"type: person\ncadence: 2w",
	"type: person\ncadence: never",
	"type: person\ncadence: sometimes",
	"type: person\ncircle: family\nlast_contact: 2026-10-01",
	"type: person\nlast_contact: 2026-13-45",
	"type: person\nsnooze_until: 2026-12-01\nbirthday: 11-28",
	"date: 2026-11-18",
	"date: soon",
	"title: [broken",
	"type: organization",
];

function randomText(rand: () => number): string {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
	const lines: string[] = [];
	const n = Math.floor(rand() * 5);
	for (let i = 0; i < n; i++) {
		lines.push(pick(BODY).replace(/\{link\}/g, () => pick(LINKS)).replace(/\{d\}/g, () => String(1 + Math.floor(rand() * 8))));
	}
	const body = lines.join("\n");
	return rand() < 0.6 ? `---\n${pick(FRONTMATTER)}\n---\n${body}` : body;
}

function randomPath(rand: () => number): string {
	const folder = FOLDERS[Math.floor(rand() * FOLDERS.length)] as string;
	const name = NAMES[Math.floor(rand() * NAMES.length)] as string;
	return folder === "" ? `${name}.md` : `${folder}/${name}.md`;
}

const SETTINGS: Settings = settingsWith({ peopleFolders: ["People", "Contacts"], excludedFolders: ["Archive"] });
const CONTEXT: VaultContext = { templateFolders: ["Templates"] };

function answers(index: NetworkIndex, today = TODAY) {
	const n = index.network(today);
	return {
		people: peopleStates(n, SETTINGS, today),
		cold: coldReport(n, SETTINGS, today),
		promises: openPromises(n, today),
		next: nextTouchpoints(n, SETTINGS, today, 50),
		graph: graphData(n),
		problems: n.problems,
		touchpoints: [...n.touchpoints.entries()].sort(),
		upcoming: [...n.upcoming.entries()].sort(),
	};
}

function fromScratch(files: Map<string, string>, order: "sorted" | "reversed"): NetworkIndex {
	const index = new NetworkIndex(SETTINGS, CONTEXT);
	const paths = [...files.keys()].sort();
	if (order === "reversed") paths.reverse();
	for (const p of paths) index.upsert(p, files.get(p) as string);
	return index;
}

/** One random step on both the file map and the live index; returns what it did. */
function randomStep(rand: () => number, files: Map<string, string>, index: NetworkIndex): string {
	const r = rand();
	const existing = [...files.keys()].sort();
	if (r < 0.55 || existing.length === 0) {
		const path = randomPath(rand);
		const text = randomText(rand);
		files.set(path, text);
		index.upsert(path, text);
		return `upsert ${path} ${JSON.stringify(text)}`;
	}
	if (r < 0.7) {
		const path = existing[Math.floor(rand() * existing.length)] as string;
		files.delete(path);
		index.remove(path);
		return `remove ${path}`;
	}
	const from = existing[Math.floor(rand() * existing.length)] as string;
	const to = randomPath(rand);
	const text = files.get(from) as string;
	files.delete(from);
	files.set(to, text);
	const moved = index.rename(from, to);
	if (!moved) index.upsert(to, text);
	return `rename ${from} -> ${to}${moved ? "" : " (read again)"}`;
}

describe("the live derivation after every single update equals one built from scratch", () => {
	it.each(Array.from({ length: 12 }, (_, i) => 100 + i))("seed %d", (seed) => {
		const rand = prng(seed);
		const files = new Map<string, string>();
		const index = new NetworkIndex(SETTINGS, CONTEXT);
		const log: string[] = [];
		index.network(TODAY); // from now on every update is applied to the live derivation
		for (let step = 0; step < 50; step++) {
			log.push(randomStep(rand, files, index));
			expect(answers(index), log.join("\n")).toEqual(answers(fromScratch(files, "sorted")));
		}
	});
});

describe("NetworkIndex after random updates equals one built from scratch", () => {
	it.each(Array.from({ length: 40 }, (_, i) => i + 1))("seed %d", (seed) => {
		const rand = prng(seed);
		const files = new Map<string, string>();
		const index = new NetworkIndex(SETTINGS, CONTEXT);
		const log: string[] = [];
		for (let step = 0; step < 60; step++) {
			log.push(randomStep(rand, files, index));
			// Ask now and then, so answers are cached between updates.
			if (rand() < 0.3) index.network(TODAY);
		}
		expect(index.allPaths()).toEqual([...files.keys()].sort());
		const expected = answers(fromScratch(files, "sorted"));
		expect(answers(fromScratch(files, "reversed")), "the order of building does not matter").toEqual(expected);
		expect(answers(index), log.join("\n")).toEqual(expected);
		expect(answers(index, "2026-12-31")).toEqual(answers(fromScratch(files, "sorted"), "2026-12-31"));
	});
});

describe("NetworkIndex updates", () => {
	it("the revision goes up on every change, and not on a no-op", () => {
		const index = new NetworkIndex(SETTINGS, CONTEXT);
		expect(index.revision).toBe(0);
		index.upsert("People/Ann.md", person());
		const r1 = index.revision;
		expect(r1).toBeGreaterThan(0);
		index.remove("Nope.md");
		expect(index.rename("Nope.md", "X.md")).toBe(false);
		expect(index.revision).toBe(r1);
		index.rename("People/Ann.md", "Notes/Ann.md");
		expect(index.revision).toBeGreaterThan(r1);
	});

	it("answers are cached per revision and day, and change when the files change", () => {
		const index = new NetworkIndex(SETTINGS, CONTEXT);
		index.upsert("Notes/Ann.md", person());
		const a = index.network(TODAY);
		expect(index.network(TODAY)).toBe(a);
		expect(index.network("2026-11-26")).not.toBe(a);
		index.upsert("Daily/2026-11-20.md", "[[Ann]]");
		expect(index.network(TODAY).touchpoints.get("Notes/Ann.md")?.[0]?.date).toBe("2026-11-20");
	});

	it("a rename to its own path, or onto a note that is there, answers as a build from scratch", () => {
		const files = new Map([
			["People/Ann.md", person()],
			["People/Bo.md", person()],
			["Notes/Bo.md", person("aliases: [Bobby]")],
			["Daily/2026-11-20.md", "- 2026-11-20 met [[Ann]] and [[Bo]], then [[Bobby]]"],
		]);
		const index = fromScratch(files, "sorted");
		index.network(TODAY); // the renames below are applied to the live derivation
		expect(index.rename("People/Ann.md", "People/Ann.md")).toBe(true);
		expect(answers(index)).toEqual(answers(fromScratch(files, "sorted")));
		// A day later the derivation is built again, from the index's notes and its resolver.
		expect(answers(index, "2026-12-31")).toEqual(answers(fromScratch(files, "sorted"), "2026-12-31"));
		expect(answers(index, "2026-12-31").touchpoints.find(([p]) => p === "People/Ann.md")?.[1]).toHaveLength(1);
		// Onto a note that is there: it is replaced, not moved (no person move from a path that was taken).
		expect(index.rename("People/Bo.md", "Notes/Bo.md")).toBe(true);
		files.set("Notes/Bo.md", files.get("People/Bo.md") as string);
		files.delete("People/Bo.md");
		expect(answers(index)).toEqual(answers(fromScratch(files, "sorted")));
		expect(answers(index, "2026-12-30")).toEqual(answers(fromScratch(files, "sorted"), "2026-12-30"));
	});

	it("rename keeps the facts and follows the new path's folder", () => {
		const index = new NetworkIndex(SETTINGS, CONTEXT);
		index.upsert("Notes/Ann.md", "- 2026-11-20 call [[Bo]]");
		index.upsert("Notes/Bo.md", person());
		expect([...index.network(TODAY).people.keys()]).toEqual(["Notes/Bo.md"]);
		// Into a people folder: the note becomes a person, but as a non-person only its linked items were
		// kept, so it must be read again.
		expect(index.rename("Notes/Ann.md", "People/Ann.md")).toBe(false);
		index.upsert("People/Ann.md", "- 2026-11-20 call [[Bo]]");
		expect(index.network(TODAY).touchpoints.get("People/Ann.md")?.[0]?.date).toBe("2026-11-20");
		// Into the templates folder: no longer anyone.
		expect(index.rename("Notes/Bo.md", "Templates/Bo.md")).toBe(true);
		expect([...index.network(TODAY).people.keys()]).toEqual(["People/Ann.md"]);
	});

	it("rename returns false when the note must be read again (its body was skipped)", () => {
		const index = new NetworkIndex(SETTINGS, CONTEXT);
		const text = "- 2026-11-20 coffee";
		index.upsert("Notes/Ann.md", text);
		expect(index.rename("Notes/Ann.md", "People/Ann.md")).toBe(false);
		expect(index.has("Notes/Ann.md")).toBe(false);
		index.upsert("People/Ann.md", text);
		expect(index.network(TODAY).touchpoints.get("People/Ann.md")?.[0]?.date).toBe("2026-11-20");
	});

	it("a note moved out of a people folder answers as if read there (body problems included)", () => {
		const text = "- 2026-02-30 not a date";
		const index = new NetworkIndex(SETTINGS, CONTEXT);
		index.upsert("People/Ann.md", text);
		expect(index.network(TODAY).problems.length).toBe(1);
		if (!index.rename("People/Ann.md", "Notes/Ann.md")) index.upsert("Notes/Ann.md", text);
		const scratch = new NetworkIndex(SETTINGS, CONTEXT);
		scratch.upsert("Notes/Ann.md", text);
		expect(index.network(TODAY).problems).toEqual(scratch.network(TODAY).problems);
	});
});
