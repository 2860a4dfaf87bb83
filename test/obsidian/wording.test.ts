/** How rows and suggestions word a task: plain text, without the task's bookkeeping or Markdown marks. */
import { describe, expect, it } from "vitest";
import { taskText, touchpointLine } from "../../src/obsidian/views/wording";

describe("taskText", () => {
	it("drops due dates, #waiting and Dataview fields, and reads links as names", () => {
		expect(taskText("Tomas sends the photos #waiting 📅 2026-11-21")).toBe("Tomas sends the photos");
		expect(taskText("Intro deck for [[Sam Patel]] [due:: 2026-11-27]")).toBe("Intro deck for Sam Patel");
	});

	it("reads *emphasis* and **strong** as their words, and leaves a lone star alone", () => {
		expect(taskText("Lend Marcus my copy of *The Dispossessed*")).toBe("Lend Marcus my copy of The Dispossessed");
		expect(taskText("**2026-09-30** lunch, *we* talked")).toBe("2026-09-30 lunch, we talked");
		expect(taskText("Pay 5 * 3 * 2 euros")).toBe("Pay 5 * 3 * 2 euros");
		expect(taskText("*")).toBe("*");
	});
});

describe("touchpointLine", () => {
	it("words a reason as the views do, in sentence case", () => {
		expect(touchpointLine("they promised: Tomas sends the photos #waiting 📅 2026-11-21 (due 2026-11-21, 4 days overdue)")).toBe(
			"They promised: Tomas sends the photos (due 2026-11-21, 4 days overdue)",
		);
		expect(touchpointLine("Last time (2026-11-10): dinner with [[Maya Lopez]], we picked *Piranesi*")).toBe("Last time (2026-11-10): dinner with Maya Lopez, we picked Piranesi");
	});
});
