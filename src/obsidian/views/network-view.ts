/**
 * The base of every Active Network view: a toolbar built once (so typing in a filter keeps focus) and a
 * body re-rendered only when the index changed since the last render and the view is shown. A hidden
 * view catches up when it is shown again (resize, layout change, active leaf change).
 */
import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { IsoDate, Network } from "../../core";
import type { NetworkHost } from "../host";
import { renderEmpty, renderNoPeople } from "./rows";
import { indexingText } from "./wording";

export abstract class NetworkView extends ItemView {
	private renderedVersion = -1;
	/** How many times the body was rendered (tests check that hidden views do no work). */
	renders = 0;
	protected toolbarEl: HTMLElement | null = null;
	protected bodyEl: HTMLElement | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		protected readonly host: NetworkHost,
	) {
		super(leaf);
	}

	override async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("active-network-view");
		this.toolbarEl = this.contentEl.createDiv({ cls: "active-network-toolbar" });
		this.bodyEl = this.contentEl.createDiv({ cls: "active-network-body" });
		this.buildToolbar(this.toolbarEl);
		if (this.toolbarEl.childElementCount === 0) this.toolbarEl.detach();
		this.register(this.host.feed.onChange(() => this.refresh()));
		this.register(this.host.workspace.onLayoutChange(() => this.refresh()));
		this.refresh();
	}

	override onResize(): void {
		this.refresh();
	}

	override async onClose(): Promise<void> {
		this.contentEl.empty();
		this.toolbarEl = null;
		this.bodyEl = null;
	}

	/** Re-renders the body when the index changed and the view is shown; `force` after a filter change. */
	refresh(force = false): void {
		const body = this.bodyEl;
		if (!body || !this.contentEl.isShown()) return;
		const version = this.host.feed.version;
		if (!force && version === this.renderedVersion) return;
		this.renderedVersion = version;
		this.renders++;
		body.empty();
		const network = this.host.feed.network();
		if (!network) {
			renderEmpty(body, indexingText(this.host.feed.progress));
			return;
		}
		if (network.people.size === 0) {
			renderNoPeople(body);
			return;
		}
		this.render(body, network, this.host.today());
	}

	/** Something besides the index changed (the open note): render again now if shown, else once shown. */
	protected invalidate(): void {
		this.renderedVersion = -1;
		this.refresh();
	}

	/** Filters and sort controls, built once when the view opens. */
	protected buildToolbar(_el: HTMLElement): void {}

	protected abstract render(el: HTMLElement, network: Network, today: IsoDate): void;
}
