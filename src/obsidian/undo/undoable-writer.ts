/**
 * The NoteWriter every write goes through, recording what each write changed so that it can be walked
 * back: `process` and `create` record the text before and after (exactly what was handed to the vault),
 * `processFrontMatter` reads the file around Obsidian's re-serialisation. `group` makes one action's
 * writes one step; a write outside any group is a step of its own. Whether a step can be undone is the
 * core's decision (core/undo.ts): only a file that still holds what was written is touched.
 *
 * Groups are not told apart by the async call that opened them (that needs Node's AsyncLocalStorage): a
 * write of another action landing while a group is open joins that group's step.
 */
import { type FileChange, netChanges, planRevert, type RevertPlan, UndoRing } from "../../core";
import type { NoteWriter, UndoLog, UndoStep } from "../ports";

/** How an undo went: `ok` false when it refused (then nothing was changed) or failed part way. */
export interface UndoOutcome {
	readonly ok: boolean;
	readonly message: string;
}

/** The label of a write made outside any group. */
function loneLabel(path: string, created: boolean): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return created ? `Create ${name}` : `Edit ${name}`;
}

export class UndoableWriter implements NoteWriter, UndoLog {
	private readonly ring: UndoRing<UndoStep>;
	private open: { label: string; changes: FileChange[]; depth: number } | null = null;
	private queue: Promise<unknown> = Promise.resolve();

	/** `onStep`: a step was recorded (main.ts shows the notice with Undo). */
	constructor(
		private readonly inner: NoteWriter,
		private readonly onStep: (step: UndoStep) => void = () => undefined,
		size = 10,
	) {
		this.ring = new UndoRing(size);
	}

	// ------------------------------------------------------------ UndoLog

	async group<T>(label: string, action: () => Promise<T>): Promise<T> {
		// A group inside a group joins the outer one: an import calling other actions is still one step.
		if (this.open) {
			this.open.depth++;
			try {
				return await action();
			} finally {
				this.open.depth--;
			}
		}
		const open = (this.open = { label, changes: [] as FileChange[], depth: 0 });
		try {
			return await action();
		} finally {
			this.open = null;
			this.commit(open.label, open.changes);
		}
	}

	// ------------------------------------------------------------ NoteWriter

	exists(path: string): boolean {
		return this.inner.exists(path);
	}

	filePaths(): string[] {
		return this.inner.filePaths();
	}

	readBinary(path: string): Promise<ArrayBuffer> {
		return this.inner.readBinary(path);
	}

	read(path: string): Promise<string> {
		return this.inner.read(path);
	}

	trash(path: string): Promise<void> {
		return this.inner.trash(path);
	}

	async process(path: string, fn: (text: string) => string): Promise<string> {
		let seen: { before: string; after: string } | null = null;
		const result = await this.inner.process(path, (text) => {
			const after = fn(text);
			seen = { before: text, after };
			return after;
		});
		const s = seen as { before: string; after: string } | null;
		if (s && s.before !== s.after) this.record({ path, before: s.before, after: s.after });
		return result;
	}


	async create(path: string, text: string): Promise<void> {
		await this.inner.create(path, text);
		this.record({ path, before: null, after: text });
	}

	// ------------------------------------------------------------ undo

	/** The newest step still undoable, or undefined. */
	last(): UndoStep | undefined {
		return this.ring.last();
	}

	/** How many steps can be walked back (at most the ring's size). */
	get depth(): number {
		return this.ring.length;
	}

	/**
	 * Walks `step` back: every file it changed must still hold what was written, else nothing is changed
	 * and the message says which file changed. Either way the step leaves the list.
	 */
	undo(step: UndoStep): Promise<UndoOutcome> {
		if (!this.ring.remove(step)) return Promise.resolve({ ok: false, message: `"${step.label}" can no longer be undone.` });
		// One undo at a time, in the order asked: the next older step expects the files as this one leaves them.
		const outcome = this.queue.then(() => this.revertStep(step));
		this.queue = outcome.catch(() => undefined);
		return outcome;
	}

	/** Walks back the newest step; null when there is none. */
	undoLast(): Promise<UndoOutcome> | null {
		const step = this.ring.last();
		return step ? this.undo(step) : null;
	}

	private async revertStep(step: UndoStep): Promise<UndoOutcome> {
		const changes = netChanges(step.changes).reverse();
		const plans: RevertPlan[] = [];
		for (const c of changes) plans.push(planRevert(c, await this.current(c.path)));
		const refused = plans.filter((p) => !p.ok);
		if (refused.length > 0) return { ok: false, message: refused.map((p) => (p.ok ? "" : p.reason)).join("; ") };
		const failures: string[] = [];
		for (const [i, c] of changes.entries()) {
			const reason = await this.revert(c, plans[i] as RevertPlan);
			if (reason !== null) failures.push(reason);
		}
		if (failures.length > 0) return { ok: false, message: `Undo of "${step.label}" stopped part way: ${failures.join("; ")}` };
		return { ok: true, message: `Undone: ${step.label}` };
	}

	private async current(path: string): Promise<string | null> {
		return this.inner.exists(path) ? this.inner.read(path).catch(() => null) : null;
	}

	/** Applies one plan, checking again inside the write (an edit may land in between). Null when done. */
	private async revert(change: FileChange, plan: RevertPlan): Promise<string | null> {
		if (!plan.ok) return plan.reason;
		try {
			if (plan.action === "delete") {
				const again = planRevert(change, await this.current(change.path));
				if (!again.ok) return again.reason;
				await this.inner.trash(change.path);
				return null;
			}
			let raced: string | null = null;
			await this.inner.process(change.path, (text) => {
				const again = planRevert(change, text);
				if (again.ok && again.action === "restore") return again.text;
				raced = again.ok ? null : again.reason;
				return text;
			});
			return raced;
		} catch (e) {
			return `${change.path}: ${e instanceof Error ? e.message : String(e)}`;
		}
	}

	// ------------------------------------------------------------ inside

	private record(change: FileChange): void {
		if (this.open) this.open.changes.push(change);
		else this.commit(loneLabel(change.path, change.before === null), [change]);
	}

	private commit(label: string, changes: FileChange[]): void {
		if (changes.length === 0) return;
		const step: UndoStep = { label, changes };
		this.ring.push(step);
		this.onStep(step);
	}
}
