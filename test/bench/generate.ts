/**
 * A deterministic synthetic vault for the benchmark: the same (notes, seed) always writes the same files.
 * About 10% people (with the conventions' fields in their many accepted forms), daily notes and meeting
 * notes that link them (in the body and in a frontmatter `people:` list), promises in both task formats,
 * frontmatter on some notes and none on others, unicode names (accents, CJK, emoji, right-to-left) and a
 * few notes of about 1 MB. The generator counts what it writes (its manifest) so tests can check the index
 * against it.
 *
 * The vault goes to os.tmpdir()/active-network-bench-<notes>-<seed> and is reused while its marker file
 * (`.bench-vault.json`, a dot-file the CLI never reads) says it was written with the same parameters.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { seededRandom } from "../../src/core/graph-metrics";

/** Bump when the generator's output changes, so old vaults on disk are written again. */
export const GENERATOR_VERSION = 4;
/** The benchmark's fixed `today`: every date in the vault is relative to it, never to the clock. */
export const BENCH_TODAY = "2026-11-25";
export const MARKER = ".bench-vault.json";

export interface VaultManifest {
	generatorVersion: number;
	notes: number;
	seed: number;
	/** Notes that are people by the conventions (frontmatter, tags, inline `#person`). */
	people: number;
	/** People marked only by an inline `#person` tag (no frontmatter). */
	peopleWithoutFrontmatter: number;
	/** People with an `aliases` entry (each alias unique in the vault). */
	withAliases: number;
	daily: number;
	meetings: number;
	orgs: number;
	other: number;
	huge: number;
	/** Notes with a frontmatter block. */
	withFrontmatter: number;
	/** Every task written (`- [ ]`, `- [x]`, `- [/]`, `- [-]`). */
	tasks: number;
	/** Tasks that are promises: in a person's note, or linking a person. */
	promises: number;
	/** Total size of the notes in bytes (UTF-8). */
	bytes: number;
	/** Vault paths of the ~1 MB notes. */
	hugePaths: string[];
}

export interface GeneratedVault {
	dir: string;
	manifest: VaultManifest;
	/** True when an existing vault with the same parameters was found and kept. */
	reused: boolean;
}

export interface GenerateOptions {
	notes: number;
	seed: number;
	/** Where to write; defaults to benchVaultDir(notes, seed). */
	dir?: string;
}

export function benchVaultDir(notes: number, seed: number): string {
	return join(tmpdir(), `active-network-bench-${notes}-${seed}`);
}

/** mulberry32 (the core's seeded generator): small, fast, and the same on every platform. */
export const rng = seededRandom;

// ---- word pools ----

const FIRST = [
	"Anna", "José", "Zoë", "François", "Łukasz", "Søren", "Ana Lúcia", "Mateus", "Chloé", "Björn", "Ngozi", "Aarav",
	"Priya", "Mei", "Hiroshi", "Yuki", "Olusegun", "Fatima", "Omar", "Noa", "Liam", "Emma", "Ravi", "Inês", "Dmitri",
	"Olga", "Sven", "Kofi", "Amara", "Jules", "Ólafur", "Renée", "Dvořák", "Małgorzata", "Thảo", "Steph", "Bob", "Carla",
];
const LAST = [
	"García", "Müller", "Ångström", "Nguyễn", "O'Brien", "Kowalski", "Okafor", "Dubois", "Rossi", "Silva", "Novak",
	"Haddad", "Cohen", "Schmidt", "Takahashi", "Kim", "Patel", "Andersson", "Fernández", "Ó Súilleabháin", "Lindqvist",
	"Mbeki", "Costa", "Ivanova", "Çelik", "Høeg", "Ward", "Ango", "Brontë", "Peña",
];
const CJK = ["王芳", "李伟", "张静", "佐藤 花子", "鈴木 一郎", "김민준", "이서연", "陳大文", "高橋 健", "刘洋", "박지훈", "山本 さくら"];
const RTL = ["ليلى حداد", "عمر الفاروق", "נועה כהן", "יונתן לוי", "مریم احمدی", "سارا رضایی", "אביגיל מזרחי", "يوسف منصور"];
const EMOJI = ["🌻", "🚀", "🎸", "🐙", "🌊", "☕", "🦊", "📚"];
const WORDS = (
	"the a of and to in we talked about her his their new job move house project idea plan book trip coffee lunch " +
	"call meeting notes review draft launch budget design garden recipe running music school kids weekend travel " +
	"café naïve über façade jalapeño smörgåsbord 東京 会議 프로젝트 مرحبا שלום 🙂 🎉 quarterly roadmap hiring research " +
	"podcast article conference workshop feedback interview offsite retro sprint deadline invoice contract health"
).split(" ");
const CIRCLES = ["family", "friends", "colleagues", "clients", "classmates", "neighbors", "peers", "mentors"];
const CADENCES = [
	"10d", "2w", "3m", "1y", "every 2 weeks", "weekly", "biweekly", "monthly", "quarterly", "yearly", "P3M", "P2W",
	"45", "30d", "6w", "never", "off",
];
const LAST_CONTACT_KEYS = ["last_contact", "last-contact", "lastContact", "last contact"];
const NEEDS = ["a new job", "an intro to a designer", "a flat in Lisbon", "beta testers", "a React mentor", "a good dentist", "funding advice"];
const OFFERS = ["tax advice", "photography", "intros to VCs", "Spanish lessons", "code review", "a spare room", "hiking routes"];
const TOPICS = ["Gardening", "Rust", "Jazz", "Climbing", "Urbanism", "Typography", "Fermentation", "Chess", "Sailing", "Ceramics"];
const ORG_WORDS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent"];

// ---- dates ----

const TODAY_MS = Date.parse(`${BENCH_TODAY}T00:00:00Z`);
const DAY_MS = 86_400_000;

/** The date `days` before BENCH_TODAY (negative: after). */
function daysAgo(days: number): string {
	return new Date(TODAY_MS - days * DAY_MS).toISOString().slice(0, 10);
}

interface PersonRef {
	name: string;
	path: string;
	/** Only people with frontmatter have one. */
	alias: string | null;
	/** Marked by an inline `#person` tag, with no frontmatter. */
	inlineTag: boolean;
}

/** Writes notes and counts them; one instance per generation. */
class Writer {
	readonly manifest: VaultManifest;
	readonly r: () => number;
	readonly people: PersonRef[] = [];
	readonly orgs: string[] = [];
	private readonly dirs = new Set<string>();

	constructor(
		readonly root: string,
		notes: number,
		seed: number,
	) {
		this.r = rng(seed);
		this.manifest = {
			generatorVersion: GENERATOR_VERSION, notes, seed, people: 0, peopleWithoutFrontmatter: 0, withAliases: 0, daily: 0,
			meetings: 0, orgs: 0, other: 0, huge: 0, withFrontmatter: 0, tasks: 0, promises: 0, bytes: 0, hugePaths: [],
		};
	}

	int(n: number): number {
		return Math.floor(this.r() * n);
	}

	chance(p: number): boolean {
		return this.r() < p;
	}

	pick<T>(list: readonly T[]): T {
		return list[this.int(list.length)] as T;
	}

	words(n: number): string {
		const out: string[] = [];
		for (let i = 0; i < n; i++) out.push(this.pick(WORDS));
		return out.join(" ");
	}

	paragraph(sentences: number): string {
		const out: string[] = [];
		for (let i = 0; i < sentences; i++) {
			const s = this.words(6 + this.int(12));
			out.push(`${s.charAt(0).toUpperCase()}${s.slice(1)}.`);
		}
		return out.join(" ");
	}

	/** A person, skewed so a few are seen often and many rarely (some go cold, some are never contacted). */
	somePerson(): PersonRef {
		const i = Math.floor(this.people.length * this.r() ** 2.2);
		return this.people[Math.min(i, this.people.length - 1)] as PersonRef;
	}

	/** A link to a person, in one of the ways people write it; every form resolves to that person. */
	personLink(p: PersonRef): string {
		const k = this.int(10);
		if (k === 0 && p.alias) return `[[${p.alias}]]`;
		if (k === 1) return `[[${p.path.slice(0, -3)}]]`;
		if (k === 2) return `[[${p.name}|${p.name.split(" ")[0] ?? p.name}]]`;
		if (k === 3) return `[[${p.name}#Log]]`;
		if (k === 4) return `[${p.name}](${encodeURI(p.path)})`;
		return `[[${p.name}]]`;
	}

	task(text: string, promise: boolean): string {
		this.manifest.tasks++;
		if (promise) this.manifest.promises++;
		const due = daysAgo(this.int(60) - 30);
		const k = this.int(10);
		if (k < 4) return `- [ ] ${text} 📅 ${due}`;
		if (k < 6) return `- [ ] ${text} [due:: ${due}]`;
		if (k === 6) return `- [ ] ${text} #waiting (due:: ${due})`;
		if (k === 7) return `- [/] ${text} 📅 ${due}`;
		if (k === 8) return `- [x] ${text} ✅ ${daysAgo(this.int(200))}`;
		return `- [-] ${text}`;
	}

	write(path: string, text: string, hasFrontmatter: boolean): void {
		const full = join(this.root, path);
		const dir = dirname(full);
		if (!this.dirs.has(dir)) {
			mkdirSync(dir, { recursive: true });
			this.dirs.add(dir);
		}
		writeFileSync(full, text);
		this.manifest.bytes += Buffer.byteLength(text);
		if (hasFrontmatter) this.manifest.withFrontmatter++;
	}
}

// ---- people ----

function personNames(w: Writer, count: number): PersonRef[] {
	const used = new Set<string>();
	const out: PersonRef[] = [];
	for (let i = 0; i < count; i++) {
		const k = w.int(100);
		let name: string;
		if (k < 10) name = w.pick(CJK);
		else if (k < 18) name = w.pick(RTL);
		else if (k < 23) name = `${w.pick(FIRST)} ${w.pick(EMOJI)} ${w.pick(LAST)}`;
		else if (k < 60) name = `${w.pick(FIRST)} ${w.pick(LAST)}`;
		else name = `${w.pick(FIRST)} ${String.fromCharCode(65 + w.int(26))}. ${w.pick(LAST)}`;
		let unique = name;
		for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${name} ${n}`;
		used.add(unique.toLowerCase());
		const folder = w.chance(0.2) ? `People/${w.pick(["Family", "Work", "Friends"])}` : "People";
		const inlineTag = w.chance(0.15);
		// Aliases are unique and match no note name, so a link to one resolves to its person.
		const alias = !inlineTag && w.chance(0.3) ? `${(unique.split(" ")[0] ?? "P").slice(0, 3)}-${i.toString(36)}` : null;
		out.push({ name: unique, path: `${folder}/${unique}.md`, alias, inlineTag });
	}
	return out;
}

function personNote(w: Writer, p: PersonRef, index: number): void {
	const fm: string[] = [];
	const mark = w.int(100);
	const circles = w.chance(0.3) ? [w.pick(CIRCLES), w.pick(CIRCLES)] : [w.pick(CIRCLES)];
	const inlineTag = p.inlineTag;
	if (inlineTag) {
		// marked in the body below
	} else if (mark < 45) fm.push("type: person");
	else if (mark < 65) fm.push("categories:", '  - "[[People]]"');
	else if (mark < 75) fm.push(`tags: [people/${circles[0] ?? "friends"}]`);
	else if (mark < 80) fm.push("tags:", "  - person");
	else if (mark < 90) fm.push("category: Contact");
	else fm.push('type: "[[Person]]"');

	if (!inlineTag) {
		if (p.alias) fm.push(w.chance(0.5) ? `aliases: [${p.alias}]` : `aliases:\n  - ${p.alias}`);
		if (w.chance(0.8)) fm.push(circles.length > 1 ? `circle: [${circles.join(", ")}]` : `circle: ${circles[0] ?? "friends"}`);
		if (w.chance(0.5)) fm.push(`cadence: ${w.pick(CADENCES)}`);
		// A few hand-written mistakes (an impossible date, a word): reported as problems, never fatal.
		if (w.chance(0.01)) fm.push("birthday: 2026-13-45");
		else if (w.chance(0.4)) {
			const d = daysAgo(365 * 20 + w.int(365 * 40));
			const b = w.int(4);
			fm.push(`birthday: ${b === 0 ? d : b === 1 ? d.slice(5) : b === 2 ? `"--${d.slice(5)}"` : `"${d}"`}`);
		}
		if (w.chance(0.01)) fm.push("last_contact: soon");
		else if (w.chance(0.35)) {
			const d = daysAgo(w.int(400));
			const v = w.int(3);
			fm.push(`${w.pick(LAST_CONTACT_KEYS)}: ${v === 0 ? d : v === 1 ? `"${d}"` : `"[[${d}]]"`}`);
		}
		if (index > 0 && w.chance(0.25)) {
			const a = w.people[w.int(index)] as PersonRef;
			if (w.chance(0.7)) fm.push(`${w.chance(0.8) ? "met_through" : "introduced_by"}: "[[${a.name}]]"`);
			else fm.push("met_through:", `  - "[[${a.name}]]"`, `  - "[[${(w.people[w.int(index)] as PersonRef).name}]]"`);
		}
		if (w.chance(0.3)) fm.push(w.chance(0.5) ? `needs: ${w.pick(NEEDS)}` : `needs:\n  - ${w.pick(NEEDS)}\n  - ${w.pick(NEEDS)}`);
		if (w.chance(0.3)) fm.push(`offers: [${w.pick(OFFERS)}]`);
		if (w.orgs.length > 0 && w.chance(0.4)) fm.push(`org: "[[${w.pick(w.orgs)}]]"`);
		if (w.chance(0.3)) fm.push(`email: person${index}@example.com`);
		if (w.chance(0.2)) fm.push(`interests: [${w.pick(TOPICS)}, ${w.pick(TOPICS)}]`);
		if (w.chance(0.03)) fm.push(`snooze_until: ${daysAgo(-w.int(60))}`);
		if (w.chance(0.1)) fm.push("pronouns: they/them");
	}

	const body: string[] = [];
	if (w.chance(0.5)) body.push(`# ${p.name}`, "");
	body.push(w.paragraph(1 + w.int(3)));
	if (inlineTag) body.push("", "Tags: #person");
	body.push("", "## Log");
	const logs = w.int(8);
	for (let i = 0; i < logs; i++) {
		const d = daysAgo(w.int(900));
		const k = w.int(5);
		if (k === 0) body.push(`- ${d} ${w.words(5)} #gave`);
		else if (k === 1) body.push(`- [[${d}]] call with ${w.personLink(w.somePerson())}, ${w.words(4)}`);
		else if (k === 2) body.push(`- **${d}** ${w.words(6)}`);
		else if (k === 3) body.push(`- ${d}: ${w.words(4)} #got`);
		else body.push(`- ${w.words(6)}`);
	}
	const tasks = w.int(4);
	for (let i = 0; i < tasks; i++) {
		if (w.chance(0.2)) {
			const a = w.somePerson();
			const b = w.somePerson();
			body.push(w.task(`intro ${w.personLink(a)} to ${w.personLink(b)} #intro`, true));
		} else body.push(w.task(w.words(5), true));
	}
	if (w.chance(0.2)) body.push("", "```", `[[${w.somePerson().name}]] inside code is not a link`, "```");
	const text = `${inlineTag ? "" : `---\n${fm.join("\n")}\n---\n`}${body.join("\n")}\n`;
	w.write(p.path, text, !inlineTag);
	w.manifest.people++;
	if (inlineTag) w.manifest.peopleWithoutFrontmatter++;
	else if (p.alias) w.manifest.withAliases++;
}

// ---- daily and meeting notes ----

/** Lines that link people: touchpoints, promises (linking a person), quotes, embeds, code. */
function peopleLines(w: Writer, n: number): string[] {
	const out: string[] = [];
	for (let i = 0; i < n; i++) {
		const p = w.somePerson();
		const k = w.int(12);
		if (k < 4) out.push(`- ${w.words(3)} with ${w.personLink(p)} ${w.words(3)}`);
		else if (k === 4) out.push(`- ${daysAgo(w.int(30))} ${w.words(3)} ${w.personLink(p)} and ${w.personLink(w.somePerson())}`);
		else if (k < 7) out.push(w.task(`${w.words(3)} ${w.personLink(p)} ${w.words(2)}`, true));
		else if (k === 7) out.push(`> ${w.personLink(p)} said: ${w.words(6)}`);
		else if (k === 8) out.push(`![[photo-${w.int(9999)}.png]] ${w.words(3)}`);
		else if (k === 9) out.push(`${w.paragraph(1)} ${w.personLink(p)} ${w.words(4)}.`);
		else if (k === 10) out.push(`- [[${p.name}]] and [[${w.somePerson().name}]] #intro ${w.words(3)}`);
		else out.push(w.task(w.words(4), false));
	}
	return out;
}

function dailyNote(w: Writer, daysBack: number): void {
	const date = daysAgo(daysBack);
	const path = `Daily/${date.slice(0, 4)}/${date}.md`;
	const hasFm = w.chance(0.25);
	const fm = hasFm ? `---\ntags: [daily]\nmood: ${w.pick(["🙂", "😐", "🙁", "great", "tired"])}\n---\n` : "";
	const body: string[] = [`# ${date}`, ""];
	if (w.chance(0.35)) {
		// Nothing that can matter: no link, no person tag (the core may skip such bodies).
		body.push(w.paragraph(2 + w.int(6)));
		const n = w.int(3);
		for (let i = 0; i < n; i++) body.push(w.task(w.words(4), false));
	} else {
		body.push("## Notes", w.paragraph(1 + w.int(3)), "");
		body.push(...peopleLines(w, 1 + w.int(6)));
		if (w.chance(0.1)) body.push("", "```js", `const who = "[[${w.somePerson().name}]]"; // not a link`, "```");
		if (w.chance(0.3)) body.push("", `Yesterday: [[${daysAgo(daysBack + 1)}]]`);
	}
	w.write(path, `${fm}${body.join("\n")}\n`, hasFm);
	w.manifest.daily++;
}

function meetingNote(w: Writer, i: number): void {
	// Mostly past, a few upcoming (shown as upcoming, never counted as contact).
	const date = daysAgo(w.chance(0.02) ? -w.int(30) - 1 : w.int(3650));
	const attendees: PersonRef[] = [];
	const n = 1 + w.int(4);
	for (let k = 0; k < n; k++) attendees.push(w.somePerson());
	const topic = `${w.pick(ORG_WORDS)} ${w.pick(["sync", "review", "1-1", "kickoff", "retro", "planning"])}`;
	const datedName = w.chance(0.7);
	const name = datedName ? `${date} ${topic} ${i}` : `${topic} ${i}`;
	const path = `Meetings/${date.slice(0, 4)}/${name}.md`;
	const hasFm = !datedName || w.chance(0.7);
	const fm: string[] = [];
	if (hasFm) {
		if (!datedName) fm.push(`date: ${date}`);
		fm.push("tags: [meeting]");
		if (w.chance(0.75)) fm.push("people:", ...attendees.map((p) => `  - "[[${p.name}]]"`));
		else fm.push(`people: [${attendees.map((p) => `"[[${p.name}]]"`).join(", ")}]`);
	}
	const body: string[] = [`# ${topic}`, ""];
	if (!hasFm || w.chance(0.3)) body.push(`Attendees: ${attendees.map((p) => w.personLink(p)).join(", ")}`, "");
	body.push("## Agenda", `- ${w.words(5)}`, `- ${w.words(4)}`, "", "## Notes", w.paragraph(2 + w.int(5)), "");
	body.push("## Actions");
	const actions = w.int(4);
	for (let k = 0; k < actions; k++) {
		const p = attendees[w.int(attendees.length)] as PersonRef;
		body.push(w.chance(0.8) ? w.task(`${w.words(3)} ${w.personLink(p)}`, true) : w.task(w.words(4), false));
	}
	w.write(path, `${hasFm ? `---\n${fm.join("\n")}\n---\n` : ""}${body.join("\n")}\n`, hasFm);
	w.manifest.meetings++;
}

// ---- orgs, other notes, huge notes ----

function orgNote(w: Writer, name: string): void {
	const staff: string[] = [];
	const n = w.int(4);
	for (let i = 0; i < n; i++) staff.push(`- ${w.personLink(w.somePerson())}, ${w.pick(["CTO", "designer", "founder", "sales"])}`);
	const text = `---\ntype: organization\nwebsite: https://${name.toLowerCase().replace(/\s+/g, "-")}.example\n---\n# ${name}\n\n${w.paragraph(2)}\n\n## People\n${staff.join("\n")}\n`;
	w.write(`Orgs/${name}.md`, text, true);
	w.manifest.orgs++;
}

function otherNote(w: Writer, i: number): void {
	const topic = w.pick(TOPICS);
	const path = `Notes/${topic}/${topic} ${i}.md`;
	const hasFm = w.chance(0.5);
	const fm = hasFm
		? `---\ntags: [${w.pick(["idea", "reading", "project", "reference"])}]\nstatus: ${w.pick(["draft", "done", "someday"])}\ncreated: ${daysAgo(w.int(3000))}\nsource: "https://example.com/${i}"\n---\n`
		: "";
	const body: string[] = [`# ${topic} ${i}`, ""];
	const paras = 2 + w.int(10);
	for (let k = 0; k < paras; k++) body.push(w.paragraph(2 + w.int(6)), "");
	if (w.chance(0.4)) {
		body.push(`See also [[${topic} ${w.int(i + 1)}]] and [the docs](https://example.com/docs).`);
		if (w.orgs.length > 0 && w.chance(0.3)) body.push(`Related: [[${w.pick(w.orgs)}]]`);
		if (w.chance(0.25)) body.push(`Ask ${w.personLink(w.somePerson())} about this.`);
	}
	if (w.chance(0.2)) body.push(`#${topic.toLowerCase()} #${w.pick(["idea", "todo", "research"])}`);
	w.write(path, `${fm}${body.join("\n")}\n`, hasFm);
	w.manifest.other++;
}

const HUGE_BYTES = 1_000_000;

function hugeNote(w: Writer, k: number): void {
	const lines: string[] = [];
	let size = 0;
	let path: string;
	if (k % 2 === 0) {
		// A journal archive: a long log of dated lines linking people (the scanner's worst case).
		path = `Archive/Journal archive ${k + 1}.md`;
		lines.push("---", "tags: [archive]", "---", "# Journal archive", "");
		while (size < HUGE_BYTES) {
			const line = w.chance(0.5)
				? `- ${daysAgo(400 + w.int(3000))} ${w.words(4)} with ${w.personLink(w.somePerson())}`
				: `${w.paragraph(1)}`;
			lines.push(line);
			size += Buffer.byteLength(line) + 1;
		}
	} else {
		// A clipped book: a megabyte of prose and no link.
		path = `Clippings/Clipped book ${k + 1}.md`;
		lines.push("# Clipped book", "");
		while (size < HUGE_BYTES) {
			const line = w.paragraph(5);
			lines.push(line, "");
			size += Buffer.byteLength(line) + 2;
		}
	}
	w.write(path, `${lines.join("\n")}\n`, k % 2 === 0);
	w.manifest.huge++;
	w.manifest.hugePaths.push(path);
}

/** How many notes of each kind a vault of `notes` notes has (they add up to `notes`). */
export function composition(notes: number): { people: number; orgs: number; daily: number; meetings: number; huge: number; fixed: number; other: number } {
	const fixed = 2; // Categories/People.md and Templates/Person.md
	const huge = notes >= 50_000 ? 5 : notes >= 10_000 ? 3 : notes >= 1000 ? 2 : 0;
	const people = Math.max(1, Math.round(notes * 0.1));
	const orgs = Math.max(1, Math.round(notes * 0.01));
	const daily = Math.min(Math.round(notes * 0.3), 7300);
	const meetings = Math.round(notes * 0.25);
	const other = notes - fixed - huge - people - orgs - daily - meetings;
	if (other < 0) throw new Error(`a vault needs at least ${notes - other} notes`);
	return { people, orgs, daily, meetings, huge, fixed, other };
}

function writeVault(root: string, notes: number, seed: number): VaultManifest {
	const w = new Writer(root, notes, seed);
	const c = composition(notes);
	mkdirSync(join(root, ".obsidian"), { recursive: true });
	writeFileSync(join(root, ".obsidian", "daily-notes.json"), JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD" }));
	writeFileSync(join(root, ".obsidian", "templates.json"), JSON.stringify({ folder: "Templates" }));
	// A template looks like a person but is never one; the category note people link to.
	w.write("Templates/Person.md", "---\ntype: person\ncircle: friends\nlast_contact: {{date}}\n---\n## Log\n- {{date}} \n", true);
	w.write("Categories/People.md", "---\ntags: [category]\n---\nEveryone, as a base: `type: person`.\n", true);
	w.manifest.other += 2;

	for (let i = 0; i < c.orgs; i++) w.orgs.push(`${w.pick(ORG_WORDS)} ${i + 1}${w.chance(0.3) ? " GmbH" : ""}`);
	w.people.push(...personNames(w, c.people));
	w.people.forEach((p, i) => personNote(w, p, i));
	for (const o of w.orgs) orgNote(w, o);
	for (let i = 0; i < c.daily; i++) dailyNote(w, i + 1);
	for (let i = 0; i < c.meetings; i++) meetingNote(w, i + 1);
	for (let i = 0; i < c.other; i++) otherNote(w, i + 1);
	for (let k = 0; k < c.huge; k++) hugeNote(w, k);
	const m = w.manifest;
	const written = m.people + m.orgs + m.daily + m.meetings + m.other + m.huge;
	if (written !== notes) throw new Error(`generator wrote ${written} notes, not ${notes}`);
	return m;
}

function readMarker(dir: string): VaultManifest | null {
	try {
		const m = JSON.parse(readFileSync(join(dir, MARKER), "utf8")) as Partial<VaultManifest>;
		return typeof m.notes === "number" && typeof m.people === "number" ? (m as VaultManifest) : null;
	} catch {
		return null;
	}
}

/**
 * Writes the vault, or reuses the one on disk when its marker matches (notes, seed, generator version).
 * A fresh vault is written to a sibling folder and renamed into place, so two runs at once never see a
 * half-written vault.
 */
export function generateVault(options: GenerateOptions): GeneratedVault {
	const { notes, seed } = options;
	if (!Number.isInteger(notes) || notes < 100) throw new Error(`--notes must be a whole number of at least 100, not ${notes}`);
	const dir = options.dir ?? benchVaultDir(notes, seed);
	const existing = readMarker(dir);
	if (existing && existing.notes === notes && existing.seed === seed && existing.generatorVersion === GENERATOR_VERSION) {
		return { dir, manifest: existing, reused: true };
	}
	const tmp = `${dir}.tmp-${process.pid}`;
	rmSync(tmp, { recursive: true, force: true });
	const manifest = writeVault(tmp, notes, seed);
	writeFileSync(join(tmp, MARKER), `${JSON.stringify(manifest, null, 2)}\n`);
	if (existsSync(dir)) {
		const other = readMarker(dir);
		if (other && other.notes === notes && other.seed === seed && other.generatorVersion === GENERATOR_VERSION) {
			// Another run finished first with the same vault: keep it.
			rmSync(tmp, { recursive: true, force: true });
			return { dir, manifest: other, reused: true };
		}
		rmSync(dir, { recursive: true, force: true });
	}
	try {
		renameSync(tmp, dir);
	} catch (e) {
		const other = readMarker(dir);
		rmSync(tmp, { recursive: true, force: true });
		if (other) return { dir, manifest: other, reused: true };
		throw e;
	}
	return { dir, manifest, reused: false };
}
