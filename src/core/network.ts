/**
 * The derivation: from the facts of every note to people, their touchpoints, promises, introductions
 * and the edges between people. A pure function of the facts, the link resolver, the settings and today.
 */
import { dailyNoteParser, type IsoDate } from "./dates";
import { basename } from "./links";
import { type LocalProblem, type RawLink, withoutLeadingDate } from "./markdown";
import type { NoteFacts } from "./note";
import { isExcluded, isPersonNote, type PathRules, type Person, readPerson } from "./people";
import { compareProblems, type Problem } from "./problems";
import type { Settings, VaultContext } from "./settings";
import { compareTouchpoints, helpOf, type PromiseTask, type Touchpoint } from "./touchpoints";
import type { LinkResolver } from "./links";

export type EdgeKind = "link" | "together" | "met_through" | "intro";
export const EDGE_KINDS: readonly EdgeKind[] = ["link", "together", "met_through", "intro"];

export interface Edge {
	/** The smaller path. */
	source: string;
	target: string;
	/** How many times each kind was seen. */
	counts: Partial<Record<EdgeKind, number>>;
	weight: number;
}

export interface Network {
	people: Map<string, Person>;
	/** Touchpoints on or before the derivation's `today`, per person, latest first. */
	touchpoints: Map<string, Touchpoint[]>;
	/** Dated contact after `today`: shown as upcoming, never counted. */
	upcoming: Map<string, Touchpoint[]>;
	/** Every task that is a promise, any status, by file and line. */
	promises: PromiseTask[];
	edges: Map<string, Edge>;
	problems: Problem[];
}

const ISO_PREFIX = /^(\d{4}-\d{2}-\d{2})(?!\d)/;

/**
 * The date a note stands for: its name starting with a date in the daily-note format (or with YYYY-MM-DD),
 * alone or followed by more words (`20.11.2026 Standup`), or its `date:`.
 */
export function noteDateFinder(settings: Settings, context: VaultContext): (path: string, facts: NoteFacts) => IsoDate | null {
	const format = settings.dailyNoteFormat.trim() || context.dailyNoteFormat?.trim() || "YYYY-MM-DD";
	const parseDaily = dailyNoteParser(format);
	const iso = dailyNoteParser("YYYY-MM-DD");
	// A date in the format has as many spaces as the format: the words after them are the note's title.
	const words = format.split(" ").length;
	const dailyPrefix = (name: string): IsoDate | null => {
		const exact = parseDaily(name);
		if (exact !== null) return exact;
		const parts = name.split(" ");
		return parts.length > words ? parseDaily(parts.slice(0, words).join(" ")) : null;
	};
	return (path, facts) => {
		const name = basename(path);
		const prefix = ISO_PREFIX.exec(name);
		const fromName = (prefix?.[1] ? iso(prefix[1]) : null) ?? (format === "YYYY-MM-DD" ? null : dailyPrefix(name));
		return fromName ?? facts.date;
	};
}

function edgeKey(a: string, b: string): string {
	return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export interface DeriveInput {
	notes: ReadonlyMap<string, NoteFacts>;
	resolve: LinkResolver;
	settings: Settings;
	context: VaultContext;
	today: IsoDate;
}

export function derive({ notes, resolve, settings, context, today }: DeriveInput): Network {
	const rules: PathRules = {
		templateFolders: context.templateFolders,
		excludedFolders: settings.excludedFolders,
		peopleFolders: settings.peopleFolders,
	};
	const problems: Problem[] = [];
	const report = (path: string, list: readonly LocalProblem[]) => {
		for (const p of list) problems.push({ path, ...p });
	};
	const people = new Map<string, Person>();
	const paths = [...notes.keys()].sort();
	for (const path of paths) {
		const facts = notes.get(path) as NoteFacts;
		if (isExcluded(path, rules)) continue;
		report(path, facts.problems);
		if (!isPersonNote(path, facts, rules)) continue;
		const local: LocalProblem[] = [];
		people.set(path, readPerson(path, facts, local));
		report(path, local);
	}

	// Aliases: a link that matches no note resolves to the one person with that alias.
	const byAlias = new Map<string, string | null>();
	for (const p of people.values()) {
		for (const a of new Set(p.aliases.map((x) => x.toLowerCase()))) {
			byAlias.set(a, byAlias.has(a) && byAlias.get(a) !== p.path ? null : p.path);
		}
	}
	for (const [alias, owner] of byAlias) {
		if (owner !== null) continue;
		const owners = [...people.values()].filter((p) => p.aliases.some((a) => a.toLowerCase() === alias));
		for (const o of owners) {
			problems.push({
				path: o.path,
				line: null,
				severity: "warning",
				message: `alias "${alias}" is shared with ${owners.filter((x) => x !== o).map((x) => x.name).join(", ")}; links to it resolve to no one`,
			});
		}
	}
	const personOf = (target: string, source: string): string | null => {
		const hit = resolve(target, source);
		if (hit !== null) return people.has(hit) ? hit : null;
		return byAlias.get(target.toLowerCase()) ?? null;
	};

	const touchpoints = new Map<string, Touchpoint[]>();
	const upcoming = new Map<string, Touchpoint[]>();
	const addTouch = (person: string, t: Touchpoint) => {
		const map = t.date > today ? upcoming : touchpoints;
		const list = map.get(person);
		if (list) list.push(t);
		else map.set(person, [t]);
	};
	const edges = new Map<string, Edge>();
	const addEdge = (a: string, b: string, kind: EdgeKind) => {
		if (a === b) return;
		const key = edgeKey(a, b);
		let e = edges.get(key);
		if (!e) {
			e = { source: a < b ? a : b, target: a < b ? b : a, counts: {}, weight: 0 };
			edges.set(key, e);
		}
		e.counts[kind] = (e.counts[kind] ?? 0) + 1;
		e.weight++;
	};
	const addClique = (list: readonly string[], kind: EdgeKind) => {
		for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) addEdge(list[i] as string, list[j] as string, kind);
	};
	const promises: PromiseTask[] = [];
	const noteDate = noteDateFinder(settings, context);

	for (const path of paths) {
		if (isExcluded(path, rules)) continue;
		const facts = notes.get(path) as NoteFacts;
		const self = people.has(path) ? path : null;
		const linked = (l: RawLink) => (l.embed ? null : personOf(l.target, path));
		const resolved = facts.links.map(linked);
		const inItem = new Map<number, string[]>();
		facts.links.forEach((l, i) => {
			const p = resolved[i];
			if (p === null || p === undefined || l.item < 0) return;
			const list = inItem.get(l.item) ?? [];
			if (!list.includes(p)) list.push(p);
			inItem.set(l.item, list);
		});

		// A person's note links another person.
		if (self) {
			facts.links.forEach((l, i) => {
				const p = resolved[i];
				if (p && l.key !== "metthrough" && l.key !== "introducedby") addEdge(self, p, "link");
			});
			const person = people.get(self) as Person;
			// Each link of `met_through` or `introduced_by`, located on its own key's line.
			for (const l of facts.links) {
				if (l.key !== "metthrough" && l.key !== "introducedby") continue;
				const p = personOf(l.target, path);
				if (p) addEdge(self, p, "met_through");
				else problems.push({ path, line: l.line, severity: "warning", message: `${facts.keys[l.key] ?? "met_through"} "${l.target}" links to no person` });
			}
			if (person.lastContactField) {
				addTouch(self, { date: person.lastContactField, path, line: facts.keyLines.lastcontact ?? null, kind: "field", text: "last_contact", help: null });
			}
		}

		// List items: dated log lines and tasks.
		facts.items.forEach((item, idx) => {
			const withPeople = [...(self ? [self] : []), ...(inItem.get(idx) ?? []).filter((p) => p !== self)];
			const intro = item.tags.includes("intro");
			if (intro) {
				const introduced = inItem.get(idx) ?? [];
				if (introduced.length >= 2) addClique(introduced, "intro");
			}
			if (item.task) {
				if (withPeople.length === 0) return;
				const theirs = item.tags.includes("waiting");
				const t = item.task;
				promises.push({
					file: path, line: item.line, text: item.text, people: withPeople, due: t.due, done: t.done,
					direction: theirs ? "theirs" : "mine", status: t.status, mark: t.mark, intro,
				});
				// A quoted task is still a promise (the Tasks plugin reads tasks in quotes and callouts), but
				// links inside quotes are never contact.
				if (t.status === "done" && !item.inQuote) {
					const date = t.done ?? noteDate(path, facts);
					if (date) {
						const help = theirs ? "got" : "gave";
						for (const p of withPeople) addTouch(p, { date, path, line: item.line, kind: "task", text: item.text, help });
					}
				}
				return;
			}
			if (item.date && !item.inQuote) {
				for (const p of withPeople) addTouch(p, { date: item.date, path, line: item.line, kind: "log", text: withoutLeadingDate(item.text), help: helpOf(item.tags) });
				if (item.date <= today) addClique(withPeople, "together");
			}
		});

		// A dated note that links people: contact with each of them on that date.
		const date = noteDate(path, facts);
		if (date) {
			const met: string[] = [];
			facts.links.forEach((l, i) => {
				const p = resolved[i];
				if (!p || p === self || l.inQuote) return;
				const item = l.item >= 0 ? facts.items[l.item] : undefined;
				if (item?.task && item.task.status !== "done") return; // a plan is not contact
				if (item?.task || item?.date) return; // counted by its own rule, on its own date
				if (!met.includes(p)) met.push(p);
			});
			for (const p of met) addTouch(p, { date, path, line: null, kind: "note", text: basename(path), help: null });
			if (date <= today) addClique(met, "together");
		}
	}

	for (const list of touchpoints.values()) list.sort(compareTouchpoints);
	for (const list of upcoming.values()) list.sort(compareTouchpoints).reverse();
	problems.sort(compareProblems);
	return { people, touchpoints, upcoming, promises, edges, problems };
}
