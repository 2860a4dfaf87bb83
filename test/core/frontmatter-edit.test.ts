/** Setting and removing one frontmatter key (src/core/frontmatter-edit.ts): the forms kept, each refusal. */
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { removeFrontmatterKey, setFrontmatterKey, yamlScalar } from "../../src/core/frontmatter-edit";

const ok = (r: { ok: boolean; text?: string; reason?: string }): string => {
	expect(r).toMatchObject({ ok: true });
	return r.text ?? "";
};

describe("setFrontmatterKey", () => {
	it("replaces the key's line, matched as the conventions say, keeping its spelling, comments and order", () => {
		const text = "---\ntype: person\n# how we met\nlastContact: 2026-01-01 # old\ntags:\n  - a\n---\nbody\n";
		for (const key of ["last_contact", "last-contact", "lastContact", "last contact", "LAST_CONTACT"]) {
			expect(ok(setFrontmatterKey(text, key, "2026-11-20"))).toBe("---\ntype: person\n# how we met\nlastContact: 2026-11-20\ntags:\n  - a\n---\nbody\n");
		}
	});

	it("adds a missing key last, with the file's line breaks", () => {
		expect(ok(setFrontmatterKey("---\r\ntype: person\r\n---\r\nbody", "last_contact", "2026-11-20"))).toBe("---\r\ntype: person\r\nlast_contact: 2026-11-20\r\n---\r\nbody");
		expect(ok(setFrontmatterKey("---\n---\nx", "met", true))).toBe("---\nmet: true\n---\nx");
	});

	it("creates the frontmatter when there is none, after a byte order mark", () => {
		expect(ok(setFrontmatterKey("\uFEFFbody\r\nmore", "phone", "0123 456"))).toBe('\uFEFF---\r\nphone: "0123 456"\r\n---\r\nbody\r\nmore');
		expect(ok(setFrontmatterKey("", "circle", ["friends", "family"]))).toBe("---\ncircle: [friends, family]\n---\n");
	});

	it("a block list stays a block list with its indentation; other lists become flow lists", () => {
		expect(ok(setFrontmatterKey("---\r\ntags:\r\n  - a\r\n---\r\n", "tags", ["x", "0123"]))).toBe('---\r\ntags:\r\n  - x\r\n  - "0123"\r\n---\r\n');
		expect(ok(setFrontmatterKey("---\ntags:\n- a\nb: 1\n---\n", "tags", ["x"]))).toBe("---\ntags:\n- x\nb: 1\n---\n");
		expect(ok(setFrontmatterKey("---\ntags: [a]\n---\n", "tags", ["x", "[[Maya]]"]))).toBe('---\ntags: [x, "[[Maya]]"]\n---\n');
	});

	it("writes safe scalars: dates plain, number-like text and YAML words quoted", () => {
		expect(yamlScalar("2026-11-20")).toBe("2026-11-20");
		expect(yamlScalar("Maya Lee")).toBe("Maya Lee");
		for (const s of ["0123", "+49 30 1234", "1e3", "12:30", "yes", "No", "null", "~", "", " pad", "a: b", "a #b", "[[Maya]]", "-x", "line\nbreak", "'q'", '"q"']) {
			expect(yamlScalar(s)).toBe(JSON.stringify(s));
		}
		expect(yamlScalar(42)).toBe("42");
		expect(yamlScalar(false)).toBe("false");
	});

	it("writes a cadence plain (`2w`, `3 months`), and reads back the same string with js-yaml", () => {
		for (const s of ["2w", "10d", "3 months", "1 year", "6W"]) {
			expect(yamlScalar(s)).toBe(s);
			expect(load(`k: ${yamlScalar(s)}`)).toEqual({ k: s });
		}
		// Number notations and odd spacing stay quoted.
		for (const s of ["1e3", "0x1f", "0o7", "0b1", "2  w", "2w ", "2 w3", "12", "2-w"]) {
			expect(yamlScalar(s)).toBe(JSON.stringify(s));
			expect(load(`k: ${yamlScalar(s)}`)).toEqual({ k: s });
		}
	});
});

describe("removeFrontmatterKey", () => {
	it("removes the key's lines and nothing else", () => {
		expect(ok(removeFrontmatterKey("---\na: 1\nb:\n- x\n\n- y\n# about c\nc: 3\n---\n", "B"))).toBe("---\na: 1\n# about c\nc: 3\n---\n");
	});

	it("an absent key or an absent frontmatter is nothing to do", () => {
		expect(ok(removeFrontmatterKey("---\na: 1\n---\n", "b"))).toBe("---\na: 1\n---\n");
		expect(ok(removeFrontmatterKey("just text", "b"))).toBe("just text");
	});
});

describe("refusals", () => {
	const refused = (r: { ok: boolean; reason?: string }, why: RegExp): void => {
		expect(r.ok).toBe(false);
		expect(r.reason).toMatch(why);
	};
	it("a multi-line block scalar", () => {
		refused(setFrontmatterKey("---\nnote: |\n  a\n  b\n---\n", "note", "x"), /block scalar/);
		refused(removeFrontmatterKey("---\nnote: >-\n  a\n---\n", "note"), /block scalar/);
	});
	it("anchors and aliases", () => {
		refused(setFrontmatterKey("---\na: &x 1\nb: *x\n---\n", "a", 2), /anchor/);
		refused(setFrontmatterKey("---\na: &x 1\nb: *x\n---\n", "b", 2), /alias/);
		refused(setFrontmatterKey("---\nl:\n  - *x\n---\n", "l", ["y"]), /invalid YAML|alias/);
	});
	it("the key twice, in any spelling", () => {
		refused(setFrontmatterKey("---\nlast_contact: 2026-01-01\nlastContact: 2026-02-01\n---\n", "last contact", "2026-11-20"), /appears 2 times/);
		refused(removeFrontmatterKey("---\na: 1\nA: 2\n---\n", "a"), /appears 2 times/);
	});
	it("broken YAML, and a frontmatter never closed", () => {
		refused(setFrontmatterKey("---\na: [\n---\n", "b", 2), /not valid YAML/);
		refused(setFrontmatterKey("---\na: 1\nbody without a closing fence\n", "b", 2), /never closed/);
	});
	it("a form the line edit would misread (a quoted value running over a line that looks like a key) is caught by reading the result back", () => {
		refused(setFrontmatterKey('---\nq: "one\nb: two"\n---\n', "b", 3), /too complex/);
		// Not misread: `b` inside a flow mapping is no top-level key, so a top-level one is added.
		expect(ok(setFrontmatterKey("---\nm: {a: 1,\n  b: 2}\n---\n", "b", 3))).toBe("---\nm: {a: 1,\n  b: 2}\nb: 3\n---\n");
	});
	it("a key that is not one line", () => {
		refused(setFrontmatterKey("", "a\nb", 1), /one non-empty line/);
	});
});
