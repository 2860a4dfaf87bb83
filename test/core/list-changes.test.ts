/**
 * ListChanges keeps each key's changes aside until the next network; a person's note that moves takes its
 * list, pending changes made, to the new key (person-move.ts). A list handed out is never changed.
 */
import { describe, expect, it } from "vitest";
import { ListChanges } from "../../src/core/list-changes";

const byNumber = (a: number, b: number) => a - b;

function lists(): { map: Map<string, number[]>; changes: ListChanges<number> } {
	const map = new Map<string, number[]>([["a", [1, 3]]]);
	return { map, changes: new ListChanges(map, byNumber) };
}

describe("ListChanges", () => {
	it("makes one key's changes on asking for its list, as a new array", () => {
		const { map, changes } = lists();
		const handedOut = map.get("a");
		changes.add("a", 2);
		changes.remove("a", 3);
		changes.add("b", 9);
		expect(changes.current("a")).toEqual([1, 2]);
		expect(handedOut).toEqual([1, 3]);
		expect(map.get("a")).not.toBe(handedOut);
		// The other key's change is still pending.
		expect(map.has("b")).toBe(false);
		changes.flush();
		expect(map.get("b")).toEqual([9]);
		expect(changes.current("none")).toEqual([]);
	});

	it("moves a list with its pending changes to a new key", () => {
		const { map, changes } = lists();
		changes.add("a", 0);
		changes.moveKey("a", "c");
		expect(map.has("a")).toBe(false);
		expect(map.get("c")).toEqual([0, 1, 3]);
		// Nothing left under the old key: a flush does not bring it back.
		changes.flush();
		expect([...map.keys()]).toEqual(["c"]);
	});

	it("moves nothing when the list is empty, and refuses a key that has a list or changes", () => {
		const { map, changes } = lists();
		changes.remove("a", 1);
		changes.remove("a", 3);
		changes.moveKey("a", "c");
		expect(map.size).toBe(0);
		const other = lists();
		other.changes.add("b", 5);
		expect(() => other.changes.moveKey("a", "b")).toThrow(/already kept under b/);
		other.changes.flush();
		expect(() => other.changes.moveKey("b", "a")).toThrow(/already kept under a/);
		expect(other.map.get("a")).toEqual([1, 3]);
	});
});
