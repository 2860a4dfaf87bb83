/**
 * A network's per-person lists never change after it was handed out: an update puts its changes into
 * new arrays for the next network (per-person caches in next.ts compare lists by identity).
 */
import { describe, expect, it } from "vitest";
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
