/**
 * The vCard import at scale: 5,000 cards (half of them people the vault already has, by name or email;
 * every tenth in vCard 2.1 with QUOTED-PRINTABLE) read, planned against the whole vault, and the text of
 * 5,000 new notes built. Times are medians of `repeats` runs; nothing here is asserted on time.
 */
import { type Network, type NetworkIndex, type Settings } from "../../src/core";
import { newNoteText, personNoteText, planImport, planInputFrom, readVcards } from "../../src/core/vcard";
import { rng } from "./generate";
import { median, round } from "./stats";

export interface VcardBench {
	cards: number;
	vaultNotes: number;
	vaultPeople: number;
	/** readVcards on the whole file (ical.js per line, 2.1 brought to 3.0). */
	readMs: number;
	/** planInputFrom (every person read as a contact) + planImport. */
	planMs: number;
	/** newNoteText for `texts` new notes. */
	textsMs: number;
	/** The same notes from a person template (fill + byte-keeping key merge). */
	templateTextsMs: number;
	texts: number;
	created: number;
	updated: number;
	unchanged: number;
	conflicts: number;
	problems: number;
}

function qp(s: string): string {
	return [...new TextEncoder().encode(s)].map((b) => (b > 0x7e || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(b))).join("");
}

/** A .vcf of `n` cards; `known` are names of people in the vault (half the cards are theirs). */
export function benchVcf(n: number, known: string[], seed: number): string {
	const r = rng(seed);
	const out: string[] = [];
	for (let i = 0; i < n; i++) {
		const existing = i % 2 === 0 && known.length > 0 ? known[Math.floor(r() * known.length)] : undefined;
		const name = existing ?? `Contact ${i} Müller`;
		const tel = `+49 171 ${String(1_000_000 + i)}`;
		if (i % 10 === 9) {
			out.push(`BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(name)};;;;\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(name)}\r\n` +
				`TEL;CELL;VOICE:${tel}\r\nEMAIL;PREF;INTERNET:c${i}@bench.example\r\nNOTE;ENCODING=QUOTED-PRINTABLE:Met at the fair in ${i % 97}=0D=0Asecond line of the note =\r\nthat wraps.\r\nEND:VCARD\r\n`);
			continue;
		}
		out.push(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nN:${name};;;;\r\nitem1.EMAIL;type=INTERNET:c${i}@bench.example\r\nitem1.X-ABLabel:_$!<Work>!$_\r\nTEL;type=CELL:${tel}\r\n` +
			`ORG:Company ${i % 300};\r\nTITLE:Role ${i % 40}\r\nBDAY:${1950 + (i % 50)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}\r\n` +
			`CATEGORIES:${["friends", "colleagues", "clients"][i % 3]}\r\nX-ABRELATEDNAMES:Contact ${i + 1} Müller\r\nUID:bench-${i}\r\nNOTE:A note about ${name}\\, with an escaped comma\\nand a second line.\r\nEND:VCARD\r\n`);
	}
	return out.join("");
}

export function runVcardBench(index: NetworkIndex, network: Network, settings: Settings, cards: number, seed: number, repeats = 3): VcardBench {
	const known = [...network.people.values()].map((p) => p.name);
	const vcf = benchVcf(cards, known, seed);
	const reads: number[] = [], plans: number[] = [], texts: number[] = [];
	let last: ReturnType<typeof planImport> = [];
	let read = readVcards(vcf);
	for (let i = 0; i < repeats; i++) {
		let t0 = performance.now();
		read = readVcards(vcf);
		reads.push(performance.now() - t0);
		t0 = performance.now();
		last = planImport(read.contacts, planInputFrom(index, network, settings));
		plans.push(performance.now() - t0);
	}
	// New notes for every card: planned against an empty vault, so each one is a `create`.
	const fresh = planImport(read.contacts, { people: [], paths: [], folder: "People", mark: { key: "type", value: "person" } });
	let chars = 0;
	for (let i = 0; i < repeats; i++) {
		const t0 = performance.now();
		for (const e of fresh) chars += newNoteText(e, { key: "type", value: "person" }).length;
		texts.push(performance.now() - t0);
	}
	const template = { path: "Templates/Person.md", text: "---\ntype: person\ncreated: {{date}} {{time}}\ntags: [people]\n---\n# {{title}}\n\n## Log\n", at: { now: "2026-03-14T09:30" } };
	const templated: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const t0 = performance.now();
		for (const e of fresh) chars += personNoteText(template, e.name, e, { key: "type", value: "person" }).text.length;
		templated.push(performance.now() - t0);
	}
	if (chars < 0) throw new Error("unreachable");
	const count = (a: string) => last.filter((e) => e.action === a).length;
	return {
		cards: read.cards, vaultNotes: index.size, vaultPeople: network.people.size,
		readMs: round(median(reads)), planMs: round(median(plans)), textsMs: round(median(texts)), templateTextsMs: round(median(templated)), texts: fresh.length,
		created: count("create"), updated: count("update"), unchanged: count("unchanged"),
		conflicts: last.reduce((n, e) => n + e.conflicts.length, 0), problems: read.problems.length,
	};
}
