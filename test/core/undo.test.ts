/** core/undo.ts: when a change can be walked back, and what the refusal says. */
import { describe, expect, it } from "vitest";
import { describeChange, netChanges, planRevert, UndoRing } from "../../src/core";

const P = "People/Maya.md";

describe("planRevert", () => {
	it("restores `before` byte for byte when the file holds exactly `after`", () => {
		expect(planRevert({ path: P, before: "a\r\nb", after: "a\r\nb\r\nc" }, "a\r\nb\r\nc")).toEqual({ ok: true, path: P, action: "restore", text: "a\r\nb" });
	});

	it("deletes a created file that still holds what was written", () => {
		expect(planRevert({ path: P, before: null, after: "new\n" }, "new\n")).toEqual({ ok: true, path: P, action: "delete" });
	});

	it("refuses, naming the first line that differs", () => {
		const after = Array.from({ length: 14 }, (_, i) => `line ${i + 1}`).join("\n");
		const now = after.replace("line 12", "line twelve");
		expect(planRevert({ path: P, before: "x", after }, now)).toEqual({ ok: false, path: P, reason: "People/Maya.md changed since (line 12 differs); not undone" });
	});

	it("refuses when the file is gone, or a byte was added at the end", () => {
		expect(planRevert({ path: P, before: "x", after: "y\n" }, null)).toMatchObject({ ok: false, reason: "People/Maya.md changed since (it is gone); not undone" });
		expect(planRevert({ path: P, before: "x", after: "a\nb" }, "a\nb\n")).toMatchObject({ ok: false, reason: "People/Maya.md changed since (line 2 differs); not undone" });
		expect(planRevert({ path: P, before: "x", after: "a" }, "\uFEFFa")).toMatchObject({ ok: false });
	});

	it("describeChange counts lines from 1", () => {
		expect(describeChange("a", "b")).toBe("line 1 differs");
		expect(describeChange("a\nb\nc", "a\nb\nC")).toBe("line 3 differs");
	});
});

describe("netChanges", () => {
	it("a file written twice in a step goes from its first before to its last after; unchanged files drop out", () => {
		expect(netChanges([
			{ path: P, before: "1", after: "2" },
			{ path: "B.md", before: null, after: "b" },
			{ path: P, before: "2", after: "3" },
			{ path: "C.md", before: "c", after: "d" },
			{ path: "C.md", before: "d", after: "c" },
		])).toEqual([{ path: P, before: "1", after: "3" }, { path: "B.md", before: null, after: "b" }]);
	});
});

describe("UndoRing", () => {
	it("keeps the last ten, newest last", () => {
		const ring = new UndoRing<number>(10);
		for (let i = 1; i <= 13; i++) ring.push(i);
		expect(ring.length).toBe(10);
		expect(ring.has(3)).toBe(false);
		expect(ring.has(4)).toBe(true);
		expect(ring.last()).toBe(13);
		expect(ring.remove(13)).toBe(true);
		expect(ring.remove(13)).toBe(false);
		expect(ring.last()).toBe(12);
	});
});
