/**
 * Finding the links of a note that depend on some names (the names a change concerns), without testing
 * every link of a journal again each time: a note with many links gets an index of its links by name at
 * its first lookup.
 */
import type { Contribution } from "./contribution";
import { linkDependsOn, linkDeps } from "./link-deps";
import type { NoteFacts } from "./note";

/** A note with at least this many links gets an index of them by name when it is first looked up. */
const MANY_LINKS = 32;

export class LinkLookup {
	/** Links by the names they depend on, for notes with many links (made at their first lookup). */
	private readonly byName = new WeakMap<Contribution, Map<string, number[]>>();

	/**
	 * The indexes of the links of `c` whose resolution depends on one of `keys`, in order. A note with many
	 * links (a journal) gets an index of its links by name at its first relink, so that a rename of someone
	 * it mentions once does not test each of its thousands of links again.
	 */
	linksTo(c: Contribution, keys: ReadonlySet<string>): number[] {
		const links = c.facts.links;
		const out: number[] = [];
		if (links.length < MANY_LINKS) {
			for (let i = 0; i < links.length; i++) if (linkDependsOn((links[i] as NoteFacts["links"][number]).target, keys)) out.push(i);
			return out;
		}
		let byName = this.byName.get(c);
		if (!byName) {
			byName = new Map<string, number[]>();
			for (let i = 0; i < links.length; i++) {
				for (const d of linkDeps((links[i] as NoteFacts["links"][number]).target)) {
					const list = byName.get(d);
					if (list) list.push(i);
					else byName.set(d, [i]);
				}
			}
			this.byName.set(c, byName);
		}
		for (const k of keys) for (const i of byName.get(k) ?? []) out.push(i);
		// A link found under two keys (its name and its whole target) is read once.
		return keys.size > 1 ? [...new Set(out)].sort((a, b) => a - b) : out;
	}
}
