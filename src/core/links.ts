/**
 * Links as Obsidian reads and resolves them: `[[Name]]`, `[[Name|shown]]`, `[[Name#Heading]]`,
 * `[[Name#^block]]`, `[[folder/Name]]`, `[text](Some%20Note.md)`; names match case-insensitively and the
 * shortest path wins when two notes share a name.
 */

/** Resolves a link path written in `sourcePath` to a vault path, or null. (Obsidian: getFirstLinkpathDest.) */
export type LinkResolver = (linkpath: string, sourcePath: string) => string | null;

/**
 * The note part of a wiki-link's inner text: `folder/Name` of `folder/Name#Heading|shown`. In a table the
 * pipe is escaped (`[[Name\|shown]]`): the backslash is not part of the name.
 */
export function wikiLinkPath(inner: string): string {
	let end = inner.length;
	const bar = inner.indexOf("|");
	if (bar >= 0) end = bar > 0 && inner[bar - 1] === "\\" ? bar - 1 : bar;
	const hash = inner.indexOf("#");
	if (hash >= 0 && hash < end) end = hash;
	return inner.slice(0, end).trim();
}

/** The note path of a Markdown link's target, or null for URLs and anchors within the note. */
export function markdownLinkPath(target: string): string | null {
	let t = target.trim();
	if (t.startsWith("<") && t.endsWith(">")) t = t.slice(1, -1);
	else {
		// Drop a title: [x](Note.md "title"). (The spaces left before it are trimmed at the end; splitting on
		// `/\s+"/` would try every position of a long run of spaces, in quadratic time.)
		const title = t.search(/\s"/);
		if (title >= 0) t = t.slice(0, title);
	}
	if (t === "" || t.startsWith("#")) return null;
	if (/^[a-z][a-z0-9+.-]*:/i.test(t)) return null; // http:, mailto:, obsidian:...
	const hash = t.indexOf("#");
	if (hash >= 0) t = t.slice(0, hash);
	try {
		t = decodeURIComponent(t);
	} catch {
		// A lone % is a literal percent sign.
	}
	return t.trim() || null;
}

export function basename(path: string): string {
	const slash = path.lastIndexOf("/");
	const file = slash >= 0 ? path.slice(slash + 1) : path;
	return endsWithMd(file) ? file.slice(0, -3) : file;
}

export function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash >= 0 ? path.slice(0, slash) : "";
}

/**
 * A link written as the note's path (`folder/Name`) depends on this key: the path without `.md`,
 * lower-cased, as the resolver keys it (a final Σ before `.md` lower-cases to σ, on its own to ς).
 */
export function pathKey(path: string): string {
	return stripMd(path).toLowerCase();
}

/** Does the path end with `.md` in any case? (No lower-cased copy of the path.) */
function endsWithMd(p: string): boolean {
	const n = p.length;
	return n >= 3 && p.charCodeAt(n - 3) === 0x2e && (p.charCodeAt(n - 2) | 0x20) === 0x6d && (p.charCodeAt(n - 1) | 0x20) === 0x64;
}

/** A file the index takes as a note: Markdown, whatever the case of its extension (what the CLI lists, the plugin reads). */
export function isNotePath(path: string): boolean {
	return endsWithMd(path);
}

function stripMd(p: string): string {
	return endsWithMd(p) ? p.slice(0, -3) : p;
}

/** Joins a relative link (`./x`, `../x`) to the source's folder. Null when it climbs above the vault. */
function joinRelative(sourcePath: string, linkpath: string): string | null {
	const parts = folderOf(sourcePath).split("/").filter((x) => x !== "");
	for (const seg of linkpath.split("/")) {
		if (seg === "." || seg === "") continue;
		if (seg === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(seg);
	}
	return parts.join("/");
}

/**
 * Obsidian's resolution over a set of Markdown paths: the exact vault path first (`folder/Name`), then a
 * relative path, then every note whose path ends with the link path (name matches are case-insensitive),
 * shortest path first, then alphabetically.
 */
export class PathResolver {
	/** lower-case basename → paths with that name. */
	private byName = new Map<string, string[]>();
	/** lower-case path without `.md` → paths (several only on a case-sensitive disk), sorted. */
	private byPath = new Map<string, string[]>();
	/**
	 * Answers by link path, for links that do not depend on where they are written (all but `./` and
	 * `../`): a vault links the same few thousand names a hundred thousand times. Emptied whenever a path
	 * comes or goes.
	 */
	private answers = new Map<string, string | null>();

	add(path: string): void {
		if (this.answers.size > 0) this.answers = new Map();
		const key = stripMd(path).toLowerCase();
		const same = this.byPath.get(key);
		if (!same) this.byPath.set(key, [path]);
		else if (!same.includes(path)) {
			same.push(path);
			same.sort();
		}
		const name = basename(path).toLowerCase();
		const list = this.byName.get(name);
		if (!list) this.byName.set(name, [path]);
		else if (!list.includes(path)) {
			list.push(path);
			list.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
		}
	}

	delete(path: string): void {
		if (this.answers.size > 0) this.answers = new Map();
		const key = stripMd(path).toLowerCase();
		const same = this.byPath.get(key);
		if (same?.includes(path)) same.splice(same.indexOf(path), 1);
		if (same?.length === 0) this.byPath.delete(key);
		const name = basename(path).toLowerCase();
		const list = this.byName.get(name);
		if (!list) return;
		const i = list.indexOf(path);
		if (i >= 0) list.splice(i, 1);
		if (list.length === 0) this.byName.delete(name);
	}

	/** How many notes have this lower-case name (basename without `.md`). */
	notesNamed(name: string): number {
		return this.byName.get(name)?.length ?? 0;
	}

	/** The note at this path, case-insensitive; the one with the very same case first (independent of order). */
	private atPath(p: string): string | null {
		const same = this.byPath.get(p.toLowerCase());
		if (!same) return null;
		return same.find((s) => stripMd(s) === p) ?? same[0] ?? null;
	}

	resolve: LinkResolver = (linkpath, sourcePath) => {
		const known = this.answers.get(linkpath);
		if (known !== undefined) return known;
		const answer = this.resolveAnew(linkpath, sourcePath);
		if (!isRelative(linkpath)) this.answers.set(linkpath, answer);
		return answer;
	};

	private resolveAnew(linkpath: string, sourcePath: string): string | null {
		const lp = stripMd(linkpath.trim().replace(/^\/+/, ""));
		if (lp === "") return null;
		const exact = this.atPath(lp);
		if (exact !== null) return exact;
		if (lp.startsWith("./") || lp.startsWith("../")) {
			const joined = joinRelative(sourcePath, lp);
			return joined === null ? null : this.atPath(joined);
		}
		const candidates = this.byName.get(basename(lp).toLowerCase());
		if (!candidates) return null;
		if (!lp.includes("/")) return candidates[0] ?? null;
		// Compared without `.md`, each side lower-cased alike: a final Σ before `.md` would be σ, alone ς.
		const suffix = `/${lp.toLowerCase()}`;
		return candidates.find((c) => endsWithMd(c) && stripMd(c).toLowerCase().endsWith(suffix)) ?? null;
	}
}

/** A link whose answer depends on the note it is written in (`./x`, `../x`; conservatively, any `./`). */
function isRelative(linkpath: string): boolean {
	return linkpath.includes("./");
}
