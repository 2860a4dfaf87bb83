/**
 * The people network (NetworkIndex.peopleNetwork): the people and their contact without promises and
 * edges, for the people and cold lists. Its answers are the whole network's, on random vaults; it makes
 * no promise and no edge; a live index hands out its whole network instead.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coldReport, type IsoDate, type Network, NetworkIndex, type PeopleNetwork, peopleStates, rhythmDays, type Settings } from "../../src/core";
import { md, person, settingsWith, TODAY } from "./helpers";
import { notePath, noteText } from "./vault-model";

const CONTEXT = { templateFolders: [] };

function oneShot(files: [string, string][], settings: Settings): NetworkIndex {
	const index = new NetworkIndex(settings, CONTEXT, { live: false });
	for (const [path, text] of files) index.upsert(path, text);
	return index;
}

/** What the people and cold lists read, as plain values. */
function peopleAnswers(n: PeopleNetwork, settings: Settings, today: IsoDate) {
	return {
		people: [...n.people.entries()].sort(),
		peopleOrder: n.peopleOrder,
		touchpoints: [...n.touchpoints.entries()].sort(),
		upcoming: [...n.upcoming.entries()].sort(),
		states: peopleStates(n, settings, today),
		cold: coldReport(n, settings, today),
		rhythms: [...n.people.keys()].sort().map((p) => [p, rhythmDays(n, p, today)]),
	};
}

const VAULT: [string, string][] = [
	["People/Ann.md", person("circle: friends", "- 2026-11-01 coffee with [[Bo]] #intro [[Cy]]\n- [ ] send [[Bo]] the draft 📅 2026-11-30")],
	["People/Bo.md", person("met_through: \"[[Ann]]\"")],
	["People/Cy.md", person("cadence: 2w")],
	["Daily/2026-11-20.md", md(null, "Lunch with [[Ann]] and [[Cy]].\n- [x] call [[Bo]] ✅ 2026-11-20")],
];

describe("the people network", () => {
	it("answers the people and cold lists as the whole network does, on random vaults", () => {
		const settings = settingsWith();
		fc.assert(
			fc.property(fc.array(fc.tuple(notePath, noteText), { maxLength: 14 }), fc.constantFrom<IsoDate>(TODAY, "2026-11-01", "2027-03-01"), (files, today) => {
				const whole = oneShot(files, settings).network(today);
				const people = oneShot(files, settings).peopleNetwork(today);
				expect(peopleAnswers(people, settings, today)).toEqual(peopleAnswers(whole, settings, today));
			}),
			{ numRuns: 300 },
		);
	});

	it("makes no promise and no edge, where the whole network has them", () => {
		const settings = settingsWith();
		const whole = oneShot(VAULT, settings).network(TODAY);
		const people = oneShot(VAULT, settings).peopleNetwork(TODAY) as Network;
		expect(whole.promises.length).toBe(2);
		expect(whole.edges.size).toBeGreaterThanOrEqual(3);
		expect(people.promises).toEqual([]);
		expect(people.edges.size).toBe(0);
		expect(people.degree.size).toBe(0);
		// The done task and the dated note and log line are contact all the same.
		expect([...people.touchpoints.keys()].sort()).toEqual(["People/Ann.md", "People/Bo.md", "People/Cy.md"]);
	});

	it("is the whole network when there is one: a live index's, or a one-shot index's for the same day", () => {
		const settings = settingsWith();
		const live = new NetworkIndex(settings, CONTEXT);
		for (const [path, text] of VAULT) live.upsert(path, text);
		expect(live.peopleNetwork(TODAY)).toBe(live.network(TODAY));
		const once = oneShot(VAULT, settings);
		const whole = once.network(TODAY);
		expect(once.peopleNetwork(TODAY)).toBe(whole);
		expect(once.peopleNetwork("2026-12-01")).not.toBe(whole);
	});

	it("is kept until the next change, then derived again", () => {
		const settings = settingsWith();
		const index = oneShot(VAULT, settings);
		const first = index.peopleNetwork(TODAY);
		expect(index.peopleNetwork(TODAY)).toBe(first);
		index.upsert("Daily/2026-11-24.md", "Saw [[Bo]].");
		const after = index.peopleNetwork(TODAY);
		expect(after).not.toBe(first);
		expect(after.touchpoints.get("People/Bo.md")?.[0]?.date).toBe("2026-11-24");
		index.remove("Daily/2026-11-24.md");
		expect(index.peopleNetwork(TODAY).touchpoints.get("People/Bo.md")?.[0]?.date).toBe("2026-11-20");
	});
});
