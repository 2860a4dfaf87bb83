/**
 * "Review cold relationships": the cold people (most overdue first), then the never contacted, one at a
 * time, keyboard first. Each card says "3 of 12", the last contact and the cadence, and what to bring up
 * (the reasons and bring-up lines of the next touchpoints); the keys are on screen. L logs, S snoozes,
 * P pauses (each through the plugin's actions, so through the writer), O opens the note, Space or →
 * skips, Esc ends. The end is a summary: "Logged 2, snoozed 3, paused 1, skipped 6".
 */
import { type App, Modal, Notice } from "obsidian";
import type { IsoDate, NextTouchpoint, PersonState } from "../../core";
import { cadenceWhy, coldWhen, touchpointLine } from "../views/wording";

export interface ReviewPerson {
	state: PersonState;
	/** The person's next touchpoint entry: reasons and what to bring up (none when not ranked). */
	next: NextTouchpoint | null;
}

/** What the review does for a person; each resolves true once written (false: cancelled or refused). */
export interface ReviewActions {
	log(path: string, done: (ok: boolean) => void): void;
	snooze(path: string, done: (ok: boolean) => void): void;
	pause(path: string): Promise<boolean>;
	open(path: string, evt: KeyboardEvent | MouseEvent): void;
}

export interface ReviewTally {
	logged: number;
	snoozed: number;
	paused: number;
	skipped: number;
}

const KEYS: { key: string; label: string; name: "log" | "snooze" | "pause" | "open" | "skip" | "end" }[] = [
	{ key: "L", label: "Log", name: "log" },
	{ key: "S", label: "Snooze", name: "snooze" },
	{ key: "P", label: "Pause", name: "pause" },
	{ key: "O", label: "Open", name: "open" },
	{ key: "Space / →", label: "Skip", name: "skip" },
	{ key: "Esc", label: "End", name: "end" },
];

/** "Logged 2, snoozed 3, paused 1, skipped 6". */
export function tallyText(t: ReviewTally): string {
	return `Logged ${t.logged}, snoozed ${t.snoozed}, paused ${t.paused}, skipped ${t.skipped}`;
}

export class ReviewModal extends Modal {
	private at = 0;
	readonly tally: ReviewTally = { logged: 0, snoozed: 0, paused: 0, skipped: 0 };
	/** A write for the current person is under way: keys wait for it. */
	private busy = false;
	private ended = false;

	constructor(
		app: App,
		private readonly people: readonly ReviewPerson[],
		private readonly today: IsoDate,
		private readonly actions: ReviewActions,
	) {
		super(app);
		// Esc shows the summary first; a second Esc (or Close) closes.
		this.scope.register([], "Escape", () => {
			if (this.ended) this.close();
			else this.end();
			return false;
		});
	}

	override onOpen(): void {
		this.setTitle("Review cold relationships");
		this.modalEl.addClass("active-network-review");
		this.contentEl.addEventListener("keydown", (evt) => this.onKey(evt));
		this.show();
	}

	override onClose(): void {
		// Closed before the end (a click outside): the summary still gets said.
		if (!this.ended && this.people.length > 0) new Notice(`Review ended: ${tallyText(this.tally)}.`);
		this.ended = true;
		this.contentEl.empty();
	}

	private onKey(evt: KeyboardEvent): void {
		if (evt.ctrlKey || evt.metaKey || evt.altKey || this.ended) return;
		const k = evt.key.toLowerCase();
		const name = k === "l" ? "log" : k === "s" ? "snooze" : k === "p" ? "pause" : k === "o" ? "open" : k === " " || k === "arrowright" ? "skip" : null;
		if (!name) return;
		evt.preventDefault();
		evt.stopPropagation();
		this.run(name, evt);
	}

	private run(name: (typeof KEYS)[number]["name"], evt: KeyboardEvent | MouseEvent): void {
		if (name === "end") return this.end();
		const person = this.people[this.at];
		if (!person || this.busy) return;
		const path = person.state.path;
		const after = (field: keyof ReviewTally) => (ok: boolean) => {
			this.busy = false;
			if (!ok || this.ended) return this.show();
			this.tally[field]++;
			this.advance();
		};
		if (name === "open") return this.actions.open(path, evt);
		if (name === "skip") {
			this.tally.skipped++;
			return this.advance();
		}
		this.busy = true;
		if (name === "log") this.actions.log(path, after("logged"));
		else if (name === "snooze") this.actions.snooze(path, after("snoozed"));
		else void this.actions.pause(path).then(after("paused"));
		// The form on top may be dismissed without writing: keys work again then.
		if (name !== "pause") this.busy = false;
	}

	private advance(): void {
		this.at++;
		if (this.at >= this.people.length) this.end();
		else this.show();
	}

	/** The summary, with whoever was not reached counted as skipped. */
	private end(): void {
		if (this.ended) return;
		this.tally.skipped += Math.max(0, this.people.length - this.at);
		this.at = this.people.length;
		this.ended = true;
		const el = this.contentEl;
		el.empty();
		const card = el.createDiv({ cls: "active-network-review-summary", attr: { tabindex: -1, role: "status" } });
		card.createDiv({ cls: "active-network-review-name", text: this.people.length === 0 ? "No one is cold" : "Review done" });
		card.createDiv({ cls: "active-network-review-tally", text: this.people.length === 0 ? "Everyone is within their cadence." : `${tallyText(this.tally)}.` });
		const close = el.createDiv({ cls: "active-network-review-keys" }).createEl("button", { cls: "mod-cta", text: "Close" });
		close.addEventListener("click", () => this.close());
		close.focus();
	}

	private show(): void {
		const person = this.people[this.at];
		if (!person) return this.end();
		const { state, next } = person;
		const el = this.contentEl;
		el.empty();
		const card = el.createDiv({ cls: "active-network-review-card", attr: { tabindex: -1, "aria-live": "polite" } });
		card.createDiv({ cls: "active-network-review-progress", text: `${this.at + 1} of ${this.people.length}` });
		card.createDiv({ cls: "active-network-review-name", text: state.circles.length > 0 ? `${state.name} (${state.circles.join(", ")})` : state.name });
		const when = state.status === "cold" ? coldWhen(state, this.today) : "Never contacted: no touchpoint yet";
		card.createDiv({ cls: "active-network-review-when", text: `${when} · ${cadenceWhy(state)}` });
		const lines = [...(next?.reasons.filter((r) => r.kind !== "cold" && r.kind !== "never").map((r) => r.detail) ?? []), ...(next?.bringUp ?? [])];
		if (lines.length > 0) {
			card.createDiv({ cls: "active-network-review-heading", text: "Bring up" });
			const list = card.createEl("ul", { cls: "active-network-review-bring-up" });
			for (const line of lines) list.createEl("li", { text: touchpointLine(line) });
		}
		const keys = el.createDiv({ cls: "active-network-review-keys", attr: { role: "toolbar", "aria-label": "Review keys" } });
		for (const k of KEYS) {
			const b = keys.createEl("button", { cls: `active-network-review-key mod-${k.name}`, attr: { "aria-keyshortcuts": k.key === "Space / →" ? "Space ArrowRight" : k.key === "Esc" ? "Escape" : k.key } });
			b.createEl("kbd", { text: k.key });
			b.createSpan({ text: ` ${k.label}` });
			b.addEventListener("click", (evt) => this.run(k.name, evt));
		}
		card.focus();
	}
}
