/**
 * Louvain runs once per network and filter: the graph view's communities and the metrics are the same
 * answer, kept on the network (answer-cache.ts), and a new network after an update is asked afresh.
 */
import louvain from "graphology-communities-louvain";
import { describe, expect, it } from "vitest";
import { buildGraph, COMMUNITY_SEED, communitiesOf, graphData, graphMetrics, networkCommunities, networkMetrics, seededRandom } from "../../src/core";
import { person, vault } from "./helpers";

function twoTriangles() {
	const p = (links: string[], extra = "") => person(extra, links.map((l) => `- 2026-11-01 with [[${l}]]`).join("\n"));
	return vault({
		"A.md": p(["B", "C"], "circle: family"),
		"B.md": p(["C"], "circle: family"),
		"C.md": p(["D"]),
		"D.md": p(["E", "F"]),
		"E.md": p(["F"]),
		"F.md": p([]),
		"Loner.md": person(),
	});
}

describe("communities, once per network", () => {
	it("the same answer object for the same network and filter, whatever the order of the filter's lists", () => {
		const n = twoTriangles().network();
		const first = networkCommunities(n);
		expect(networkCommunities(n)).toBe(first);
		expect(networkCommunities(n, { kinds: [], circles: [] })).toBe(first);
		const filtered = networkCommunities(n, { kinds: ["together", "link"], circles: ["Family"] });
		expect(filtered).not.toBe(first);
		expect(networkCommunities(n, { kinds: ["link", "together"], circles: ["family"] })).toBe(filtered);
	});

	it("the metrics use those communities rather than running Louvain again", () => {
		const n = twoTriangles().network();
		const m = networkMetrics(n);
		expect(networkMetrics(n)).toBe(m);
		expect(m.community).toBe(networkCommunities(n).community);
		expect(m.communityCount).toBe(networkCommunities(n).count);
		expect(m.community.get("A.md")).toBe(m.community.get("B.md"));
		expect(m.community.get("A.md")).not.toBe(m.community.get("F.md"));
	});

	it("a new network after an update gets its own answer", () => {
		const v = twoTriangles();
		const before = networkCommunities(v.network());
		v.index.upsert("G.md", person("", "- 2026-11-02 with [[A]]"));
		const after = networkCommunities(v.network());
		expect(after).not.toBe(before);
		expect(after.community.has("G.md")).toBe(true);
	});

	it("equals the graph-level functions, and Louvain with the one seed as the graph view calls it", () => {
		const n = twoTriangles().network();
		const graph = buildGraph(graphData(n));
		expect(networkCommunities(n)).toEqual(communitiesOf(graph));
		expect(networkMetrics(n)).toEqual(graphMetrics(graph));
		const plain = louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(COMMUNITY_SEED) });
		expect(Object.fromEntries(networkCommunities(n).community)).toEqual(plain);
	});
});
