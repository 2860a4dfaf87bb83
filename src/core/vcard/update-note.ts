/**
 * The import's update of an existing person note: the keys it lacks added, and the conflicts the user
 * chose replaced by the card's value, one key at a time through the shared byte-keeping frontmatter edit
 * (frontmatter-edit.ts). All or nothing: when one key is refused, the note is left as it was and the
 * reason says which key and why.
 */
import { findFrontmatter, normalizeKey, parseFrontmatterYaml } from "../frontmatter";
import { type FrontmatterEdit, setFrontmatterKey } from "../frontmatter-edit";
import type { KeyValue } from "./diff";

/** The keys the note has now (normalised as the conventions match them), or a reason it cannot be read. */
function keysOf(text: string): Set<string> | string {
	const block = findFrontmatter(text);
	if (!block) return new Set();
	const data = parseFrontmatterYaml(block);
	return data.ok ? new Set(Object.keys(data.data).map(normalizeKey)) : `its frontmatter cannot be read (${data.message})`;
}

/**
 * `add`: keys the note must not have yet (it changed since the plan when it has one: refused, never
 * overwritten). `replace`: keys whose value the user chose to take from the card.
 */
export function updateContactNote(text: string, add: readonly [string, KeyValue][], replace: readonly [string, KeyValue][] = []): FrontmatterEdit {
	const have = keysOf(text);
	if (typeof have === "string") return { ok: false, reason: have };
	for (const [k] of add) if (have.has(normalizeKey(k))) return { ok: false, reason: `it already has "${k}" (the note changed since the plan)` };
	let out = text;
	for (const [k, v] of [...add, ...replace]) {
		const r = setFrontmatterKey(out, k, v);
		if (!r.ok) return { ok: false, reason: `"${k}": ${r.reason}` };
		out = r.text;
	}
	return { ok: true, text: out };
}
