/**
 * Random vaults and what a user does to them, for the model-based tests of the index
 * (test/core/index.prop.test.ts on NetworkIndex, test/obsidian/live-index.prop.test.ts on the plugin's
 * live index fed by vault events).
 */
import fc from "fast-check";
import {
	balances,
	coldReport,
	graphData,
	type IsoDate,
	type Network,
	nextTouchpoints,
	openPromises,
	peopleStates,
	reminders,
	rhythmDays,
	type Settings,
	suggestIntroductions,
} from "../../src/core";
import { TODAY } from "./helpers";

/** Every answer the index gives, for comparing a live index with one built from scratch. */
export function answers(n: Network, settings: Settings, today: IsoDate) {
	return {
		peopleStates: peopleStates(n, settings, today),
		rhythms: [...n.people.keys()].sort().map((p) => [p, rhythmDays(n, p, today)]),
		coldReport: coldReport(n, settings, today),
		openPromises: openPromises(n, today),
		allPromises: n.promises,
		nextTouchpoints: nextTouchpoints(n, settings, today, 100),
		graphData: graphData(n),
		problems: n.problems,
		touchpoints: [...n.touchpoints.entries()].sort(),
		upcoming: [...n.upcoming.entries()].sort(),
		suggestIntroductions: suggestIntroductions(n, 100, settings.personTags),
		balances: balances(n, settings),
		reminders: reminders(n, settings, today, 100),
	};
}

/** `Ann` is a folder and a note; `Templates` and `Archive` are never read; `People` and `Contacts` are people folders. */
export const FOLDERS = ["", "People", "People/Family", "Contacts", "Notes", "Daily", "Templates", "Archive", "Ann"];
export const NAMES = ["Ann", "ann", "Bo", "Bob", "Cy Lee", "Dee", "Robbie", "2026-11-20", "2026-11-24 Sync", "2026-12-02", "Ideas", "Mei 🌻", "A#B", "ΟΔΥΣΣΕΥΣ", "İpek"];
export const ALIASES = ["Bob", "Robbie", "Dee", "Cy", "Annie"];
export const LINKS = [
	"[[Ann]]", "[[ann]]", "[[Bo]]", "[[bo|Bobby]]", "[[Cy Lee#Log]]", "[[People/Dee]]", "[[Bob]]", "[[Robbie]]", "[[robbie|R]]", "[[Annie]]",
	"[[Cy]]", "[[Dee]]", "[[Contacts/Ann]]", "[[Ann/Ann]]", "[[../Ann]]", "[[Nobody]]", "[[Mei 🌻]]", "[[A#B]]", "[Ann](Ann.md)",
	"[Cy](People/Cy%20Lee.md)", "[x](A%23B.md)", "![[Dee]]", "[[2026-11-20]]",
	// Lower-casing that depends on context or changes length: a final Σ (ς on its own, σ before `.md`), İ.
	"[[ΟΔΥΣΣΕΥΣ.md]]", "[o](People/%CE%9F%CE%94%CE%A5%CE%A3%CE%A3%CE%95%CE%A5%CE%A3.md)", "[[οδυσσευς]]", "[[İpek]]", "[[i̇pek.MD]]",
];
export const PERSON_MARKS = ["type: person", "categories: [\"[[People]]\"]", "tags: [people/family]", "category: Contact", "type: organization"];
export const FIELDS = [
	"cadence: 2w", "cadence: never", "cadence: sometimes", "cadence: monthly", "circle: family", "circle: [friends, climbing]",
	"last_contact: 2026-10-01", "last_contact: 2026-13-45", "last_contact: \"[[2026-11-02]]\"", "snooze_until: 2026-12-01", "birthday: 11-28",
	"birthday: 1990-11-27", "needs: a flat in Lisbon", "offers: [flat hunting in Lisbon]", "interests: [climbing, printmaking]", "org: Acme",
	"date: 2026-11-18", "date: soon", "title: [broken", "met_through: \"[[{link}]]\"", "people: [\"[[{link}]]\", \"[[{link}]]\"]",
];
export const BODY = [
	"- 2026-11-0{d} coffee with {link} #gave",
	"- [[2026-10-1{d}]] call {link} #got",
	"- **2026-09-2{d}** met {link} and {link} #intro",
	"- 2026-12-1{d} dinner with {link}",
	"- 2026-02-30 a date that is not one",
	"- [ ] send {link} the slides 📅 2026-11-2{d}",
	"- [/] draft for {link} [due:: 2026-12-0{d}]",
	"- [x] return {link}'s book ✅ 2026-11-1{d}",
	"- [x] {link} sent the photos #waiting",
	"- [-] lunch with {link}",
	"- [ ] {link} replies #waiting (due:: 2026-11-3{d})",
	"- [ ] introduce {link} to {link} #intro",
	"- [ ] a task with no one 📅 2026-02-31",
	"Talked with {link} today.",
	"> quoted {link}",
	"```\n{link}\n```",
	"%% {link} %%",
	"`{link}`",
	"#person",
	"## Log",
	"plain text",
];

export const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
export const link = pick(LINKS);
export const fill = (template: string) =>
	fc.tuple(fc.array(link, { minLength: 3, maxLength: 3 }), fc.integer({ min: 1, max: 8 })).map(([ls, d]) => {
		let i = 0;
		return template.replace(/\{link\}/g, () => ls[i++ % 3] as string).replace(/\{d\}/g, String(d));
	});
export const fmLine = fc.oneof(
	pick(PERSON_MARKS),
	pick(FIELDS).chain(fill),
	fc.subarray(ALIASES, { maxLength: 2 }).map((a) => `aliases: [${a.join(", ")}]`),
);

/** A note: frontmatter or none, a few body lines, LF or CRLF, sometimes a byte order mark. */
export const noteText = fc
	.record({
		fm: fc.option(fc.array(fmLine, { maxLength: 4 }), { nil: null }),
		body: fc.array(pick(BODY).chain(fill), { maxLength: 5 }),
		crlf: fc.boolean(),
		bom: fc.boolean(),
	})
	.map(({ fm, body, crlf, bom }) => {
		const text = fm === null ? body.join("\n") : `---\n${fm.join("\n")}\n---\n${body.join("\n")}`;
		return (bom ? "\uFEFF" : "") + (crlf ? text.replace(/\n/g, "\r\n") : text);
	});

export const notePath = fc.tuple(pick(FOLDERS), pick(NAMES)).map(([folder, name]) => (folder === "" ? `${name}.md` : `${folder}/${name}.md`));

export type Step =
	| { op: "write"; path: string; text: string }
	| { op: "modify"; pick: number; text: string }
	| { op: "append"; pick: number; line: string }
	/** One line of the note replaced, or a line put in before it (the lines after it move down). */
	| { op: "editLine"; pick: number; at: number; line: string; insert: boolean }
	| { op: "rename"; pick: number; to: string }
	| { op: "renameFolder"; from: string; to: string; reversed: boolean }
	| { op: "delete"; pick: number }
	| { op: "deleteFolder"; folder: string }
	| { op: "day"; today: IsoDate };

export const nat = fc.nat({ max: 1000 });

/** The text a note has after a step that changes it in place (`text`: what it had). */
export function changedText(s: Extract<Step, { op: "modify" | "append" | "editLine" }>, text: string): string {
	if (s.op === "modify") return s.text;
	if (s.op === "append") return `${text}\n${s.line}`;
	const lines = text.split("\n");
	const at = s.at % (lines.length + (s.insert ? 1 : 0));
	lines.splice(at, s.insert ? 0 : 1, s.line);
	return lines.join("\n");
}
export const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 5, arbitrary: fc.record({ op: fc.constant("write" as const), path: notePath, text: noteText }) },
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("modify" as const), pick: nat, text: noteText }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("append" as const), pick: nat, line: fc.oneof(pick(BODY).chain(fill), fmLine) }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("editLine" as const), pick: nat, at: nat, line: fc.oneof(pick(BODY).chain(fill), fmLine), insert: fc.boolean() }) },
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("rename" as const), pick: nat, to: notePath }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("renameFolder" as const), from: pick(FOLDERS.filter((f) => f !== "")), to: pick([...FOLDERS.filter((f) => f !== ""), "Moved", "People/Moved", "Old People"]), reversed: fc.boolean() }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), pick: nat }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("deleteFolder" as const), folder: pick(FOLDERS.filter((f) => f !== "")) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("day" as const), today: pick<IsoDate>([TODAY, "2026-11-01", "2026-12-31", "2027-03-01"]) }) },
);

