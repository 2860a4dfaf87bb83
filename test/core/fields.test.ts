/** conventions.md §2: person fields (frontmatter). */
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, nextBirthday, parseDateValue, parseNote } from "../../src/core";
import { normalizeKey } from "../../src/core/frontmatter";
import { containing, matching, person, vault } from "./helpers";

const P = "People/Ann.md";
const ann = (fm: string, body = "") => vault({ [P]: person(fm, body) });

describe("keys match case-insensitively, and _ - space and camelCase are one key", () => {
	it.each(["last_contact", "last-contact", "lastContact", "last contact", "Last_Contact", "LAST CONTACT", "lastcontact"])(
		"%s",
		(key) => {
			expect(ann(`${key}: 2026-11-01`).person(P).lastContactField).toBe("2026-11-01");
		},
	);

	it("other spellings are other keys", () => {
		const v = ann("last.contact: 2026-11-01\nlastcontacted: 2026-11-02");
		expect(v.person(P).lastContactField).toBeNull();
		expect(v.person(P).extra).toEqual({ "last.contact": "2026-11-01", lastcontacted: "2026-11-02" });
	});

	it("normalizeKey", () => {
		expect(normalizeKey("Snooze Until")).toBe("snoozeuntil");
		expect(normalizeKey("met-through")).toBe("metthrough");
		expect(normalizeKey("Introduced_By")).toBe("introducedby");
	});

	it("CIRCLE, Cadence and Birthday in any case", () => {
		const p = ann("CIRCLE: Friends\nCadence: 2w\nBirthday: 03-04").person(P);
		expect(p.circles).toEqual(["friends"]);
		expect(p.cadence?.kind === "span" && p.cadence.span).toEqual({ weeks: 2 });
		expect(p.birthday).toEqual({ year: null, month: 3, day: 4 });
	});
});

describe("unknown keys are kept and shown, never dropped", () => {
	it("with the key as written", () => {
		const p = ann("favourite_tea: Sencha\nHometown: Lyon\nkids: [Ada, Max]").person(P);
		expect(p.extra).toEqual({ favourite_tea: "Sencha", Hometown: "Lyon", kids: ["Ada", "Max"] });
	});

	it("even keys that are names of Object's own properties", () => {
		const p = ann("constructor: Ada\nvalueOf: 3\nhasOwnProperty: yes").person(P);
		expect(p.extra).toEqual({ constructor: "Ada", valueOf: 3, hasOwnProperty: "yes" });
	});

	it("known keys are not in extra", () => {
		const p = ann("circle: family\nemail: a@b.c").person(P);
		expect(p.extra).toEqual({});
	});
});

describe("text-or-list fields", () => {
	it("circle as text or list, lower-cased", () => {
		expect(ann("circle: Friends").person(P).circles).toEqual(["friends"]);
		expect(ann("circle: [Family, Neighbors]").person(P).circles).toEqual(["family", "neighbors"]);
		expect(ann("circles:\n  - colleagues").person(P).circles).toEqual(["colleagues"]);
		expect(ann('circle: "[[Friends]]"').person(P).circles).toEqual(["friends"]);
	});

	it("needs, offers, interests and topics", () => {
		const p = ann('needs: a flat in Lyon\noffers: [French lessons, "[[Sourdough]]"]\ninterests: climbing\ntopics: [jazz]').person(P);
		expect(p.needs).toEqual(["a flat in Lyon"]);
		expect(p.offers).toEqual(["French lessons", "Sourdough"]);
		expect(p.interests).toEqual(["climbing", "jazz"]);
	});

	it("org (or company), role, email, phone as text, link or list", () => {
		const p = ann('company: "[[Orgs/Acme|Acme Inc]]"\nrole: CTO\nemail: [a@b.c, a@work.c]\nphone: "+33 1 23"').person(P);
		expect(p.org).toEqual(["Acme Inc"]);
		expect(p.role).toEqual(["CTO"]);
		expect(p.email).toEqual(["a@b.c", "a@work.c"]);
		expect(p.phone).toEqual(["+33 1 23"]);
		expect(ann("org: [[Acme]]").person(P).org).toEqual(["Acme"]);
	});

	it("empty values are no values", () => {
		const p = ann("needs:\noffers: []\ncircle: ''").person(P);
		expect(p.needs).toEqual([]);
		expect(p.offers).toEqual([]);
		expect(p.circles).toEqual([]);
	});
});

describe("dates", () => {
	it.each([
		["last_contact: 2026-11-20", "2026-11-20"],
		['last_contact: "2026-11-20"', "2026-11-20"],
		["last_contact: '2026-11-20'", "2026-11-20"],
		['last_contact: "[[2026-11-20]]"', "2026-11-20"],
		["last_contact: [[2026-11-20]]", "2026-11-20"],
		['last_contact: "[[Daily/2026-11-20|Friday]]"', "2026-11-20"],
		["last_contact: 2026-11-20T23:30:00", "2026-11-20"],
		["last_contact: 2026-11-20T23:30:00-08:00", "2026-11-20"],
		["last_contact: 2026-01-01", "2026-01-01"],
		["last_contact: 2024-02-29", "2024-02-29"],
	])("%s reads %s", (fm, date) => {
		const v = ann(fm);
		expect(v.person(P).lastContactField).toBe(date);
		expect(v.problems()).toEqual([]);
	});

	describe("never shift by a day, in any time zone", () => {
		const saved = process.env.TZ;
		afterEach(() => {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		});
		it.each([
			["Pacific/Kiritimati", -840],
			["Pacific/Pago_Pago", 660],
			["America/Los_Angeles", 480],
			["Asia/Kolkata", -330],
			["UTC", 0],
		])("%s", (tz, offset) => {
			process.env.TZ = tz;
			expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(offset); // the zone really changed
			const v = ann("last_contact: 2026-03-29\nsnooze_until: 2026-01-01\nbirthday: 1990-12-31\ncadence: 1m");
			expect(v.person(P).lastContactField).toBe("2026-03-29");
			expect(v.person(P).snoozeUntil).toBe("2026-01-01");
			expect(v.person(P).birthday).toEqual({ year: 1990, month: 12, day: 31 });
			expect(v.state(P, "2026-05-01").due).toBe("2026-04-29");
			expect(parseDateValue(new Date("2026-03-29T00:00:00Z"))).toEqual({ ok: true, date: "2026-03-29" });
		});
	});

	it.each([
		["last_contact: 2026-13-45", /last_contact "2026-13-45" is not a real calendar date/],
		["last_contact: 2026-02-29", /not a real calendar date/],
		["last_contact: '{{date}}'", /not a date/],
		["last_contact: {{date}}", /not a date/],
		["last_contact: soon", /"soon" is not a date/],
		["last_contact: 20261120", /not a date/],
		["last_contact: 2026-1-5", /not a date/],
	])("%s is reported with its line and otherwise ignored", (fm, message) => {
		const v = ann(`circle: friends\n${fm}`);
		expect(v.person(P).lastContactField).toBeNull();
		expect(v.person(P).circles).toEqual(["friends"]);
		expect(v.problems()).toMatchObject([{ path: P, line: 4, severity: "error", message: matching(message) }]);
	});

	it("snooze_until takes the same forms, and its problems", () => {
		expect(ann('snooze_until: "[[2026-12-24]]"').person(P).snoozeUntil).toBe("2026-12-24");
		const v = ann("snooze_until: later");
		expect(v.person(P).snoozeUntil).toBeNull();
		expect(v.problems()).toMatchObject([{ line: 3, message: containing("snooze_until") }]);
	});

	it("an empty date is no date and no problem", () => {
		const v = ann("last_contact:\nsnooze_until: ''");
		expect(v.person(P).lastContactField).toBeNull();
		expect(v.problems()).toEqual([]);
	});
});

describe("birthdays", () => {
	it.each([
		["birthday: 1990-05-17", { year: 1990, month: 5, day: 17 }],
		["birthday: '1990-05-17'", { year: 1990, month: 5, day: 17 }],
		["birthday: 05-17", { year: null, month: 5, day: 17 }],
		["birthday: --05-17", { year: null, month: 5, day: 17 }],
		['birthday: "--05-17"', { year: null, month: 5, day: 17 }],
		["birthday: 02-29", { year: null, month: 2, day: 29 }],
		["birthday: 2000-02-29", { year: 2000, month: 2, day: 29 }],
	])("%s", (fm, b) => {
		const v = ann(fm);
		expect(v.person(P).birthday).toEqual(b);
		expect(v.problems()).toEqual([]);
	});

	it.each(["birthday: 1990-02-29", "birthday: 02-30", "birthday: 13-01", "birthday: --00-10", "birthday: May 17", "birthday: 5-17"])(
		"%s is reported",
		(fm) => {
			const v = ann(fm);
			expect(v.person(P).birthday).toBeNull();
			expect(v.problems()).toMatchObject([{ path: P, line: 3, severity: "error", message: containing("birthday") }]);
		},
	);

	it("the next birthday is on or after today", () => {
		const b = { year: 1990, month: 5, day: 17 };
		expect(nextBirthday(b, "2026-05-16")).toBe("2026-05-17");
		expect(nextBirthday(b, "2026-05-17")).toBe("2026-05-17");
		expect(nextBirthday(b, "2026-05-18")).toBe("2027-05-17");
		expect(nextBirthday({ year: null, month: 1, day: 2 }, "2026-12-31")).toBe("2027-01-02");
	});

	it("Feb 29 falls on Feb 28 in other years, on Feb 29 in leap years", () => {
		const b = { year: null, month: 2, day: 29 };
		expect(nextBirthday(b, "2026-01-10")).toBe("2026-02-28");
		expect(nextBirthday(b, "2027-03-01")).toBe("2028-02-29");
		expect(nextBirthday(b, "2028-02-29")).toBe("2028-02-29");
		expect(nextBirthday(b, "2100-02-01")).toBe("2100-02-28");
	});

	it("a birthday within the horizon is a reason to be in touch", () => {
		const v = vault({ [P]: person("cadence: never\nbirthday: --11-28"), "People/Bo.md": person("birthday: 1990-11-25\nlast_contact: 2026-11-20") });
		// Paused people get no birthday reminder; others do, with their age when the year is known.
		expect(v.next().map((t) => [t.name, t.reasons.map((r) => r.kind)])).toEqual([["Bo", ["birthday"]]]);
		expect(v.next()[0]?.reasons[0]?.detail).toContain("turns 36");
		const far = vault({ [P]: person("birthday: 12-25\nlast_contact: 2026-11-20") });
		expect(far.next()).toEqual([]);
	});

	it("snoozed people get no birthday reminder until the snooze ends (no reminders before snooze_until)", () => {
		const v = vault({ [P]: person("birthday: 11-28\nlast_contact: 2026-11-20\nsnooze_until: 2026-12-01") });
		expect(v.next()).toEqual([]);
		expect(v.next("2026-11-28", 10)).toEqual([]);
		const w = vault({ [P]: person("birthday: 12-03\nlast_contact: 2026-11-20\nsnooze_until: 2026-12-01") });
		expect(w.next("2026-12-01").map((t) => t.reasons.map((r) => r.kind))).toEqual([["birthday"]]);
	});
});

describe("cadence", () => {
	it("a person's own cadence", () => {
		expect(ann("cadence: 2w\nlast_contact: 2026-11-01").state(P)).toMatchObject({ cadenceDays: 14, cadenceSource: "person", due: "2026-11-15" });
	});

	it("an unknown cadence is reported with its line and the circle's default applies", () => {
		const v = ann("circle: family\ncadence: sometimes\nlast_contact: 2026-11-01");
		expect(v.person(P).cadence).toBeNull();
		expect(v.state(P)).toMatchObject({ cadenceDays: 14, cadenceSource: "circle" });
		expect(v.problems()).toMatchObject([{ path: P, line: 4, severity: "warning", message: containing("sometimes") }]);
	});
});

describe("met_through and introduced_by", () => {
	it("a link or a list of links", () => {
		expect(ann('met_through: "[[Bo]]"').person(P).metThrough).toEqual(["Bo"]);
		expect(ann("met_through: [[Bo]]").person(P).metThrough).toEqual(["Bo"]);
		expect(ann('met_through:\n  - "[[Bo]]"\n  - "[[People/Cy|Cy]]"').person(P).metThrough).toEqual(["Bo", "People/Cy"]);
		expect(ann('introduced_by: "[[Bo]]"').person(P).metThrough).toEqual(["Bo"]);
		expect(ann('Met Through: "[[Bo]]"').person(P).metThrough).toEqual(["Bo"]);
	});
});

describe("the facts keep no text and parse every note", () => {
	it("parseNote on an empty note, a note with only frontmatter, a BOM and CRLF", () => {
		expect(parseNote("", DEFAULT_SETTINGS).problems).toEqual([]);
		expect(parseNote("---\n---\n", DEFAULT_SETTINGS).fields).toEqual({});
		expect(parseNote("\uFEFF---\r\ntype: person\r\n---\r\nhi", DEFAULT_SETTINGS).personMarked).toBe(true);
	});
});
