/**
 * A contact's name as a note's file name: safe on every system Obsidian runs on, and reachable by a
 * wiki-link. No regex: one pass over the characters.
 */

/** Characters a file name cannot hold (Windows, macOS, Android) or a wiki-link cannot reach. */
const UNSAFE = new Set(["/", "\\", ":", "#", "|", "^", "[", "]", "*", "\"", "<", ">", "?"]);
/** Windows device names: a file called `CON` or `con.txt` cannot be made there. */
const RESERVED = new Set(["CON", "PRN", "AUX", "NUL", ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((i) => [`COM${i}`, `LPT${i}`])]);
/** Other spaces (what String.prototype.trim removes), written as one plain space. */
const SPACES = new Set([0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
/** Bytes of UTF-8 a name may take (file systems allow 255; room is left for ` 12` and `.md`). */
const MAX_BYTES = 200;

function utf8Length(cp: number): number {
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** The name made safe: unsafe and control characters become spaces, leading dots go, 200 bytes at most. */
export function safeFileName(name: string): string {
	let out = "";
	let space = false;
	for (const ch of name) {
		const cp = ch.codePointAt(0) as number;
		const bad = cp < 0x21 || cp === 0x7f || (cp >= 0x80 && cp <= 0xa0) || UNSAFE.has(ch) || SPACES.has(cp);
		if (bad) space = out !== "";
		else {
			if (space) out += " ";
			out += ch;
			space = false;
		}
	}
	let s = out;
	while (s.startsWith(".") || s.startsWith(" ")) s = s.slice(1);
	let bytes = 0;
	let cut = "";
	for (const ch of s) {
		bytes += utf8Length(ch.codePointAt(0) as number);
		if (bytes > MAX_BYTES) break;
		cut += ch;
	}
	s = cut;
	// Windows drops trailing dots and spaces, so `Jr.` and `Jr` would be one file there.
	while (s.endsWith(".") || s.endsWith(" ")) s = s.slice(0, -1);
	const stem = (s.split(".")[0] ?? "").trim().toUpperCase();
	if (RESERVED.has(stem)) s = `${s} (contact)`;
	return s === "" ? "Unnamed contact" : s;
}

/**
 * A path for a new note named `name` in `folder` that no note has yet, compared case-insensitively
 * (macOS and Windows disks are): `Ann.md`, then `Ann 2.md`, `Ann 3.md`... `taken` holds lower-case paths
 * and gains the one returned.
 */
export function uniquePath(folder: string, name: string, taken: Set<string>): string {
	const prefix = folder === "" ? "" : `${folder}/`;
	for (let i = 1; ; i++) {
		const path = `${prefix}${i === 1 ? name : `${name} ${i}`}.md`;
		if (!taken.has(path.toLowerCase())) {
			taken.add(path.toLowerCase());
			return path;
		}
	}
}
