/**
 * What `FileManager.processFrontMatter` does in Obsidian, as harshly: the block is parsed to an object,
 * `fn` edits it, and the whole block is serialised again. So YAML comments vanish, flow lists become block
 * lists, quoting is whatever the dumper picks, and an unquoted `0612345678` (a number to a YAML 1.2
 * reader) comes back as `612345678`. The plugin no longer calls it (writes.ts edits frontmatter as text);
 * the fake keeps it so a test can show what it would have lost.
 */
import { CORE_SCHEMA, dump, load } from "js-yaml";

function lineBreak(text: string): string {
	const nl = text.indexOf("\n");
	return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

/** Where the YAML between the `---` lines is (after a byte order mark), or null when there is none. */
function blockOf(body: string): { start: number; end: number; close: number } | null {
	const open = /^---[ \t]*\r?\n/.exec(body);
	if (!open) return null;
	let pos = open[0].length;
	while (pos < body.length) {
		let end = body.indexOf("\n", pos);
		if (end < 0) end = body.length;
		if (/^---[ \t]*\r?$/.test(body.slice(pos, end))) return { start: open[0].length, end: pos, close: Math.min(end + 1, body.length) };
		pos = end + 1;
	}
	return null;
}

/** Obsidian's `processFrontMatter` on a note's text: parse, edit, dump the whole block again. */
export function editFrontmatter(text: string, fn: (fm: Record<string, unknown>) => void): string {
	const eol = lineBreak(text);
	const bom = text.charCodeAt(0) === 0xfeff ? "\ufeff" : "";
	const body = text.slice(bom.length);
	const block = blockOf(body);
	const yaml = block ? body.slice(block.start, block.end) : "";
	const parsed: unknown = yaml.trim() === "" ? {} : load(yaml, { schema: CORE_SCHEMA });
	const fm = (parsed && typeof parsed === "object" ? parsed : {}) as Record<string, unknown>;
	fn(fm);
	const dumped = Object.keys(fm).length === 0 ? "" : dump(fm, { schema: CORE_SCHEMA, lineWidth: -1 }).replace(/\n/g, eol);
	const rest = block ? body.slice(block.close) : body;
	return `${bom}---${eol}${dumped}---${eol}${rest}`;
}
