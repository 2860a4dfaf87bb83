/**
 * A long list that renders only the rows on screen (plus a few above and below), so a view with 3,000
 * people paints and scrolls like one with 30. Rows have one fixed height (styles.css clips their text to
 * it), so a row's place is its index times that height: no measuring. The list scrolls with the view
 * (the view's content element), not in a box of its own.
 *
 * Rows stay in the DOM while they are in the window, so keyboard focus stays on the row it is on;
 * ↑/↓ move it to the row before or after, rendering it first when it is off screen. Each row sits in a
 * `listitem` with its position (`aria-posinset` of `aria-setsize`), so a screen reader says "12 of 3,000".
 */

/** A row's height in pixels: matches `.active-network-virtual .active-network-row` in styles.css. */
export const ROW_HEIGHT = 64;
/** Rows rendered beyond each edge of the screen, so a quick scroll does not show blank space. */
export const OVERSCAN = 8;
/** Lists up to this long render every row (their rows keep their natural, wrapping height). */
export const VIRTUAL_FROM = 100;

export interface VirtualListOptions<T> {
	/** Renders one row into `parent`, returning the focusable row element. */
	render(parent: HTMLElement, item: T, index: number): HTMLElement;
	/** What the list is, for screen readers ("Cold"). */
	label: string;
}

export class VirtualList<T> {
	readonly el: HTMLElement;
	private readonly windowEl: HTMLElement;
	/** Rows in the DOM now, by index. */
	private readonly shown = new Map<number, HTMLElement>();
	private scroller: HTMLElement | null = null;
	private readonly onScroll = () => this.update();
	/** How many times rows were rendered (tests count work, never time). */
	rendered = 0;

	constructor(
		parent: HTMLElement,
		private readonly items: readonly T[],
		private readonly options: VirtualListOptions<T>,
	) {
		this.el = parent.createDiv({ cls: "active-network-virtual", attr: { role: "list", "aria-label": options.label } });
		this.el.setCssProps({ "--active-network-list-height": `${items.length * ROW_HEIGHT}px` });
		this.windowEl = this.el.createDiv({ cls: "active-network-virtual-window" });
		this.el.addEventListener("keydown", (evt) => this.onKey(evt));
	}

	/** Starts following the element that scrolls the list (the view's content). */
	attach(scroller: HTMLElement): void {
		this.scroller = scroller;
		this.scroller.addEventListener("scroll", this.onScroll, { passive: true });
		this.update();
	}

	detach(): void {
		this.scroller?.removeEventListener("scroll", this.onScroll);
		this.scroller = null;
	}

	/** The indices in the DOM now, in order. */
	indices(): number[] {
		return [...this.shown.keys()].sort((a, b) => a - b);
	}

	/** Renders the rows in view plus the overscan; keeps the rows already there. */
	update(): void {
		const { first, last } = this.range();
		for (const [i, el] of this.shown) {
			if (i < first || i > last) {
				el.detach();
				this.shown.delete(i);
			}
		}
		this.windowEl.setCssProps({ "--active-network-list-offset": `${first * ROW_HEIGHT}px` });
		// In index order: each new row goes before the first shown row after it.
		let next: HTMLElement | null = null;
		for (let i = last; i >= first; i--) {
			const have = this.shown.get(i);
			if (have) {
				next = have;
				continue;
			}
			const item = this.items[i];
			if (item === undefined) continue;
			const wrap = createDiv({ cls: "active-network-virtual-item", attr: { role: "listitem", "aria-posinset": i + 1, "aria-setsize": this.items.length } });
			this.options.render(wrap, item, i);
			this.rendered++;
			this.windowEl.insertBefore(wrap, next);
			this.shown.set(i, wrap);
			next = wrap;
		}
	}

	/** The first and last index to render: those in view, and OVERSCAN more each side. */
	private range(): { first: number; last: number } {
		const n = this.items.length;
		if (n === 0) return { first: 0, last: -1 };
		const view = this.scroller ?? this.el;
		const top = view.getBoundingClientRect().top - this.el.getBoundingClientRect().top;
		const height = view.clientHeight || ROW_HEIGHT * 20;
		const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
		const last = Math.min(n - 1, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
		return first > last ? { first: Math.max(0, Math.min(first, n - 1)), last: Math.max(0, Math.min(first, n - 1)) } : { first, last };
	}

	/** ↑/↓ on a row: focus the row before or after, scrolling it into view. */
	private onKey(evt: KeyboardEvent): void {
		if (evt.key !== "ArrowDown" && evt.key !== "ArrowUp") return;
		const target = evt.target as HTMLElement | null;
		if (!target?.hasClass("active-network-row")) return;
		const at = [...this.shown].find(([, el]) => el.contains(target))?.[0];
		if (at === undefined) return;
		const to = at + (evt.key === "ArrowDown" ? 1 : -1);
		if (to < 0 || to >= this.items.length) return;
		evt.preventDefault();
		this.focus(to);
	}

	/** Scrolls row `index` into view and focuses it. */
	focus(index: number): void {
		const scroller = this.scroller;
		if (scroller) {
			const top = this.el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + index * ROW_HEIGHT;
			if (top < 0) scroller.scrollTop += top;
			else if (top + ROW_HEIGHT > scroller.clientHeight) scroller.scrollTop += top + ROW_HEIGHT - scroller.clientHeight;
		}
		this.update();
		if (!this.shown.has(index)) {
			// Scrolling did not bring it in (no layout yet): render a window around it.
			this.renderAround(index);
		}
		this.shown.get(index)?.querySelector<HTMLElement>(".active-network-row")?.focus();
	}

	private renderAround(index: number): void {
		for (const [, el] of this.shown) el.detach();
		this.shown.clear();
		const first = Math.max(0, index - OVERSCAN);
		const last = Math.min(this.items.length - 1, index + OVERSCAN);
		this.windowEl.setCssProps({ "--active-network-list-offset": `${first * ROW_HEIGHT}px` });
		for (let i = first; i <= last; i++) {
			const item = this.items[i];
			if (item === undefined) continue;
			const wrap = this.windowEl.createDiv({ cls: "active-network-virtual-item", attr: { role: "listitem", "aria-posinset": i + 1, "aria-setsize": this.items.length } });
			this.options.render(wrap, item, i);
			this.rendered++;
			this.shown.set(i, wrap);
		}
	}
}

/**
 * The long lists of one view: each render starts with `reset` (the lists of the last render stop
 * listening), and `update` after a resize fills a taller screen.
 */
export class ListKeeper {
	private lists: VirtualList<unknown>[] = [];

	/** `scroller` is the element that scrolls the view (Obsidian's `.view-content`). */
	constructor(private readonly scroller: () => HTMLElement) {}

	reset(): void {
		for (const l of this.lists) l.detach();
		this.lists = [];
	}

	update(): void {
		for (const l of this.lists) l.update();
	}

	/** The lists of the last render (tests look at their windows). */
	get current(): readonly VirtualList<unknown>[] {
		return this.lists;
	}

	/** Renders `items` into `parent`: every row for a short list, only those on screen for a long one. */
	render<T>(parent: HTMLElement, items: readonly T[], options: VirtualListOptions<T>): void {
		if (items.length <= VIRTUAL_FROM) {
			items.forEach((item, i) => options.render(parent, item, i));
			return;
		}
		const list = new VirtualList(parent, items, options);
		list.attach(this.scroller());
		this.lists.push(list);
	}
}
