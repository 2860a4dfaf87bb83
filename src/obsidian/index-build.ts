/**
 * The first build of the live index: every note read in batches, in slices that give the UI back at
 * least every `sliceMs`, with progress in the status bar (and a notice on large vaults). A newer build
 * makes this one stop (`stale`).
 */
import { Notice } from "obsidian";
import { NetworkIndex, type Settings, type VaultContext } from "../core";
import type { VaultSource } from "./ports";

/** Notes read at once. */
const BATCH = 64;

export interface BuildPacing {
	/** Give the UI back after this long, in ms. */
	readonly sliceMs: number;
	/** Show a notice while indexing vaults with at least this many notes. */
	readonly largeVault: number;
	/** The clock slices are measured with, in ms. */
	readonly now: () => number;
	/** Hears the progress wherever it is shown (the views, on mobile where there is no status bar). */
	readonly progress?: (done: number, total: number) => void;
}

/** Resolves on the next task, so the UI can paint and handle input in between. */
export function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** The status bar text and the large-vault notice, kept in step. */
class BuildProgress {
	private readonly notice: Notice | null;

	constructor(
		private readonly statusEl: HTMLElement | null,
		private readonly total: number,
		largeVault: number,
		private readonly listener: (done: number, total: number) => void = () => {},
	) {
		this.notice = total >= largeVault ? new Notice(this.text(0), 0) : null;
		this.show(0);
	}

	private text(done: number): string {
		return `Active Network: indexing ${done.toLocaleString("en-US")} of ${this.total.toLocaleString("en-US")} notes`;
	}

	show(done: number): void {
		const msg = this.text(done);
		this.statusEl?.setText(msg);
		this.notice?.setMessage(msg);
		this.listener(done, this.total);
	}

	/** Hides the notice; clears the status bar unless a newer build now owns it. */
	end(clearStatus: boolean): void {
		this.notice?.hide();
		if (clearStatus) this.statusEl?.setText("");
	}
}

/**
 * Builds a new index of the whole vault, or returns null when `stale()` turned true on the way.
 * `mayMatter` says which notes are read; the others are held empty. `indexed` hears each text indexed.
 */
export async function buildIndex(
	source: VaultSource,
	settings: Settings,
	context: VaultContext,
	mayMatter: (path: string) => boolean,
	pacing: BuildPacing,
	statusEl: HTMLElement | null,
	stale: () => boolean,
	indexed: (path: string, text: string) => void = () => {},
): Promise<NetworkIndex | null> {
	const index = new NetworkIndex(settings, context, { resolver: (linkpath, sourcePath) => source.resolveLink(linkpath, sourcePath) });
	const all = source.notePaths();
	const paths = all.filter(mayMatter);
	// Notes never read (templates, excluded folders) are held empty: a link to their name resolves to them,
	// so the index must hear when they come and go, or links to that name would keep their old answer.
	for (const p of all) if (!mayMatter(p)) index.upsert(p, "");
	const progress = new BuildProgress(statusEl, paths.length, pacing.largeVault, pacing.progress);
	let slice = pacing.now();
	try {
		for (let i = 0; i < paths.length; i += BATCH) {
			const batch = paths.slice(i, i + BATCH);
			const texts = await Promise.all(batch.map((p) => source.read(p).catch(() => null)));
			if (stale()) return null;
			for (let j = 0; j < batch.length; j++) {
				const text = texts[j];
				const path = batch[j];
				if (path !== undefined && typeof text === "string") {
					index.upsert(path, text);
					indexed(path, text);
				}
				if (pacing.now() - slice >= pacing.sliceMs) {
					progress.show(i + j + 1);
					await yieldToUi();
					if (stale()) return null;
					slice = pacing.now();
				}
			}
		}
	} finally {
		progress.end(!stale());
	}
	return index;
}

/**
 * Prepares `index` for updates (which notes link which names) in slices of `sliceMs`, `step` notes
 * between two looks at the clock, starting in a later task (not in the one that handed the network
 * out: that is the first network's time). Stops once `current` is false. An update in the middle
 * finishes the job itself, so this only takes the work off the first edit.
 */
export async function prepareInSlices(index: NetworkIndex, pacing: { sliceMs: number; step: number; now: () => number; current: () => boolean }): Promise<void> {
	await yieldToUi();
	let slice = pacing.now();
	while (pacing.current() && !index.prepareUpdates(pacing.step)) {
		if (pacing.now() - slice >= pacing.sliceMs) {
			await yieldToUi();
			slice = pacing.now();
		}
	}
}
