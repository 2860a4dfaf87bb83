/**
 * Who is a person, and what their frontmatter says about them (conventions.md, sections 1 and 2).
 */
import { type Cadence, parseCadence } from "./cadence";
import { formatIso, type IsoDate, isRealDate, parseDateValue } from "./dates";
import { asList, valueText } from "./frontmatter";
import { basename } from "./links";
import type { LocalProblem } from "./markdown";
import type { NoteFacts } from "./note";

export interface Birthday {
	month: number;
	day: number;
	year: number | null;
}

export interface Person {
	path: string;
	name: string;
	aliases: string[];
	circles: string[];
	/** The person's own cadence, when valid. */
	cadence: Cadence | null;
	lastContactField: IsoDate | null;
	birthday: Birthday | null;
	/** Link paths of `met_through` / `introduced_by` (resolved later). */
	metThrough: string[];
	needs: string[];
	offers: string[];
	interests: string[];
	org: string[];
	role: string[];
	email: string[];
	phone: string[];
	snoozeUntil: IsoDate | null;
	tags: string[];
	/** Every other frontmatter key, as the user wrote it, with its value: shown, never dropped. */
	extra: Record<string, unknown>;
}

const KNOWN = new Set([
	"circle", "circles", "cadence", "lastcontact", "birthday", "metthrough", "introducedby", "needs", "offers",
	"interests", "topics", "org", "company", "role", "email", "phone", "snoozeuntil", "aliases", "alias",
	"tags", "tag", "type", "category", "categories",
]);

/**
 * Text of a value that may be a link: `[[Acme|Acme Inc]]` reads as `Acme Inc`, `[[Orgs/Acme]]` as `Acme`.
 * A scan with indexOf: the regex it replaces (`\[\[([^\]|]*?)(?:#[^\]|]*)?...\]\]`) backtracked
 * quadratically on a value full of `[[` or `#` with no `]]`.
 */
export function plainText(s: string): string {
	let out = "";
	let from = 0;
	let i = s.indexOf("[[");
	while (i >= 0) {
		// A link's text runs to the first `]`, which must be the first of `]]`.
		const close = s.indexOf("]", i + 2);
		if (close < 0) break;
		if (s[close + 1] !== "]") {
			i = s.indexOf("[[", close + 1);
			continue;
		}
		const inner = s.slice(i + 2, close);
		const bar = inner.indexOf("|");
		const head = bar < 0 ? inner : inner.slice(0, bar);
		const hash = head.indexOf("#");
		const target = hash < 0 ? head : head.slice(0, hash);
		out += s.slice(from, i) + (bar < 0 ? target.slice(target.lastIndexOf("/") + 1) : inner.slice(bar + 1));
		from = close + 2;
		i = s.indexOf("[[", from);
	}
	return (out + s.slice(from)).trim();
}

function texts(value: unknown): string[] {
	return asList(value).map(plainText).filter((s) => s !== "");
}

function parseBirthday(value: unknown): Birthday | null | "invalid" {
	if (value === null || value === undefined || value === "") return null;
	const full = parseDateValue(value);
	if (full.ok) {
		const [y, m, d] = full.date.split("-").map(Number);
		return { year: y ?? null, month: m ?? 0, day: d ?? 0 };
	}
	const s = typeof value === "string" ? value.trim() : "";
	const md = /^(?:--)?(\d{2})-(\d{2})$/.exec(s);
	if (md) {
		const month = Number(md[1]), day = Number(md[2]);
		return isRealDate(2000, month, day) ? { year: null, month, day } : "invalid";
	}
	return "invalid";
}

function field(facts: NoteFacts, ...keys: string[]): unknown {
	for (const k of keys) {
		const v = facts.fields[k];
		if (v !== undefined && v !== null && v !== "") return v;
	}
	return undefined;
}

function lineOf(facts: NoteFacts, key: string): number | null {
	return facts.keyLines[key] ?? null;
}

/** Reads a person's fields. Problems (bad dates, unknown cadence words) are reported and the field ignored. */
export function readPerson(path: string, facts: NoteFacts, problems: LocalProblem[]): Person {
	const date = (key: string, label: string): IsoDate | null => {
		const v = field(facts, key);
		if (v === undefined) return null;
		const d = parseDateValue(v);
		if (d.ok) return d.date;
		problems.push({ line: lineOf(facts, key), severity: "error", message: `${label} ${d.reason}` });
		return null;
	};
	let cadence: Cadence | null = null;
	const rawCadence = field(facts, "cadence");
	if (rawCadence !== undefined) {
		cadence = parseCadence(rawCadence);
		if (!cadence) {
			problems.push({
				line: lineOf(facts, "cadence"),
				severity: "warning",
				message: `unknown cadence ${valueText(rawCadence, true)} (use 10d, 2w, 3m, 1y, weekly, monthly, P3M, never...); the circle's default applies`,
			});
		}
	}
	let birthday: Birthday | null = null;
	const b = parseBirthday(field(facts, "birthday"));
	if (b === "invalid") {
		problems.push({ line: lineOf(facts, "birthday"), severity: "error", message: `birthday "${valueText(facts.fields.birthday)}" is not a date (YYYY-MM-DD, MM-DD or --MM-DD)` });
	} else birthday = b;

	const name = basename(path);
	if (/[#|[\]]/.test(name)) {
		problems.push({
			line: null,
			severity: "warning",
			message: `the name "${name}" holds # | [ or ], so a wiki-link [[${name}]] cannot reach it (# starts a heading, | the shown text); a Markdown link can, or rename the note`,
		});
	}

	const extra = Object.create(null) as Record<string, unknown>;
	for (const k of Object.keys(facts.fields)) {
		if (!KNOWN.has(k)) extra[facts.keys[k] ?? k] = facts.fields[k];
	}
	const metThrough: string[] = [];
	for (const l of facts.links) if (l.key === "metthrough" || l.key === "introducedby") metThrough.push(l.target);
	return {
		path,
		name,
		aliases: texts(field(facts, "aliases", "alias")),
		circles: texts(field(facts, "circle", "circles")).map((c) => c.toLowerCase()),
		cadence,
		lastContactField: date("lastcontact", "last_contact"),
		birthday,
		metThrough,
		needs: texts(field(facts, "needs")),
		offers: texts(field(facts, "offers")),
		interests: [...texts(field(facts, "interests")), ...texts(field(facts, "topics"))],
		org: texts(field(facts, "org", "company")),
		role: texts(field(facts, "role")),
		email: texts(field(facts, "email")),
		phone: texts(field(facts, "phone")),
		snoozeUntil: date("snoozeuntil", "snooze_until"),
		tags: facts.tags,
		extra,
	};
}

/** The next birthday on or after `today` (Feb 29 falls on Feb 28 in other years). */
export function nextBirthday(b: Birthday, today: IsoDate): IsoDate {
	const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
	const on = (y: number): IsoDate => {
		const day = b.month === 2 && b.day === 29 && !isRealDate(y, 2, 29) ? 28 : b.day;
		return formatIso(y, b.month, day);
	};
	const thisYear = on(ty);
	return b.month > tm || (b.month === tm && Number(thisYear.slice(8)) >= td) ? thisYear : on(ty + 1);
}
