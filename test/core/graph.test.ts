/** conventions.md §6 and cli.md `graph`: the network of people. */
import { describe, expect, it } from "vitest";
import { md, person, vault } from "./helpers";

const ANN = "People/Ann.md";
const BO = "People/Bo.md";
const CY = "People/Cy.md";
const base = { [ANN]: person(), [BO]: person(), [CY]: person() };

describe("edges", () => {
	it("link: one's note links the other, once per link", () => {
		const v = vault({ ...base, [ANN]: person("", "Sister of [[Bo]]. See [[Bo#Log|his log]].") });
		expect(v.edge(ANN, BO)).toMatchObject({ source: ANN, target: BO, kinds: ["link"], weight: 2 });
		expect(v.edge(ANN, CY)).toBeUndefined();
	});

	it("link: a frontmatter link counts, an embed does not", () => {
		const v = vault({ ...base, [ANN]: person('partner: "[[Bo]]"', "![[Cy]]") });
		expect(v.edge(ANN, BO)?.kinds).toEqual(["link"]);
		expect(v.edge(ANN, CY)).toBeUndefined();
	});

	it("together: a dated note links both", () => {
		const v = vault({ ...base, "Daily/2026-11-20.md": "Lunch with [[Ann]], [[Bo]] and [[Cy]]. Later [[Ann]] again." });
		expect(v.graph().edges).toEqual([
			{ source: ANN, target: BO, kinds: ["together"], weight: 1, counts: { together: 1 } },
			{ source: ANN, target: CY, kinds: ["together"], weight: 1, counts: { together: 1 } },
			{ source: BO, target: CY, kinds: ["together"], weight: 1, counts: { together: 1 } },
		]);
	});

	it("together: a touchpoint item links both, or sits in one's note and links the other", () => {
		const v = vault({
			...base,
			"Notes/Trips.md": "- 2026-10-01 hike with [[Bo]] and [[Cy]]\n- 2026-10-08 hike with [[Bo]] and [[Cy]]",
			[ANN]: person("", "- 2026-11-01 dinner with [[Cy]]"),
		});
		expect(v.edge(BO, CY)).toMatchObject({ kinds: ["together"], weight: 2 });
		expect(v.edge(ANN, CY)).toMatchObject({ kinds: ["link", "together"], weight: 2, counts: { link: 1, together: 1 } });
	});

	it("together: not for a future date, an undated note, a quote or an open task", () => {
		const v = vault({
			...base,
			"Daily/2026-12-20.md": "[[Ann]] and [[Bo]]",
			"Notes/Ideas.md": "[[Ann]] and [[Cy]]",
			"Daily/2026-11-20.md": "> [[Bo]] and [[Cy]]\n- [ ] dinner with [[Bo]] and [[Cy]]",
		});
		expect(v.graph().edges).toEqual([]);
		expect(vault({ ...base, "Daily/2026-12-20.md": "[[Ann]] and [[Bo]]" }).edge(ANN, BO, "2026-12-20")?.kinds).toEqual(["together"]);
	});

	it("met_through: one is the other's met_through (or introduced_by), and it is not also a link", () => {
		const v = vault({ ...base, [ANN]: person('met_through: "[[Bo]]"'), [CY]: person('introduced_by:\n  - "[[Ann]]"\n  - "[[Bo]]"') });
		expect(v.edge(ANN, BO)).toMatchObject({ kinds: ["met_through"], weight: 1 });
		expect(v.edge(ANN, CY)).toMatchObject({ kinds: ["met_through"], weight: 1 });
		expect(v.edge(BO, CY)).toMatchObject({ kinds: ["met_through"], weight: 1 });
	});

	it("intro: an #intro task or touchpoint item that links two or more people", () => {
		const v = vault({
			...base,
			"Notes/Intros.md": "- [x] introduce [[Ann]] to [[Bo]] #intro\n- [ ] introduce [[Bo]] to [[Cy]] and [[Ann]] #intro\n- [ ] introduce [[Cy]] #intro",
		});
		expect(v.edge(ANN, BO)).toMatchObject({ kinds: ["intro"], weight: 2 });
		expect(v.edge(BO, CY)).toMatchObject({ kinds: ["intro"], weight: 1 });
		expect(v.edge(ANN, CY)).toMatchObject({ kinds: ["intro"], weight: 1 });
		expect(v.allPromises().map((p) => p.intro)).toEqual([true, true, true]);
	});

	it("intro and together from one dated log item", () => {
		const v = vault({ ...base, "Notes/Log.md": "- 2026-11-02 introduced [[Ann]] to [[Bo]] at the fair #intro #gave" });
		expect(v.edge(ANN, BO)).toMatchObject({ kinds: ["together", "intro"], weight: 2 });
		expect(v.touchpoints(ANN)[0]?.help).toBe("gave");
	});

	it("links to non-people and to oneself make no edge", () => {
		const v = vault({ ...base, "Orgs/Acme.md": md("type: organization", "[[Ann]] [[Bo]]"), [ANN]: person("", "[[Ann]] [[Acme]]") });
		expect(v.graph().edges).toEqual([]);
	});
});

describe("graphData", () => {
	it("nodes are people sorted by name, with circles and degree", () => {
		const v = vault({
			[ANN]: person("circle: [family]", "[[Bo]] [[Cy]]"),
			[BO]: person("circle: friends", "[[Ann]]"),
			[CY]: person(),
			"People/Dee.md": person(),
			"Notes/x.md": "[[Dee]]",
		});
		expect(v.graph().nodes).toEqual([
			{ id: ANN, name: "Ann", circles: ["family"], degree: 2 },
			{ id: BO, name: "Bo", circles: ["friends"], degree: 1 },
			{ id: CY, name: "Cy", circles: [], degree: 1 },
			{ id: "People/Dee.md", name: "Dee", circles: [], degree: 0 },
		]);
		expect(v.edge(ANN, BO)).toMatchObject({ source: ANN, target: BO, weight: 2 });
	});

	it("edges are undirected with source < target, whoever links whom", () => {
		const v = vault({ "People/Zed.md": person("", "[[Abe]]"), "People/Abe.md": person() });
		expect(v.graph().edges).toMatchObject([{ source: "People/Abe.md", target: "People/Zed.md" }]);
	});
});
