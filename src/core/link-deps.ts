/**
 * The names a link's resolution depends on (lower-case): its note name, and the whole target (a path, an
 * alias). What an update relinks is found through them (dependents.ts, link-lookup.ts).
 */
import { basename } from "./links";
import type { NoteFacts } from "./note";

/** The names a link target's resolution depends on: its note name, and the whole target for aliases. */
export function linkDeps(target: string): string[] {
	const whole = target.toLowerCase();
	const name = basename(target).toLowerCase();
	return name === whole ? [name] : [name, whole];
}

/** Body embeds (`![[x]]` in the text) are never contact and depend on no name; frontmatter links count, embeds too (met_through reads them all). */
export function isBodyEmbed(l: NoteFacts["links"][number]): boolean {
	return l.embed && l.key === undefined;
}

/**
 * The key under which the dependents list the notes that write a name with more than the name: a folder
 * (`People/Ann`), `.md`, `./`. When a person moves under a name no other note has, a link by the bare name
 * still leads to them; only these notes' links may now resolve elsewhere (derivation.ts). A NUL cannot be
 * in a link target, so no name or path is this key.
 */
export function writtenWithPath(name: string): string {
	return `\u0000${name}`;
}

/**
 * Calls `each` with the lower-case names that the contribution of a note with `facts` depends on: the
 * `linkDeps` of each of its links but body embeds, and `writtenWithPath` of the name of each link that is
 * more than its name (a name may come more than once). Worked out when needed, not kept: a live index
 * would hold one list per note that links anyone.
 */
export function forEachDep(facts: NoteFacts, each: (name: string) => void): void {
	for (const l of facts.links) {
		if (isBodyEmbed(l)) continue;
		const deps = linkDeps(l.target);
		for (const d of deps) each(d);
		if (deps.length > 1) each(writtenWithPath(deps[0] as string));
	}
}

/** Whether a link target's resolution depends on one of `keys` (as `linkDeps`, without making the list). */
export function linkDependsOn(target: string, keys: ReadonlySet<string>): boolean {
	const whole = target.toLowerCase();
	if (keys.has(whole)) return true;
	// The name lower-cased on its own, as `linkDeps` and the resolver key it: a final Σ before `.md` is σ in
	// the whole target but ς in the name.
	const name = basename(target).toLowerCase();
	return name !== whole && keys.has(name);
}
