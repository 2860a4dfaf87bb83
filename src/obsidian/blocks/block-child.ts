/**
 * The `active-network` code block in reading view and live preview. Each block is a MarkdownRenderChild:
 * it re-renders when the feed's version changed since its last render and only while its element is in
 * the document and shown (a hidden or scrolled-away note does no work and catches up when shown). A bad
 * query is shown in place, with its line and what was expected; rendering never throws into Obsidian.
 */
import { type MarkdownPostProcessorContext, MarkdownRenderChild, type Plugin } from "obsidian";
import { type BlockParse, findPerson, parseBlockQuery } from "../../core";
import type { NetworkHost } from "../host";
import { renderEmpty, renderNoPeople } from "../views/rows";
import { renderBirthdays, renderCold, renderPromises, renderTouchpoints } from "./block-lists";
import { renderPersonCard } from "./person-card";

export const BLOCK_LANGUAGE = "active-network";

export class NetworkBlock extends MarkdownRenderChild {
	private renderedVersion = -1;
	/** How many times the block was drawn (tests check hidden blocks do no work). */
	renders = 0;
	private readonly parsed: BlockParse;

	constructor(
		containerEl: HTMLElement,
		private readonly host: NetworkHost,
		source: string,
		/** The note the block is in (for `person` without a name). */
		private readonly sourcePath: string,
	) {
		super(containerEl);
		this.parsed = parseBlockQuery(source);
	}

	override onload(): void {
		this.containerEl.addClass("active-network-block");
		this.register(this.host.feed.onChange(() => this.refresh()));
		this.register(this.host.workspace.onLayoutChange(() => this.refresh()));
		this.refresh();
	}

	/** Draws again when the index changed and the block can be seen; `force` for a first draw. */
	refresh(force = false): void {
		const el = this.containerEl;
		if (!el.isConnected || !el.isShown()) return;
		const version = this.host.feed.version;
		if (!force && version === this.renderedVersion) return;
		this.renderedVersion = version;
		this.renders++;
		el.empty();
		try {
			this.render(el);
		} catch (e) {
			console.error("Active Network: the block failed to render", e);
			el.empty();
			renderEmpty(el, `Active Network could not draw this block: ${e instanceof Error ? e.message : String(e)}`);
		}
	}

	private render(el: HTMLElement): void {
		const parsed = this.parsed;
		if (!parsed.ok) {
			const box = el.createDiv({ cls: "active-network-block-error" });
			box.createDiv({ cls: "active-network-block-error-title", text: "Active Network: this block has a mistake" });
			for (const e of parsed.errors) {
				const line = box.createDiv({ cls: "active-network-block-error-line" });
				line.createSpan({ text: `Line ${e.line}: ` });
				line.createEl("code", { text: e.source.trim() === "" ? "(empty)" : e.source.trim() });
				line.createDiv({ cls: "active-network-block-error-why", text: e.message });
			}
			return;
		}
		const network = this.host.feed.network();
		if (!network) return void renderEmpty(el, "Indexing your vault...");
		if (network.people.size === 0) return renderNoPeople(el);
		const q = parsed.query;
		const today = this.host.today();
		const { host } = this;
		switch (q.list) {
			case "touchpoints": return renderTouchpoints(el, host, network, q, today);
			case "cold": return renderCold(el, host, network, q, today, false);
			case "never": return renderCold(el, host, network, q, today, true);
			case "promises": return renderPromises(el, host, network, q, today);
			case "birthdays": return renderBirthdays(el, host, network, q, today);
			case "person": {
				const person = q.person === null ? network.people.get(this.sourcePath) : findPerson(network, q.person);
				if (!person) {
					return void renderEmpty(el, q.person === null ? "This note is not a person. Name one: " : `No person "${q.person}" in the vault. Check the name: `, "person [[Name]]");
				}
				return renderPersonCard(el, host, network, person, today);
			}
		}
	}
}

/** Registers the block (Obsidian 0.9.7+: every supported app). */
export function registerNetworkBlock(plugin: Plugin, host: NetworkHost): void {
	plugin.registerMarkdownCodeBlockProcessor(BLOCK_LANGUAGE, (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => {
		ctx.addChild(new NetworkBlock(el, host, source, ctx.sourcePath));
	});
}
