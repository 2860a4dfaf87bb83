/**
 * Introductions, the honest kind: how well you really know each person, the common threads between two
 * people, a drafted introduction, and the pairs worth introducing.
 */
import { days, daysBetween, type IsoDate } from "./dates";
import { basename } from "./links";
import { EDGE_KINDS, edgeEnds, edgeKey, type Network } from "./network";
import type { Person } from "./people";
import { plainText } from "./people";
import { isMarkerTag } from "./task-text";

export interface Acquaintance {
	path: string;
	name: string;
	lastContact: IsoDate | null;
	touchpoints: number;
	/** You have been in touch yourself (not only heard of them). */
	direct: boolean;
	/** Who introduced you, by name. */
	knownThrough: string[];
	/** The last touchpoint is more than a year ago (or there is none): say so when introducing. */
	stale: boolean;
	/** A plain sentence on how well you know them. */
	summary: string;
}

export type ThreadKind = "needs-offers" | "interest" | "org" | "circle" | "tag" | "mutual";

export interface Thread {
	kind: ThreadKind;
	detail: string;
}

export interface IntroReport {
	a: Acquaintance;
	b: Acquaintance;
	/** Are they already connected in your notes, and how. */
	connected: string[];
	threads: Thread[];
	draft: string;
}

/** Finds a person by path (with or without `.md`), name, alias or unique first name, case-insensitive. */
export function findPerson(network: Network, query: string): Person | null {
	const q = query.trim().replace(/^\[\[|\]\]$/g, "").toLowerCase();
	const stripped = q.endsWith(".md") ? q.slice(0, -3) : q;
	const people = [...network.people.values()];
	const exact =
		people.find((p) => p.path.toLowerCase() === q || p.path.toLowerCase() === `${stripped}.md`) ??
		people.find((p) => p.name.toLowerCase() === stripped) ??
		people.find((p) => p.aliases.some((a) => a.toLowerCase() === stripped));
	if (exact) return exact;
	// A first name is enough when only one person has it.
	const byFirst = people.filter((p) => p.name.toLowerCase().startsWith(`${stripped} `));
	return byFirst.length === 1 ? (byFirst[0] ?? null) : null;
}

function whenText(date: IsoDate, today: IsoDate): string {
	const n = daysBetween(date, today);
	if (n < 1) return "today";
	if (n < 45) return `${days(n)} ago`;
	if (n <= 365) return `${Math.round(n / 30.4)} months ago`;
	if (n < 365 * 2) return "over a year ago";
	return `${Math.floor(n / 365)} years ago`;
}

export function acquaintance(network: Network, person: Person, today: IsoDate): Acquaintance {
	const list = network.touchpoints.get(person.path) ?? [];
	const last = list[0]?.date ?? null;
	const knownThrough = person.metThrough.map((t) => basename(t));
	const stale = last === null || daysBetween(last, today) > 365;
	let summary: string;
	if (last === null) summary = knownThrough.length > 0 ? `You have no recorded contact with ${person.name}; you know them through ${knownThrough.join(", ")}.` : `You have no recorded contact with ${person.name}.`;
	else {
		summary = `Last in touch with ${person.name} ${last} (${whenText(last, today)}), ${list.length} touchpoint${list.length === 1 ? "" : "s"} in all.`;
		if (stale) summary += ` That is over a year ago: say so when you introduce them.`;
	}
	return { path: person.path, name: person.name, lastContact: last, touchpoints: list.length, direct: list.length > 0, knownThrough, stale, summary };
}

const STOP = new Set(
	"a an and or the of for to in on at by with from into about who what that this these those some any more most less very really just new good great help helps helping someone somebody people person their them they our your you my me i is are be been can could would will want wants looking look need needs offer offers small big large fast faster quick local thing things stuff way ways time times shop shops part full free open best better before after also other".split(" "),
);

/** Significant words of a phrase, crudely stemmed (`accountants` and `accountant` meet). */
export function keywords(text: string): Set<string> {
	const out = new Set<string>();
	for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
		if (raw.length < 3 || STOP.has(raw)) continue;
		let w = raw;
		for (const suffix of ["ing", "ers", "er", "es", "s", "y"]) {
			if (w.length > suffix.length + 3 && w.endsWith(suffix)) {
				w = w.slice(0, -suffix.length);
				break;
			}
		}
		out.add(w);
	}
	return out;
}

function overlap(a: readonly string[], b: readonly string[]): { from: string; to: string }[] {
	const hits: { from: string; to: string }[] = [];
	for (const x of a) {
		const kx = keywords(x);
		if (kx.size === 0) continue;
		for (const y of b) {
			const ky = keywords(y);
			if ([...kx].some((w) => ky.has(w))) hits.push({ from: x, to: y });
		}
	}
	return hits;
}

function sharedCaseless(a: readonly string[], b: readonly string[]): string[] {
	const lb = new Map(b.map((x) => [plainText(x).toLowerCase(), plainText(x)]));
	const out: string[] = [];
	for (const x of a) {
		const hit = lb.get(plainText(x).toLowerCase());
		if (hit !== undefined && !out.includes(hit)) out.push(hit);
	}
	return out;
}

const adjacencyCache = new WeakMap<Network, Map<string, Set<string>>>();

/** Each person's neighbours, computed once per derived network. */
export function adjacency(network: Network): Map<string, Set<string>> {
	let adj = adjacencyCache.get(network);
	if (adj) return adj;
	adj = new Map();
	const link = (x: string, y: string) => {
		const s = adj?.get(x);
		if (s) s.add(y);
		else adj?.set(x, new Set([y]));
	};
	for (const e of network.edges.values()) {
		link(e.source, e.target);
		link(e.target, e.source);
	}
	adjacencyCache.set(network, adj);
	return adj;
}

function neighbours(network: Network, path: string): Set<string> {
	return adjacency(network).get(path) ?? new Set();
}

/** The common threads between two people, strongest first. */
export function threadsBetween(network: Network, a: Person, b: Person, personTags: readonly string[] = []): Thread[] {
	const threads: Thread[] = [];
	for (const m of overlap(a.needs, b.offers)) threads.push({ kind: "needs-offers", detail: `${a.name} needs ${m.from}; ${b.name} offers ${m.to}` });
	for (const m of overlap(b.needs, a.offers)) threads.push({ kind: "needs-offers", detail: `${b.name} needs ${m.from}; ${a.name} offers ${m.to}` });
	for (const i of sharedCaseless(a.interests, b.interests)) threads.push({ kind: "interest", detail: `both interested in ${i}` });
	for (const o of sharedCaseless(a.org, b.org)) threads.push({ kind: "org", detail: `both at ${o}` });
	const nb = neighbours(network, b.path);
	const mutual = [...neighbours(network, a.path)].filter((p) => p !== b.path && nb.has(p));
	for (const m of mutual.sort()) threads.push({ kind: "mutual", detail: `both know ${network.people.get(m)?.name ?? basename(m)}` });
	for (const c of sharedCaseless(a.circles, b.circles)) threads.push({ kind: "circle", detail: `both in your ${c} circle` });
	const skip = new Set(personTags.map((t) => t.toLowerCase()));
	// The tags that mark a person, and the plugin's bookkeeping tags (#gave, #got...), say nothing in common.
	const tags = (p: Person) => p.tags.filter((t) => !isMarkerTag(t) && ![...skip].some((s) => t === s || t.startsWith(`${s}/`)));
	for (const t of sharedCaseless(tags(a), tags(b))) threads.push({ kind: "tag", detail: `both tagged #${t}` });
	return threads;
}

function describe(p: Person): string {
	const role = p.role[0];
	const org = p.org[0];
	if (role && org) return ` (${role}, ${org})`;
	if (role) return ` (${role})`;
	if (org) return ` (${org})`;
	return "";
}

function firstName(p: Person): string {
	return p.name.split(/\s+/)[0] || p.name;
}

/** A short email introducing two people, from the threads between them. */
export function draftIntroduction(a: Person, b: Person, ka: Acquaintance, kb: Acquaintance, threads: readonly Thread[]): string {
	const lines: string[] = [];
	const fa = firstName(a), fb = firstName(b);
	lines.push(`Subject: Introduction: ${a.name} <> ${b.name}`, "", `Hi ${fa} and ${fb},`, "");
	lines.push("I'd like to introduce you to each other.");
	lines.push(`${fa}, meet ${b.name}${describe(b)}.`);
	lines.push(`${fb}, meet ${a.name}${describe(a)}.`);
	const why = threads.filter((t) => t.kind !== "circle" && t.kind !== "tag").slice(0, 4);
	if (why.length > 0) {
		lines.push("", "Why I think you should talk:");
		for (const t of why) lines.push(`- ${t.detail.charAt(0).toUpperCase()}${t.detail.slice(1)}.`);
	}
	const honest: string[] = [];
	for (const k of [ka, kb]) {
		if (k.lastContact === null) honest.push(`${k.name.split(/\s+/)[0]}, we haven't actually been in touch ourselves${k.knownThrough.length > 0 ? ` (I know you through ${k.knownThrough.join(", ")})` : ""}, so I'm vouching lightly here.`);
		else if (k.stale) honest.push(`${k.name.split(/\s+/)[0]}, it has been a while since we last spoke (${k.lastContact}), so take my picture of things as a little out of date.`);
	}
	if (honest.length > 0) lines.push("", ...honest);
	lines.push("", "No pressure either way; I'll leave it to you two to take it from here.", "", "Best,");
	return lines.join("\n");
}

export function introduce(network: Network, a: Person, b: Person, today: IsoDate, personTags: readonly string[] = []): IntroReport {
	const ka = acquaintance(network, a, today);
	const kb = acquaintance(network, b, today);
	const threads = threadsBetween(network, a, b, personTags);
	const edge = network.edges.get(edgeKey(a.path, b.path));
	// In EDGE_KINDS order: the order of an edge's counts depends on how its marks came.
	const connected = edge ? EDGE_KINDS.filter((k) => (edge.counts[k] ?? 0) > 0) : [];
	return { a: ka, b: kb, connected, threads, draft: draftIntroduction(a, b, ka, kb, threads) };
}

export interface IntroSuggestion {
	a: string;
	b: string;
	score: number;
	reasons: Thread[];
}

const WEIGHT: Record<ThreadKind, number> = { "needs-offers": 5, interest: 2, org: 1, mutual: 1, circle: 0.5, tag: 0.5 };

/**
 * Pairs not yet connected whose needs and offers match or who share threads, best first. Candidates come
 * from shared keywords, interests, orgs and mutual connections (never every pair: that is quadratic).
 */
export function suggestIntroductions(network: Network, limit = 20, personTags: readonly string[] = []): IntroSuggestion[] {
	const people = [...network.people.values()].sort((x, y) => (x.path < y.path ? -1 : 1));
	const byNeed = new Map<string, Set<string>>();
	const byOffer = new Map<string, Set<string>>();
	const byInterest = new Map<string, Set<string>>();
	const add = (map: Map<string, Set<string>>, key: string, path: string) => {
		const s = map.get(key);
		if (s) s.add(path);
		else map.set(key, new Set([path]));
	};
	for (const p of people) {
		for (const n of p.needs) for (const w of keywords(n)) add(byNeed, w, p.path);
		for (const o of p.offers) for (const w of keywords(o)) add(byOffer, w, p.path);
		for (const i of [...p.interests, ...p.org]) add(byInterest, plainText(i).toLowerCase(), p.path);
	}
	const pairs = new Set<string>();
	const pair = (x: string, y: string) => {
		if (x !== y) pairs.add(edgeKey(x, y));
	};
	for (const [w, needers] of byNeed) for (const o of byOffer.get(w) ?? []) for (const n of needers) pair(n, o);
	for (const group of byInterest.values()) {
		const list = [...group];
		if (list.length > 50) continue; // a thread everyone shares says little
		for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pair(list[i] as string, list[j] as string);
	}
	for (const set of adjacency(network).values()) {
		if (set.size > 50) continue;
		const list = [...set];
		for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pair(list[i] as string, list[j] as string);
	}
	const out: IntroSuggestion[] = [];
	for (const key of pairs) {
		if (network.edges.has(key)) continue;
		const [x, y] = edgeEnds(key);
		const a = network.people.get(x), b = network.people.get(y);
		if (!a || !b) continue;
		const reasons = threadsBetween(network, a, b, personTags);
		const score = reasons.reduce((s, t) => s + WEIGHT[t.kind], 0);
		if (score >= 2) out.push({ a: x, b: y, score, reasons });
	}
	return out.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1)).slice(0, limit);
}
