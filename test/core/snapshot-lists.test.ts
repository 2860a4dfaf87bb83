/**
 * A network's per-person lists never change after it was handed out: an update puts its changes into
 * new arrays for the next network (per-person caches in next.ts compare lists by identity). An edit of
 * one line changes only what that line adds: the rest stays, the same objects, and so do the answers.
 */
import { describe, expect, it } from "vitest";
import { graphData, openPromises } from "../../src/core";
import { person, vault } from "./helpers";

describe("lists a network was handed", () => {
	it("stay as they were through updates; the next network has new arrays", () => {
		const v = vault({
			"People/Ana.md": person(),
			"Daily/2026-11-20.md": "- 2026-11-20 coffee with [[Ana]]\n- [ ] send [[Ana]] the notes 📅 2026-11-30\n",
		});
		const before = v.network();
		const touches = before.touchpoints.get("People/Ana.md");
		const promises = before.promisesByPerson?.get("People/Ana.md");
		const touchesThen = [...(touches ?? [])];
		const promisesThen = [...(promises ?? [])];
		expect(touchesThen).toHaveLength(1);
		expect(promisesThen).toHaveLength(1);

		v.index.upsert("Daily/2026-11-21.md", "- 2026-11-21 lunch with [[Ana]]\n- [ ] call [[Ana]] back 📅 2026-11-28\n");
		v.index.upsert("Daily/2026-11-20.md", "nothing today\n");
		expect(touches).toEqual(touchesThen);
		expect(promises).toEqual(promisesThen);

		const after = v.network();
		const touchesNow = after.touchpoints.get("People/Ana.md");
		expect(touchesNow).not.toBe(touches);
		expect(touchesNow?.map((t) => t.path)).toEqual(["Daily/2026-11-21.md"]);
		expect(after.promisesByPerson?.get("People/Ana.md")?.map((p) => p.file)).toEqual(["Daily/2026-11-21.md"]);
		expect(touches).toEqual(touchesThen);
	});
});

describe("an edit of one line of a note", () => {
	const DAILY = "- 2026-11-20 coffee with [[Ana]] and [[Bo]]\n- [ ] send [[Ana]] the notes 📅 2026-11-30\n- [ ] ask [[Bo]] about the climb\n";

	it("changes only what that line adds: the note's other promises, touchpoints and edges stay, the same objects", () => {
		const v = vault({ "People/Ana.md": person(), "People/Bo.md": person(), "People/Cy.md": person(), "Daily/2026-11-20.md": DAILY });
		const before = v.network();
		v.index.upsert("Daily/2026-11-20.md", `${DAILY}- talked to [[Cy]] on the phone\n`);
		const after = v.network();
		// An edit used to take the note out whole and put it back: every promise of it went and came.
		expect(after.changes?.promisesAdded).toEqual([]);
		expect(after.changes?.promisesRemoved).toEqual([]);
		expect(after.promises).toBe(before.promises);
		expect(after.promisesByPerson?.get("People/Ana.md")).toBe(before.promisesByPerson?.get("People/Ana.md"));
		expect(after.touchpoints.get("People/Bo.md")).toBe(before.touchpoints.get("People/Bo.md"));
		// Cy is new to the note: a touchpoint for them, and their edges (the dated note makes a clique).
		expect(after.touchpoints.get("People/Cy.md")?.map((t) => t.path)).toEqual(["Daily/2026-11-20.md"]);
		expect([...(after.changes?.edges ?? [])].every((key) => key.includes("People/Cy.md"))).toBe(true);
		expect(after.changes?.people.has("People/Ana.md")).toBe(false);
	});

	it("that moves the lines below it changes their promises (their line is part of them), and nothing else", () => {
		const v = vault({ "People/Ana.md": person(), "People/Bo.md": person(), "Daily/2026-11-20.md": DAILY });
		const before = v.network();
		v.index.upsert("Daily/2026-11-20.md", `# The day\n${DAILY}`);
		const after = v.network();
		expect(after.promises.map((p) => p.line)).toEqual(before.promises.map((p) => p.line + 1));
		expect(after.changes?.promisesRemoved).toHaveLength(2);
		expect(after.changes?.promisesAdded).toHaveLength(2);
		// The dated note's edges do not depend on lines: the same edges, counted as before.
		expect(after.edgeOrder).toBe(before.edgeOrder);
	});

	it("that changes no promise and no edge leaves the answers that read them as they were, not copies", () => {
		const v = vault({ "People/Ana.md": person(), "People/Bo.md": person(), "Daily/2026-11-20.md": DAILY });
		const before = v.network();
		const graph = graphData(before), open = openPromises(before, "2026-11-20");
		v.index.upsert("Daily/2026-11-20.md", `${DAILY}- walked with [[Bo]] after lunch\n`);
		const after = v.network();
		expect(after.changes?.edges.size).toBe(0);
		expect(graphData(after).edges).toBe(graph.edges);
		expect(openPromises(after, "2026-11-20")).toBe(open);
		// What did change is in the answers: a second touchpoint with Bo.
		expect(after.touchpoints.get("People/Bo.md")).toHaveLength(2);
	});
});
