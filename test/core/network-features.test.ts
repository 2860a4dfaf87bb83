/** Issue 4's core: graph metrics on graphs with known answers, threads, drafts, suggestions, give and take, exports. */
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { describe, expect, it } from "vitest";
import {
	acquaintance,
	balances,
	buildGraph,
	chainBetween,
	connectors,
	draftIntroduction,
	findPerson,
	graphData,
	graphMetrics,
	introduce,
	introPromiseLine,
	keywords,
	ledgerFor,
	suggestIntroductions,
	threadsBetween,
	toCanvas,
	toDot,
	toGraphML,
} from "../../src/core";
import { md, person, settingsWith, TODAY, vault } from "./helpers";

/** Two triangles (A B C) and (D E F) joined only through C — D: C is the bridge. */
function twoTriangles() {
	const p = (name: string, links: string[]) => person("", links.map((l) => `- ${"2026-11-01"} with [[${l}]]`).join("\n"));
	return vault({
		"A.md": p("A", ["B", "C"]),
		"B.md": p("B", ["C"]),
		"C.md": p("C", ["D"]),
		"D.md": p("D", ["E", "F"]),
		"E.md": p("E", ["F"]),
		"F.md": p("F", []),
		"Loner.md": person(),
	});
}

describe("graph metrics (graphology)", () => {
	it("degree, communities and the connector on two joined triangles", () => {
		const v = twoTriangles();
		const graph = buildGraph(graphData(v.network()));
		const m = graphMetrics(graph);
		expect(m.degree.get("C.md")).toBe(3);
		expect(m.degree.get("A.md")).toBe(2);
		expect(m.degree.get("Loner.md")).toBe(0);
		expect(m.community.get("A.md")).toBe(m.community.get("B.md"));
		expect(m.community.get("E.md")).toBe(m.community.get("F.md"));
		expect(m.community.get("A.md")).not.toBe(m.community.get("F.md"));
		const top = connectors(m, 2).map((c) => c.path).sort();
		expect(top).toEqual(["C.md", "D.md"]);
		expect(m.betweenness.get("A.md")).toBe(0);
		expect(m.betweenness.get("Loner.md")).toBe(0);
	});

	it("communities come out the same on every run", () => {
		const g = buildGraph(graphData(twoTriangles().network()));
		expect([...graphMetrics(g, 7).community]).toEqual([...graphMetrics(g, 7).community]);
	});

	it("finds the shortest chain of people, and none to someone unconnected", () => {
		const g = buildGraph(graphData(twoTriangles().network()));
		expect(chainBetween(g, "A.md", "F.md")).toEqual(["A.md", "C.md", "D.md", "F.md"]);
		expect(chainBetween(g, "A.md", "Loner.md")).toBeNull();
		expect(chainBetween(g, "A.md", "Nobody.md")).toBeNull();
	});

	it("filters by edge kind and by circle", () => {
		const v = vault({
			"A.md": person("circle: family", "[[B]]"),
			"B.md": person("circle: friends\nmet_through: \"[[C]]\""),
			"C.md": person("circle: family"),
		});
		const data = graphData(v.network());
		expect(buildGraph(data).size).toBe(2);
		const onlyMet = buildGraph(data, { kinds: ["met_through"] });
		expect(onlyMet.size).toBe(1);
		expect(onlyMet.hasEdge("B.md", "C.md")).toBe(true);
		const family = buildGraph(data, { circles: ["family"] });
		expect(family.order).toBe(2);
		expect(family.size).toBe(0);
	});
});

const MAYA = person(
	"needs: an accountant who knows Portuguese tax\noffers: [feedback on book covers]\ninterests: [Climbing, printmaking]\norg: Fieldnote Press\ncircle: friends\nrole: Illustrator",
	"- 2026-11-10 coffee",
);
const SAM = person(
	"offers: [tax returns for freelancers]\nneeds: [a book cover designer]\ninterests: [climbing]\norg: \"[[Fieldnote Press]]\"\ncircle: [Friends]\ntags: [people, ceramics]",
	"- 2024-03-01 met at the fair",
);

describe("introductions", () => {
	it("finds people by path, name, alias and unique first name", () => {
		const v = vault({ "People/Maya Lopez.md": person("aliases: [Mai]"), "People/Sam Patel.md": SAM, "People/Sam Ortiz.md": person() });
		const n = v.network();
		expect(findPerson(n, "People/Maya Lopez.md")?.name).toBe("Maya Lopez");
		expect(findPerson(n, "people/maya lopez")?.name).toBe("Maya Lopez");
		expect(findPerson(n, "maya lopez")?.name).toBe("Maya Lopez");
		expect(findPerson(n, "Mai")?.name).toBe("Maya Lopez");
		expect(findPerson(n, "Maya")?.name).toBe("Maya Lopez");
		expect(findPerson(n, "Sam")).toBeNull(); // two Sams: ambiguous
		expect(findPerson(n, "Nobody")).toBeNull();
	});

	it("finds every kind of common thread, both ways", () => {
		const v = vault({ "Maya.md": MAYA, "Sam.md": SAM, "Kim.md": person("", "[[Maya]] [[Sam]]") });
		const n = v.network();
		const threads = threadsBetween(n, n.people.get("Maya.md")!, n.people.get("Sam.md")!, v.settings.personTags);
		const kinds = threads.map((t) => t.kind);
		expect(threads.filter((t) => t.kind === "needs-offers").map((t) => t.detail)).toEqual([
			"Maya needs an accountant who knows Portuguese tax; Sam offers tax returns for freelancers",
			"Sam needs a book cover designer; Maya offers feedback on book covers",
		]);
		expect(threads).toContainEqual({ kind: "interest", detail: "both interested in climbing" });
		expect(threads).toContainEqual({ kind: "org", detail: "both at Fieldnote Press" });
		expect(threads).toContainEqual({ kind: "mutual", detail: "both know Kim" });
		expect(threads).toContainEqual({ kind: "circle", detail: "both in your friends circle" });
		expect(kinds).not.toContain("tag"); // `people` marks a person; it is no common thread
	});

	it("finds no thread between people with nothing in common", () => {
		const v = vault({ "A.md": person("needs: a plumber\ninterests: [chess]"), "B.md": person("offers: [piano lessons]\ninterests: [golf]") });
		const n = v.network();
		expect(threadsBetween(n, n.people.get("A.md")!, n.people.get("B.md")!)).toEqual([]);
	});

	it("says plainly when the last touchpoint is over a year ago, and when there is none", () => {
		const v = vault({ "Maya.md": MAYA, "Sam.md": SAM, "New.md": person('met_through: "[[Maya]]"') });
		const n = v.network();
		const sam = acquaintance(n, n.people.get("Sam.md")!, TODAY);
		expect(sam).toMatchObject({ lastContact: "2024-03-01", touchpoints: 1, direct: true, stale: true });
		expect(sam.summary).toContain("over a year ago");
		const maya = acquaintance(n, n.people.get("Maya.md")!, TODAY);
		expect(maya).toMatchObject({ stale: false, direct: true });
		expect(maya.summary).not.toContain("year");
		const fresh = acquaintance(n, n.people.get("New.md")!, TODAY);
		expect(fresh).toMatchObject({ direct: false, touchpoints: 0, knownThrough: ["Maya"] });
	});

	it("says how two people are connected in one order, however their marks came", () => {
		const v = vault({ "Ann.md": person(), "Bo.md": person(), "Daily/2026-11-20.md": "- 2026-11-20 lunch with [[Ann]] and [[Bo]]" });
		v.network(); // live from here: the link below is added to the edge the lunch made
		v.index.upsert("Ann.md", person("", "Works with [[Bo]]."));
		const live = v.network();
		const scratch = vault({ "Ann.md": person("", "Works with [[Bo]]."), "Bo.md": person(), "Daily/2026-11-20.md": "- 2026-11-20 lunch with [[Ann]] and [[Bo]]" }).network();
		for (const n of [live, scratch]) expect(introduce(n, n.people.get("Ann.md")!, n.people.get("Bo.md")!, TODAY).connected).toEqual(["link", "together"]);
	});

	it("drafts an introduction from the threads, honest about a stale acquaintance", () => {
		const v = vault({ "Maya.md": MAYA, "Sam.md": SAM });
		const n = v.network();
		const r = introduce(n, n.people.get("Maya.md")!, n.people.get("Sam.md")!, TODAY, v.settings.personTags);
		expect(r.connected).toEqual([]);
		expect(r.draft).toContain("Subject: Introduction: Maya <> Sam");
		expect(r.draft).toContain("Sam, meet Maya (Illustrator, Fieldnote Press).");
		expect(r.draft).toContain("- Maya needs an accountant who knows Portuguese tax; Sam offers tax returns for freelancers.");
		expect(r.draft).toContain("Sam, it has been a while since we last spoke (2024-03-01)");
		expect(r.draft).not.toContain("Maya, it has been a while");
		const fresh = draftIntroduction(n.people.get("Maya.md")!, n.people.get("Maya.md")!, r.a, r.a, []);
		expect(fresh).not.toContain("a while since");
		expect(fresh).not.toContain("Why I think");
	});

	it("records the follow-up as an #intro promise linking both", () => {
		const v = vault({ "Maya.md": MAYA, "Sam.md": SAM });
		const n = v.network();
		const line = introPromiseLine(n.people.get("Maya.md")!, n.people.get("Sam.md")!, "2026-12-09");
		expect(line).toBe("- [ ] Follow up on introducing [[Maya]] and [[Sam]] #intro 📅 2026-12-09");
		const after = vault({ "Maya.md": MAYA, "Sam.md": SAM, "Daily/2026-11-25.md": `${line}\n` });
		expect(after.promises().map((p) => [p.people, p.due, p.intro])).toEqual([[["Maya.md", "Sam.md"], "2026-12-09", true]]);
		expect(after.edge("Maya.md", "Sam.md")?.kinds).toEqual(["intro"]);
	});

	it("suggests pairs not yet connected, best first, with the reason", () => {
		const v = vault({
			"Maya.md": MAYA,
			"Sam.md": SAM,
			"Lee.md": person("interests: [climbing]"),
			"Ana.md": person("offers: [tax advice]", "[[Maya]]"),
			"Zed.md": person("interests: [opera]"),
		});
		const s = suggestIntroductions(v.network(), 10, v.settings.personTags);
		expect(s[0]).toMatchObject({ a: "Maya.md", b: "Sam.md" });
		expect(s[0]?.reasons.some((r) => r.kind === "needs-offers")).toBe(true);
		const pairs = s.map((x) => `${x.a}|${x.b}`);
		expect(pairs).not.toContain("Ana.md|Maya.md"); // already connected
		expect(pairs.some((p) => p.includes("Zed.md"))).toBe(false);
		for (let i = 1; i < s.length; i++) expect(s[i - 1]!.score).toBeGreaterThanOrEqual(s[i]!.score);
	});

	it("stems keywords so plural and singular meet, and drops filler words", () => {
		expect([...keywords("Accountants for the new shop")]).toEqual(["accountant"]);
		expect(keywords("photography").has("photograph")).toBe(true);
		expect(keywords("a photographer").has("photograph")).toBe(true);
	});
});

describe("give and take", () => {
	const log = (...lines: string[]) => lines.map((l) => `- ${l}`).join("\n");

	it("counts #gave/#got and kept promises (yours given, theirs received)", () => {
		const v = vault({
			"Maya.md": person("", log("2026-11-01 helped with the move #gave", "2026-10-01 she fixed my bike #got", "[x] Lend the tent ✅ 2026-11-05", "[x] She sends the photos #waiting ✅ 2026-11-06", "2026-09-01 coffee")),
		});
		const l = ledgerFor(v.network(), "Maya.md", v.settings);
		expect(l).toMatchObject({ gave: 2, got: 2, lastGave: "2026-11-05", lastGot: "2026-11-06", oneSided: null, note: null });
	});

	it("flags a one-sided relationship either way at the threshold", () => {
		const settings = { oneSidedThreshold: 2 };
		const asks = vault({ "A.md": person("", log("2026-11-10 asked for a reference #got", "2026-11-01 asked for advice #got", "2026-10-01 helped #gave")) }, { settings });
		expect(ledgerFor(asks.network(), "A.md", asks.settings)).toMatchObject({ oneSided: "you-ask", note: "you have asked twice since you last helped" });
		const takes = vault({ "B.md": person("", log("2026-11-10 lent money #gave", "2026-11-01 drove them #gave", "2026-10-03 more #gave")) }, { settings });
		expect(ledgerFor(takes.network(), "B.md", takes.settings)).toMatchObject({ oneSided: "they-take", note: "you have helped 3 times and they have not helped back yet" });
		const even = vault({ "C.md": person("", log("2026-11-10 #gave", "2026-11-01 #got")) }, { settings });
		expect(ledgerFor(even.network(), "C.md", even.settings).oneSided).toBeNull();
	});

	it("adds the balance to an existing touchpoint reason, never alone", () => {
		const settings = { oneSidedThreshold: 2 };
		const v = vault({
			"Cold.md": person("cadence: 10d", log("2026-10-10 asked for a reference #got", "2026-10-01 asked for advice #got")),
			"Fine.md": person("cadence: 1y", log("2026-11-10 asked #got", "2026-11-01 asked #got")),
		}, { settings });
		const next = v.next();
		expect(next.map((n) => n.path)).toEqual(["Cold.md"]);
		expect(next[0]?.reasons.map((r) => r.kind)).toEqual(["cold", "balance"]);
		expect(balances(v.network(), v.settings).map((b) => [b.name, b.gave, b.got])).toEqual([["Cold", 0, 2], ["Fine", 0, 2]]);
	});
});

describe("exports", () => {
	const tricky = vault({
		"People/Ann & <Bo> \"Q\".md": person("circle: friends", "[[Cy]]"),
		"Cy.md": person("circle: family", "- 2026-11-01 with [[Ann & <Bo> \"Q\"]]"),
		"Solo.md": person(),
	});
	const data = graphData(tricky.network());

	it("writes a valid JSON Canvas: file nodes for people, edges labelled by kind", () => {
		const canvas = JSON.parse(JSON.stringify(toCanvas(data))) as ReturnType<typeof toCanvas>;
		expect(canvas.nodes).toHaveLength(3);
		const ids = new Set(canvas.nodes.map((n) => n.id));
		expect(ids.size).toBe(3);
		for (const n of canvas.nodes) {
			expect(n.type).toBe("file");
			expect(typeof n.file).toBe("string");
			for (const k of ["x", "y", "width", "height"] as const) expect(Number.isInteger(n[k])).toBe(true);
			if (n.color !== undefined) expect(n.color).toMatch(/^[1-6]$/);
		}
		expect(canvas.nodes.map((n) => n.file).sort()).toEqual(["Cy.md", "People/Ann & <Bo> \"Q\".md", "Solo.md"]);
		expect(canvas.edges).toHaveLength(1);
		const e = canvas.edges[0]!;
		expect(ids.has(e.fromNode) && ids.has(e.toNode)).toBe(true);
		expect(e.label).toBe("link, together");
	});

	it("writes GraphML that parses as XML, with names escaped", () => {
		const xml = toGraphML(data);
		// happy-dom's XML parser rejects GraphML's dotted attribute names (attr.name); fast-xml-validator
		// throws on malformed XML.
		expect(SyntaxValidator.validate(xml)).toBe(true);
		expect(() => SyntaxValidator.validate(xml.replace("</graph>", ""))).toThrow();
		type Data = { "#text": string | number; "@_key": string };
		const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["node", "edge", "data"].includes(name) }).parse(xml) as {
			graphml: { graph: { node: { data: Data[] }[]; edge: unknown[] } };
		};
		expect(doc.graphml.graph.node).toHaveLength(3);
		expect(doc.graphml.graph.edge).toHaveLength(1);
		const names = doc.graphml.graph.node.map((n) => n.data.find((d) => d["@_key"] === "name")?.["#text"]);
		expect(names).toContain('Ann & <Bo> "Q"');
	});

	it("writes DOT with quotes escaped", () => {
		const dot = toDot(data);
		expect(dot.startsWith("graph people {")).toBe(true);
		expect(dot).toContain('label="Ann & <Bo> \\"Q\\""');
		expect(dot).toContain('-- "People/Ann & <Bo> \\"Q\\".md"');
	});

	it("keeps an empty network valid", () => {
		const empty = graphData(vault({ "x.md": md(null, "nothing") }).network());
		expect(toCanvas(empty)).toEqual({ nodes: [], edges: [] });
		expect(toGraphML(empty)).toContain("<graph id=\"people\" edgedefault=\"undirected\">");
		expect(settingsWith().oneSidedThreshold).toBe(3);
	});
});
