/** Reading .vcf files in each vendor's style, and bad input that must not stop the other cards. */
import { describe, expect, it } from "vitest";
import { readVcards } from "../../../src/core/vcard";
import { ANDROID, APPLE, FASTMAIL, GOOGLE, OUTLOOK } from "./cards";

const one = (text: string) => {
	const r = readVcards(text);
	expect(r.problems).toEqual([]);
	return r.contacts;
};

describe("vendors", () => {
	it("Apple iCloud 3.0: item groups, X-ABRELATEDNAMES, the 1604 birthday, escapes, a photo skipped", () => {
		const [asa, bo] = one(APPLE);
		expect(asa).toMatchObject({
			name: "Åsa Lindqvist", aliases: ["Åsi"], org: ["Nordlys AB"], role: ["Lead designer"],
			email: ["asa@nordlys.example", "asa.l@post.example"], phone: ["+46 70 123 45 67"], birthday: "--03-14",
			related: ["Bo Lindqvist"], circle: ["friends"], uid: "6B29FC40-CA47-1067-B31D-00DD010662DA",
			address: ["Storgatan 1, Malmö, 211 22, Sweden"], url: ["https://nordlys.example/asa"],
			note: "Met at the design fair, Malmö; likes cardamom buns\nAsk about the studio move",
		});
		expect(bo).toMatchObject({ name: "Bo Lindqvist", birthday: "1979-11-02", related: ["Åsa Lindqvist"] });
	});

	it("Google 3.0: a folded note, escaped comma, myContacts is no circle", () => {
		const [dan] = one(GOOGLE);
		expect(dan).toMatchObject({
			name: "Daniel O'Brien", aliases: ["Dan"], email: ["dan.obrien@mail.example", "daniel@harbor.example"], phone: ["0171 5551234"],
			role: ["Ops, logistics"], birthday: "1988-07-09", circle: ["Colleagues"],
		});
		expect(dan?.note).toBe("Coffee every few months. Knows everyone in the shipping business and is happy to make introductions when asked.");
	});

	it("Outlook 2.1: QUOTED-PRINTABLE with soft line breaks, CHARSET UTF-8 and ISO-8859-1, bare parameters", () => {
		const [j] = one(OUTLOOK);
		expect(j).toMatchObject({
			name: "Jürgen Müller", org: ["Stadtwerke Köln"], role: ["Projektleiter"], phone: ["+49 221 1234567", "0171 9876543"],
			email: ["juergen.mueller@stadtwerke.example"], address: ["Hauptstraße 5, Köln, 50667, Deutschland"], birthday: "1980-02-29",
			note: "Erstes Treffen auf der Messe.\nZweite Zeile, die sehr lang ist und umbrochen wird.",
		});
	});

	it("Android 2.1: UTF-8 names in QUOTED-PRINTABLE, a base64 photo with its blank line", () => {
		const [h] = one(ANDROID);
		expect(h).toMatchObject({ name: "田中花子", phone: ["+81-90-1234-5678"], email: ["hanako@example.jp"] });
	});

	it("Fastmail 4.0: RELATED as text and as urn:uuid, a year-less BDAY, a tel: URI", () => {
		const [n] = one(FASTMAIL);
		expect(n).toMatchObject({
			name: "Noor Haddad", uid: "urn:uuid:0d2a6b1e-3c4f-4a5b-9c8d-7e6f5a4b3c2d", phone: ["+44-20-7946-0958"], birthday: "--05-21",
			related: ["Daniel O'Brien"], relatedUids: ["6B29FC40-CA47-1067-B31D-00DD010662DA"], circle: ["clients", "design"], url: ["https://noor.example"],
		});
	});

	it("a card given as bytes reads the same as its text; a UTF-16 file with a BOM too", () => {
		const bytes = new TextEncoder().encode(APPLE);
		expect(readVcards(bytes)).toEqual(readVcards(APPLE));
		const u16 = new Uint8Array(2 + APPLE.length * 2);
		u16[0] = 0xff;
		u16[1] = 0xfe;
		for (let i = 0; i < APPLE.length; i++) {
			u16[2 + i * 2] = APPLE.charCodeAt(i) & 0xff;
			u16[3 + i * 2] = APPLE.charCodeAt(i) >> 8;
		}
		expect(readVcards(u16).contacts).toEqual(readVcards(APPLE).contacts);
	});

	it("a 2.1 value in ISO-8859-1 bytes without QUOTED-PRINTABLE is read in its charset", () => {
		const head = new TextEncoder().encode("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-8859-1:Ren");
		const tail = new TextEncoder().encode(" Gar\r\nEND:VCARD\r\n");
		const bytes = new Uint8Array([...head, 0xe9, ...tail]);
		expect(readVcards(bytes).contacts[0]?.name).toBe("René Gar");
	});
});

describe("bad input: a problem with its card and line, every other card still read", () => {
	const good = (n: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${n}\r\nEND:VCARD\r\n`;

	it("a card with no END:VCARD ends where the next begins", () => {
		const text = `${good("A")}BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Open\r\n${good("C")}`;
		const r = readVcards(text);
		expect(r.contacts.map((c) => c.name)).toEqual(["A", "Open", "C"]);
		expect(r.problems.map((p) => [p.card, p.line])).toEqual([[2, 5]]);
		expect(r.problems[0]?.message).toContain("no END:VCARD");
	});

	it("a bad BDAY in 3.0 and in 4.0 is left out, the card kept", () => {
		const text = `${good("A")}BEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\nBDAY:not a date\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:C\r\nBDAY:1980-13-45\r\nEND:VCARD\r\n`;
		const r = readVcards(text);
		expect(r.contacts.map((c) => [c.name, c.birthday])).toEqual([["A", null], ["B", null], ["C", null]]);
		expect(r.problems.map((p) => [p.card, p.line])).toEqual([[2, 8], [3, 13]]);
	});

	it("binary junk inside a card and between cards", () => {
		const junk = String.fromCharCode(...Array.from({ length: 300 }, (_, i) => (i * 37) % 256).filter((c) => c !== 10 && c !== 13 && c !== 58));
		const text = `${good("A")}${junk}\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\n${junk}\r\n${junk}\r\nEMAIL:b@x.example\r\nEND:VCARD\r\n${good("C")}`;
		const r = readVcards(text);
		expect(r.contacts.map((c) => c.name)).toEqual(["A", "B", "C"]);
		expect(r.contacts[1]?.email).toEqual(["b@x.example"]);
		expect(r.problems.map((p) => [p.card, p.line])).toEqual([[null, 5], [2, 9]]);
		expect(r.problems[0]?.message).toContain("outside any BEGIN:VCARD");
		expect(r.problems[1]?.message).toContain("2 lines");
	});

	it("a 5 MB photo is skipped and the card read", () => {
		const b64 = "QUJD".repeat(5 * 1024 * 1024 / 4);
		const folded = b64.match(/.{1,74}/g)?.join("\r\n ") ?? "";
		const text = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:${folded}\r\nEMAIL:big@x.example\r\nEND:VCARD\r\n${good("After")}`;
		const r = readVcards(text);
		expect(r.problems).toEqual([]);
		expect(r.contacts.map((c) => [c.name, c.email])).toEqual([["Big Photo", ["big@x.example"]], ["After", []]]);
	});

	it("a card without FN or N is left out with a problem; an unknown charset is read as UTF-8", () => {
		const text = `BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:x@y.example\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=KLINGON:Worf\r\nEND:VCARD\r\n`;
		const r = readVcards(text);
		expect(r.contacts.map((c) => c.name)).toEqual(["Worf"]);
		expect(r.problems.map((p) => [p.card, p.line])).toEqual([[1, 1], [2, 7]]);
	});

	it("N as Given Family when there is no FN; an empty file says so", () => {
		expect(readVcards("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Nina;;;\r\nEND:VCARD\r\n").contacts[0]?.name).toBe("Nina Okafor");
		const empty = readVcards("").problems;
		expect(empty.map((p) => [p.card, p.line])).toEqual([[null, null]]);
		expect(empty[0]?.message).toContain("no BEGIN:VCARD");
	});
});
