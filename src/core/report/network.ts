/** `graph`, `intro` and `suggest-intros`: the people network and who should meet whom. */
import { toCanvas, toDot, toGraphML } from "../export";
import { graphData } from "../graph";
import { findPerson, introduce, suggestIntroductions } from "../intro";
import { nameOf, plural, type Report, type ReportInput } from "./report";
import { table } from "./table";

export const GRAPH_FORMATS = ["json", "dot", "graphml", "canvas"] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** The graph as JSON (the default with --json), DOT, GraphML or an Obsidian canvas; or a table as text. */
export function graphReport(q: ReportInput, format: GraphFormat | null): Report {
	const g = graphData(q.network);
	const json = { nodes: g.nodes, edges: g.edges.map((e) => ({ source: e.source, target: e.target, kinds: e.kinds, weight: e.weight })) };
	const text = () => {
		if (format === "dot") return chomp(toDot(g));
		if (format === "graphml") return chomp(toGraphML(g));
		if (format === "canvas") return JSON.stringify(toCanvas(g), null, "\t");
		if (format === "json") return JSON.stringify(json, null, 2);
		const head = `${plural(g.nodes.length, "person", "people")}, ${plural(g.edges.length, "connection")}`;
		if (g.edges.length === 0) return head;
		return `${head}\n\n${table([{ title: "Person" }, { title: "Person" }, { title: "How", flex: true }, { title: "Weight" }],
			g.edges.map((e) => [nameOf(q.network, e.source), nameOf(q.network, e.target), e.kinds.map((k) => KIND_WORDS[k] ?? k).join(", "), String(e.weight)]), q)}`;
	};
	return { json, text };
}

/** The text without its final line break (the printer adds one). */
function chomp(s: string): string {
	return s.endsWith("\n") ? s.slice(0, -1) : s;
}

const KIND_WORDS: Record<string, string> = { link: "linked", together: "met together", met_through: "met through", intro: "introduced" };

/** `intro A B`: how well you know each, their common threads, a draft; or why not (no such person). */
export function introReport(q: ReportInput, qa: string, qb: string): Report | { error: string } {
	const a = findPerson(q.network, qa), b = findPerson(q.network, qb);
	if (!a || !b) return { error: `no person "${!a ? qa : qb}" in the vault (use a name, an alias or a path)` };
	if (a.path === b.path) return { error: `"${qa}" and "${qb}" are the same person` };
	const r = introduce(q.network, a, b, q.today, q.settings.personTags);
	const who = (k: typeof r.a) => ({ path: k.path, name: k.name, lastContact: k.lastContact, touchpoints: k.touchpoints, direct: k.direct, knownThrough: k.knownThrough, stale: k.stale, summary: k.summary });
	const json = { a: who(r.a), b: who(r.b), connected: r.connected, threads: r.threads, draft: r.draft };
	const text = () => [
		r.a.summary,
		r.b.summary,
		r.connected.length > 0 ? `Already connected in your notes (${r.connected.map((k) => KIND_WORDS[k] ?? k).join(", ")}).` : "Not yet connected in your notes.",
		"",
		r.threads.length === 0 ? "No common threads found." : `${q.style.strong("Common threads:")}\n${r.threads.map((t) => `  - ${t.detail}`).join("\n")}`,
		"",
		q.style.strong("Draft:"),
		"",
		r.draft,
	].join("\n");
	return { json, text };
}

export const DEFAULT_SUGGESTIONS = 10;

export function suggestIntrosReport(q: ReportInput): Report {
	const limit = q.limit ?? DEFAULT_SUGGESTIONS;
	// One more than shown, to say whether there are more.
	const all = suggestIntroductions(q.network, limit + 1, q.settings.personTags);
	const list = all.slice(0, limit);
	const json = list.map((s) => ({ a: s.a, b: s.b, aName: nameOf(q.network, s.a), bName: nameOf(q.network, s.b), score: s.score, reasons: s.reasons }));
	const text = () =>
		list.length === 0 ? "No introductions to suggest yet: add needs, offers and interests to people." :
			list.map((s, i) => [q.style.strong(`${i + 1}. ${nameOf(q.network, s.a)} and ${nameOf(q.network, s.b)}`), ...s.reasons.map((r) => `   - ${r.detail}`)].join("\n")).join("\n\n") +
			(all.length > list.length ? "\n… and more (raise --limit to see them)" : "");
	return { json, text };
}
