/**
 * addFrontmatterKeys: a minimal, local byte-keeping edit for the vCard import's updates. It only inserts
 * new `key: value` lines just before the closing `---` and keeps every other byte of the note. It refuses
 * (changes nothing) when the note has no frontmatter, when its YAML does not parse, when a key is
 * already there, or when the block would not read back as the old keys plus the new ones.
 *
 * Stand-in: the fidelity work brings a shared byte-keeping frontmatter edit (set one key) to the core;
 * when it lands, this function is the one place to swap for it.
 */
import { findFrontmatter, normalizeKey, parseFrontmatterYaml } from "../frontmatter";
import type { KeyValue } from "./diff";
import { yamlLines } from "./note-text";

export type AddKeysResult = { ok: true; text: string } | { ok: false; reason: string };

function sameValue(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

export function addFrontmatterKeys(text: string, entries: [string, KeyValue][]): AddKeysResult {
	if (entries.length === 0) return { ok: true, text };
	const block = findFrontmatter(text);
	if (!block) return { ok: false, reason: "the note has no frontmatter (--- on the first line, closed by ---)" };
	const before = parseFrontmatterYaml(block);
	if (!before.ok) return { ok: false, reason: `its frontmatter cannot be read (${before.message})` };
	const have = new Set(Object.keys(before.data).map(normalizeKey));
	for (const [k] of entries) if (have.has(normalizeKey(k))) return { ok: false, reason: `it already has "${k}"` };
	// The YAML starts after the opening fence's line and ends where the closing fence's line begins.
	const start = text.indexOf("\n", text.charCodeAt(0) === 0xfeff ? 1 : 0) + 1;
	const at = start + block.yaml.length;
	if (text.slice(start, at) !== block.yaml) return { ok: false, reason: "its frontmatter could not be located exactly" };
	const crlf = text.slice(0, start).endsWith("\r\n");
	let lines = yamlLines(entries);
	if (crlf) lines = lines.split("\n").join("\r\n");
	// An empty block (`---` then `---`) and a block whose last line has no line break get one first.
	const sep = block.yaml === "" || block.yaml.endsWith("\n") ? "" : crlf ? "\r\n" : "\n";
	const out = text.slice(0, at) + sep + lines + text.slice(at);
	const after = findFrontmatter(out);
	const parsed = after ? parseFrontmatterYaml(after) : null;
	if (!parsed?.ok) return { ok: false, reason: "the new keys would not read back (the frontmatter's last value is still open)" };
	for (const [k, v] of Object.entries(before.data)) if (!sameValue(parsed.data[k], v)) return { ok: false, reason: `the new keys would change "${k}"` };
	for (const [k, v] of entries) if (!sameValue(parsed.data[k], v)) return { ok: false, reason: `"${k}" would not read back as written` };
	return { ok: true, text: out };
}
