/**
 * Undo, decided without touching a file: what a write changed ({path, before, after}), how one action's
 * writes become one step, and whether a step can be walked back. A file is restored only when it still
 * holds exactly what was written; otherwise the undo refuses and says what changed, because restoring
 * over someone else's edit would lose it.
 */

/** One file's change. `before` null: the file was created. */
export interface FileChange {
	readonly path: string;
	readonly before: string | null;
	readonly after: string;
}

/** What one user action changed: the unit undo walks back. */
export interface UndoStepData {
	readonly label: string;
	readonly changes: readonly FileChange[];
}

/** What to do to a file to undo its change. */
export type RevertPlan =
	| { readonly ok: true; readonly path: string; readonly action: "restore"; readonly text: string }
	| { readonly ok: true; readonly path: string; readonly action: "delete" }
	| { readonly ok: false; readonly path: string; readonly reason: string };

/**
 * One change per file: a file written twice in a step goes from its first `before` to its last `after`.
 * A file that ends as it began is left out (there is nothing to undo there).
 */
export function netChanges(changes: readonly FileChange[]): FileChange[] {
	const byPath = new Map<string, FileChange>();
	for (const c of changes) {
		const first = byPath.get(c.path);
		byPath.set(c.path, { path: c.path, before: first ? first.before : c.before, after: c.after });
	}
	return [...byPath.values()].filter((c) => c.before !== c.after);
}

/** The 1-based number of the first line where two texts differ. */
function firstDifferentLine(a: string, b: string): number {
	let line = 1;
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) {
		if (a.charCodeAt(i) !== b.charCodeAt(i)) return line;
		if (a.charCodeAt(i) === 10) line++;
	}
	return line;
}

/** What changed in a file since the plugin wrote `expected`, in words ("line 12 differs"). */
export function describeChange(expected: string, current: string | null): string {
	if (current === null) return "it is gone";
	return `line ${firstDifferentLine(expected, current)} differs`;
}

/** How to undo `change` when the file now holds `current` (null: no file there). */
export function planRevert(change: FileChange, current: string | null): RevertPlan {
	const { path } = change;
	if (current !== change.after) return { ok: false, path, reason: `${path} changed since (${describeChange(change.after, current)}); not undone` };
	return change.before === null ? { ok: true, path, action: "delete" } : { ok: true, path, action: "restore", text: change.before };
}

/** The last `size` steps, newest last; an older step falls off when a new one comes. */
export class UndoRing<T> {
	private readonly steps: T[] = [];
	constructor(readonly size = 10) {}

	push(step: T): void {
		this.steps.push(step);
		if (this.steps.length > this.size) this.steps.splice(0, this.steps.length - this.size);
	}

	/** The newest step, or undefined. */
	last(): T | undefined {
		return this.steps.at(-1);
	}

	/** Takes `step` out (undone or refused); false when it already fell off. */
	remove(step: T): boolean {
		const i = this.steps.indexOf(step);
		if (i < 0) return false;
		this.steps.splice(i, 1);
		return true;
	}

	has(step: T): boolean {
		return this.steps.includes(step);
	}

	get length(): number {
		return this.steps.length;
	}
}
