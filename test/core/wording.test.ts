/**
 * Text for a person, shared by the views and the terminal command: task text without bookkeeping,
 * cadences in the user's units, and the issue-11 bugs (marker tags as common threads, bring-up lines out
 * of order or repeated, one person in three sidebar sections with nothing tying the rows).
 */
import { describe, expect, it } from "vitest";
import { alsoListed, describeCadence, parseCadence, reminders, taskText, threadsBetween, touchpointLine } from "../../src/core";
import { person, TODAY, vault } from "./helpers";

describe("taskText", () => {
	it.each([
		["they promised: Tomas sends the photos #waiting 📅 2026-11-21", "they promised: Tomas sends the photos"],
		["introduce [[Annie]] to [[Cy]] #intro", "introduce Annie to Cy"],
		["Last time (2026-11-01): carried boxes #gave", "Last time (2026-11-01): carried boxes"],
		["she lent me the tent #GOT", "she lent me the tent"],
		["sends the deck [due:: 2026-11-26] #waiting", "sends the deck"],
		["Lend Marcus *The Dispossessed* ✅ 2026-11-20", "Lend Marcus The Dispossessed"],
		// Other tags are what the note is about: they stay.
		["talk about #climbing", "talk about #climbing"],
		["#gaveaway party", "#gaveaway party"],
		["#waiting", "#waiting"],
	])("%s", (raw, shown) => {
		expect(taskText(raw)).toBe(shown);
	});

	it("touchpointLine capitalises", () => {
		expect(touchpointLine("you promised: call [[Bo]] #intro")).toBe("You promised: call Bo");
	});
});

describe("describeCadence: the units the user wrote", () => {
	it.each([
		["quarterly", "every 3 months"],
		["yearly", "every year"],
		["2w", "every 2 weeks"],
		["10d", "every 10 days"],
		["weekly", "every week"],
		["every 2 weeks", "every 2 weeks"],
		["P1Y2M", "every 1 year and 2 months"],
		["1d", "every day"],
		[45, "every 45 days"],
	])("%s → %s", (written, said) => {
		const c = parseCadence(written);
		expect(c?.kind).toBe("span");
		expect(describeCadence(c?.kind === "span" ? c.span : null)).toBe(said);
	});

	it("paused", () => {
		expect(describeCadence(null)).toBe("paused");
	});

	it("the state keeps the unit: a quarterly person is every 3 months, not 92 days", () => {
		const v = vault({ "P.md": person("cadence: quarterly\nlast_contact: 2026-08-14") });
		expect(describeCadence(v.state("P.md").cadence)).toBe("every 3 months");
		expect(v.state("P.md").cadenceDays).toBe(92);
	});
});

describe("introductions: the plugin's bookkeeping tags are no common thread", () => {
	it("#gave, #got, #intro and #waiting on both sides say nothing; a real shared tag does", () => {
		const body = (name: string) => `## Log\n- 2026-11-01 helped ${name} #gave\n- 2026-11-02 ${name} helped #got\n- [ ] ask ${name} #waiting\n- [ ] intro ${name} #intro\n#climbing`;
		const v = vault({ "A.md": person("", body("A")), "B.md": person("", body("B")) });
		const threads = threadsBetween(v.network(), v.person("A.md"), v.person("B.md"));
		expect(threads.filter((t) => t.kind === "tag").map((t) => t.detail)).toEqual(["both tagged #climbing"]);
	});
});

describe("next touchpoints: each promise once, in the promises' order", () => {
	const v = vault({
		"Sam.md": person("last_contact: 2026-11-20"),
		"Work.md": [
			"- [ ] send [[Sam]] the proposal 📅 2026-12-02",
			"- [ ] sign [[Sam]]'s contract 📅 2026-11-30",
			"- [ ] [[Sam]] returns the drill #waiting 📅 2026-11-20",
			"- [ ] lend [[Sam]] the tent",
			"- [ ] book the venue with [[Sam]] 📅 2027-03-01",
		].join("\n"),
	}, { settings: { promiseHorizonDays: 10 } });
	const sam = v.next(TODAY, 10).find((t) => t.path === "Sam.md");

	it("reasons: overdue first, then by due date", () => {
		expect(sam?.reasons.map((r) => r.detail.split(" (")[0])).toEqual([
			"they promised: [[Sam]] returns the drill #waiting 📅 2026-11-20",
			"you promised: sign [[Sam]]'s contract 📅 2026-11-30",
			"you promised: send [[Sam]] the proposal 📅 2026-12-02",
		]);
	});

	it("bring up: no promise that is already a reason; the others in the same order (dated, then undated)", () => {
		expect(sam?.bringUp.filter((b) => b.startsWith("Open promise"))).toEqual([
			"Open promise: book the venue with [[Sam]] 📅 2027-03-01",
			"Open promise: lend [[Sam]] the tent",
		]);
	});

	it("a person with only undated promises is not listed for them", () => {
		const w = vault({ "Bo.md": person("last_contact: 2026-11-20"), "N.md": "- [ ] lend [[Bo]] the tent" });
		expect(w.next(TODAY, 10)).toEqual([]);
	});
});

describe("reminders: rows of the same person are tied together", () => {
	// Tomas: an overdue promise, a birthday in 6 days, and cold (14d, last contact 11-01).
	const v = vault({
		"Tomas.md": person("cadence: 2w\nbirthday: 1990-12-01", "## Log\n- 2026-11-01 boxes\n- [ ] [[Tomas]] sends the photos #waiting 📅 2026-11-21"),
		"Ann.md": person("birthday: 1990-11-27\nlast_contact: 2026-11-20"),
		"Plan.md": "- [ ] call [[Tomas]] and [[Ann]] 📅 2026-11-22",
	});
	const r = reminders(v.network(), v.settings, TODAY);

	it("each section knows who is also elsewhere", () => {
		expect(r.listedIn.get("Tomas.md")?.sections).toEqual(["overdue", "birthdays", "cold"]);
		expect(alsoListed(r, ["Tomas.md"], "overdue")).toBe("also under Birthdays and Coldest people");
		expect(alsoListed(r, ["Tomas.md"], "cold")).toBe("also under Overdue promises and Birthdays");
		expect(alsoListed(r, ["Ann.md"], "birthdays")).toBe("also under Overdue promises");
	});

	it("a promise with several people names whom the mark is about", () => {
		expect(alsoListed(r, ["Tomas.md", "Ann.md"], "overdue")).toBe("Tomas also under Birthdays and Coldest people; Ann also under Birthdays");
	});

	it("no mark for someone in one section only", () => {
		const w = vault({ "Bo.md": person("birthday: 1990-11-27\nlast_contact: 2026-11-20") });
		expect(alsoListed(reminders(w.network(), w.settings, TODAY), ["Bo.md"], "birthdays")).toBe("");
	});
});
