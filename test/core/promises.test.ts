/** conventions.md §4 and cli.md `promises`: open promises, both directions. */
import { describe, expect, it } from "vitest";
import { containing, md, person, vault } from "./helpers";

const ANN = "People/Ann.md";
const BO = "People/Bo.md";
const base = { [ANN]: person(), [BO]: person() };

describe("what is a promise", () => {
	it("a task that links a person, in any note", () => {
		const v = vault({ ...base, "Notes/Todo.md": md("title: todo", "- [ ] send [[Ann]] the slides") });
		expect(v.promises()).toMatchObject([
			{ file: "Notes/Todo.md", line: 4, text: "send [[Ann]] the slides", people: [ANN], due: null, direction: "mine", status: "open", overdue: false },
		]);
	});

	it("a task in a person's note, with or without a link", () => {
		const v = vault({ ...base, [ANN]: person("", "## Todo\n- [ ] return her book\n- [ ] introduce her to [[Bo]]") });
		expect(v.promises().map((p) => [p.line, p.people])).toEqual([
			[5, [ANN]],
			[6, [ANN, BO]],
		]);
	});

	it.each([
		["- [ ] buy milk", "a task linking nobody outside a person note"],
		["- [ ] read ![[Ann]]", "a task that only embeds a person"],
		["```\n- [ ] call [[Ann]]\n```", "a task in a code block"],
		["- [ ] see [[Nobody]]", "a task linking a missing note"],
		["- call [[Ann]]", "a list item that is not a task"],
		["- [] call [[Ann]]", "no character in the brackets"],
		["-[ ] call [[Ann]]", "no space after the bullet"],
	])("%s: not a promise (%s)", (body) => {
		expect(vault({ ...base, "Notes/Todo.md": body }).allPromises()).toEqual([]);
	});

	it("a task in a template is not a promise", () => {
		const v = vault({ ...base, "Templates/Person.md": person("", "- [ ] call [[Ann]]") }, { context: { templateFolders: ["Templates"] } });
		expect(v.allPromises()).toEqual([]);
	});
});

describe("due dates", () => {
	it.each([
		["- [ ] call [[Ann]] 📅 2026-12-01", "2026-12-01"],
		["- [ ] call [[Ann]] 📅2026-12-01", "2026-12-01"],
		["- [ ] call [[Ann]] [due:: 2026-12-01]", "2026-12-01"],
		["- [ ] call [[Ann]] (due:: 2026-12-01)", "2026-12-01"],
		["- [ ] call [[Ann]] [due:: [[2026-12-01]]]", "2026-12-01"],
		["- [ ] call [[Ann]] ⏳ 2026-11-30 📅 2026-12-01 🔼", "2026-12-01"],
		["- [ ] call [[Ann]] ⏳ 2026-11-30", null],
		["- [ ] call [[Ann]] by 2026-12-01", null],
	])("%s: due %s", (line, due) => {
		const v = vault({ ...base, "Notes/Todo.md": line });
		expect(v.promises()[0]?.due).toBe(due);
		expect(v.problems()).toEqual([]);
	});

	it.each(["📅 2026-02-30", "[due:: tomorrow]", "(due:: 2026-13-01)"])("an invalid due date %s is reported with its line", (due) => {
		const v = vault({ ...base, "Notes/Todo.md": `x\n- [ ] call [[Ann]] ${due}` });
		expect(v.promises()[0]?.due).toBeNull();
		expect(v.problems()).toMatchObject([{ path: "Notes/Todo.md", line: 2, severity: "warning", message: containing("due") }]);
	});
});

describe("direction and status", () => {
	it("mine by default, theirs with #waiting", () => {
		const v = vault({ ...base, "Notes/Todo.md": "- [ ] send [[Ann]] the CV\n- [ ] [[Bo]] sends the contract #waiting\n- [ ] [[Bo]] replies #Waiting\n- [ ] [[Bo]] #waitingroom" });
		expect(v.promises().map((p) => p.direction)).toEqual(["mine", "theirs", "theirs", "mine"]);
	});

	it.each([
		[" ", "open", true],
		["/", "in-progress", true],
		["x", "done", false],
		["X", "done", false],
		["-", "cancelled", false],
		[">", "open", true],
	])("[%s] is %s (open: %s)", (mark, status, open) => {
		const v = vault({ ...base, "Notes/Todo.md": `- [${mark}] call [[Ann]]` });
		expect(v.allPromises()).toMatchObject([{ status, mark }]);
		expect(v.promises().length).toBe(open ? 1 : 0);
	});

	it("a kept promise of mine counts as #gave, of theirs as #got; a cancelled one as nothing", () => {
		const v = vault({
			...base,
			"Daily/2026-11-20.md": "- [x] send [[Ann]] the CV\n- [x] [[Bo]] sends the contract #waiting ✅ 2026-11-21\n- [-] [[Bo]] lunch",
		});
		expect(v.touchpoints(ANN)).toMatchObject([{ date: "2026-11-20", kind: "task", help: "gave" }]);
		expect(v.touchpoints(BO)).toMatchObject([{ date: "2026-11-21", kind: "task", help: "got" }]);
	});
});

describe("order and overdue", () => {
	const v = vault({
		...base,
		"B.md": "- [ ] no date [[Ann]]\n- [ ] due later [[Ann]] 📅 2026-12-20\n- [ ] overdue most [[Bo]] 📅 2026-10-01",
		"A.md": "- [ ] also no date [[Ann]]\n- [ ] due today [[Ann]] 📅 2026-11-25\n- [ ] overdue a day [[Bo]] [due:: 2026-11-24]\n- [/] due soon [[Bo]] 📅 2026-11-27",
	});

	it("overdue ones first by due date, then by due date, then those with none (by file and line)", () => {
		expect(v.promises().map((p) => p.text.split(" [[")[0])).toEqual([
			"overdue most",
			"overdue a day",
			"due today",
			"due soon",
			"due later",
			"also no date",
			"no date",
		]);
	});

	it("overdue means due before today; days left are counted", () => {
		expect(v.promises().map((p) => [p.overdue, p.daysLeft])).toEqual([
			[true, -55],
			[true, -1],
			[false, 0],
			[false, 2],
			[false, 25],
			[false, null],
			[false, null],
		]);
	});

	it("promises are reasons to be in touch: overdue, and due within the horizon", () => {
		const next = v.next();
		const reasons = Object.fromEntries(next.map((t) => [t.name, t.reasons.map((r) => r.kind)]));
		expect(reasons.Bo).toEqual(["promise-overdue", "promise-overdue", "promise-due", "never"]);
		expect(reasons.Ann).toEqual(["promise-due", "never"]);
		expect(next.map((t) => t.name)).toEqual(["Bo", "Ann"]);
	});

	it("paused and snoozed people get no promise reminders", () => {
		const w = vault({
			[ANN]: person("cadence: never"),
			[BO]: person("snooze_until: 2026-12-01"),
			"A.md": "- [ ] call [[Ann]] 📅 2026-11-01\n- [ ] call [[Bo]] 📅 2026-11-01",
		});
		expect(w.promises().length).toBe(2);
		expect(w.next()).toEqual([]);
	});
});
