/**
 * The people graph: only people, coloured by circle, sized by how many connections they have, cold
 * people faded; the pointer on a person highlights them and their neighbours, a click opens their note
 * (on a touch screen the first tap highlights, the second opens). Filters by circle and by kind of
 * connection. The model (graph/model.ts) decides all of that; a surface (WebGL through sigma) draws it,
 * while ForceAtlas2 lays people out in slices that leave the UI responsive.
 */
import { coldReport, EDGE_KINDS, type EdgeKind, graphData, type IsoDate, type Network, networkCommunities } from "../../core";
import { layoutIterations, type LayoutStats, SlicedLayout } from "../graph/layout";
import { NONE, OTHER, PeopleGraphModel } from "../graph/model";
import type { GraphSurface, SurfaceEvents } from "../graph/surface";
import { TapSelection } from "../graph/tap-select";
import { type GraphTheme, readTheme } from "../graph/theme";
import { NetworkView } from "./network-view";
import { CircleFilter, renderEmpty, renderNoPeople } from "./rows";
import { GRAPH_VIEW } from "./view-types";
import { indexingText } from "./wording";

export const KIND_LABELS: Record<EdgeKind, string> = {
	link: "Links between their notes",
	together: "Met together",
	met_through: "Met through",
	intro: "Introductions",
};

function count(n: number, one: string, many: string): string {
	return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

type SurfaceState = "none" | "loading" | "ready" | "unavailable";

export class PeopleGraphView extends NetworkView {
	private kind: EdgeKind | "" = "";
	private circles: CircleFilter | null = null;
	private legendEl: HTMLElement | null = null;
	private statusEl: HTMLElement | null = null;
	private stageEl: HTMLElement | null = null;
	private messageEl: HTMLElement | null = null;
	private shownVersion = -1;
	private theme: GraphTheme | null = null;
	private surfaceState: SurfaceState = "none";
	private layout: SlicedLayout | null = null;
	/** What the graph shows and how; null until the first render. */
	model: PeopleGraphModel | null = null;
	surface: GraphSurface | null = null;
	/** The last finished layout's numbers (iterations, slices, time). */
	lastLayout: LayoutStats | null = null;
	/** On touch: the person a first tap selected (a second tap, or its button, opens). */
	readonly taps = new TapSelection((p) => this.host.feed.network()?.people.get(p)?.name ?? p, (p) => void this.host.actions.openNote(p));

	getViewType(): string {
		return GRAPH_VIEW;
	}

	getDisplayText(): string {
		return "People graph";
	}

	override getIcon(): string {
		return "network";
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("active-network-graph-view");
		await super.onOpen();
		this.register(
			this.host.workspace.onCssChange(() => {
				this.theme = null;
				const theme = this.currentTheme();
				this.model?.setTheme(theme);
				this.surface?.setTheme(theme);
				this.surface?.refresh();
			}),
		);
	}

	protected override buildToolbar(el: HTMLElement): void {
		this.circles = new CircleFilter(el, () => this.refresh(true));
		const kind = el.createEl("select", { cls: "dropdown active-network-filter-kind", attr: { "aria-label": "Kind of connection" } });
		kind.createEl("option", { value: "", text: "All connections" });
		for (const k of EDGE_KINDS) kind.createEl("option", { value: k, text: KIND_LABELS[k] });
		kind.addEventListener("change", () => {
			this.kind = EDGE_KINDS.find((k) => k === kind.value) ?? "";
			this.refresh(true);
		});
	}

	override onResize(): void {
		this.surface?.resize();
		super.onResize();
	}

	override async onClose(): Promise<void> {
		this.layout?.cancel();
		this.layout = null;
		this.surface?.kill();
		this.surface = null;
		this.surfaceState = "none";
		this.model = null;
		this.legendEl = this.statusEl = this.stageEl = this.messageEl = null;
		await super.onClose();
	}

	private currentTheme(): GraphTheme {
		if (!this.theme) this.theme = readTheme(this.contentEl);
		return this.theme;
	}

	/** The body's parts, made once: a legend, a status line, the stage the surface draws in, a message. */
	private parts(body: HTMLElement): { legend: HTMLElement; status: HTMLElement; stage: HTMLElement; message: HTMLElement } {
		if (!this.legendEl || !this.statusEl || !this.stageEl || !this.messageEl) {
			body.empty();
			body.addClass("active-network-graph-body");
			this.legendEl = body.createDiv({ cls: "active-network-graph-legend" });
			this.statusEl = body.createDiv({ cls: "active-network-graph-status" });
			this.messageEl = body.createDiv({ cls: "active-network-graph-message" });
			this.taps.mount(body);
			this.stageEl = body.createDiv({ cls: "active-network-graph-stage" });
		}
		return { legend: this.legendEl, status: this.statusEl, stage: this.stageEl, message: this.messageEl };
	}

	/** Re-renders when the index changed and the view is shown (the base's rule), keeping the drawing. */
	override refresh(force = false): void {
		const body = this.bodyEl;
		if (!body || !this.contentEl.isShown()) return;
		const version = this.host.feed.version;
		if (!force && version === this.shownVersion) {
			this.resumeLayout();
			return;
		}
		this.shownVersion = version;
		this.renders++;
		const parts = this.parts(body);
		const network = this.host.feed.network();
		if (!network || network.people.size === 0) {
			this.showMessage(parts, (el) => (network ? renderNoPeople(el) : renderEmpty(el, indexingText(this.host.feed.progress))));
			return;
		}
		this.render(body, network, this.host.today());
	}

	private showMessage(parts: ReturnType<PeopleGraphView["parts"]>, fill: (el: HTMLElement) => void): void {
		parts.message.empty();
		fill(parts.message);
		parts.stage.hide();
		parts.legend.empty();
		parts.status.empty();
	}

	protected render(body: HTMLElement, network: Network, today: IsoDate): void {
		const parts = this.parts(body);
		this.circles?.update(network);
		const cold = new Set(coldReport(network, this.host.settings, today).cold.map((s) => s.path));
		const model = (this.model ??= new PeopleGraphModel(this.currentTheme()));
		const circle = this.circles?.value || null;
		const kind = this.kind || null;
		const community = networkCommunities(network, { circles: circle ? [circle] : [], kinds: kind ? [kind] : [] }).community;
		const change = model.update({ data: graphData(network), cold, circle, kind, community });
		this.renderLegend(parts.legend, model);
		if (model.graph.order === 0) {
			this.layout?.cancel();
			this.showMessage(parts, (el) => renderEmpty(el, "No one matches these filters."));
			return;
		}
		parts.message.empty();
		if (this.surfaceState === "unavailable") this.renderNoWebGL(parts.message);
		else parts.stage.show();
		if (change === "graph") {
			this.surface?.setGraph(model.graph);
			this.startLayout();
		} else this.surface?.refresh();
		this.renderStatus();
		this.ensureSurface(parts.stage);
	}

	private renderLegend(el: HTMLElement, model: PeopleGraphModel): void {
		el.empty();
		for (const entry of model.legend) {
			const item = el.createDiv({ cls: "active-network-graph-legend-item" });
			const swatch = entry.swatch === NONE ? "none" : entry.swatch === OTHER ? "other" : `palette-${entry.swatch}`;
			item.createSpan({ cls: `active-network-graph-swatch active-network-graph-ink mod-${swatch}` });
			item.createSpan({ text: entry.circle ?? "No circle" });
			item.createSpan({ cls: "active-network-count", text: String(entry.count) });
		}
	}

	private renderStatus(): void {
		const el = this.statusEl;
		const model = this.model;
		if (!el || !model) return;
		const parts = [count(model.graph.order, "person", "people"), count(model.graph.size, "connection", "connections")];
		const cold = model.coldShown;
		if (cold > 0) parts.push(`${count(cold, "cold person", "cold people")} faded`);
		const laying = this.layout && !this.layout.finished ? ". Laying out..." : "";
		el.setText(`${parts.join(", ")}${laying}`);
	}

	private renderNoWebGL(el: HTMLElement): void {
		el.empty();
		renderEmpty(el, "The people graph needs WebGL, which is not available here. The Export network as canvas command shows the same network in a canvas.");
		this.stageEl?.hide();
	}

	private events(): SurfaceEvents {
		return {
			hover: (path) => this.hover(path),
			click: (path, evt, touch) => {
				if (!touch) return void this.host.actions.openNote(path, null, evt ?? undefined);
				this.hover(path);
				this.taps.tap(path);
			},
			clickStage: () => {
				this.hover(null);
				this.taps.show(null);
			},
		};
	}

	/** Highlights a person and their neighbours (null: no one). */
	hover(path: string | null): void {
		if (this.model?.hover(path)) this.surface?.refresh();
	}

	/** Asks for a surface once; where there is none (no WebGL), says so and keeps the legend. */
	private ensureSurface(stage: HTMLElement): void {
		if (this.surfaceState !== "none" || !this.model) return;
		this.surfaceState = "loading";
		const model = this.model;
		this.host
			.graphSurface(stage, model, this.currentTheme(), this.events())
			.catch((e: unknown) => {
				console.error("Active Network: the people graph could not be drawn", e);
				return null;
			})
			.then((surface) => {
				if (this.stageEl !== stage || this.model !== model) {
					surface?.kill();
					return;
				}
				if (!surface) {
					this.surfaceState = "unavailable";
					if (this.messageEl && model.graph.order > 0) this.renderNoWebGL(this.messageEl);
					this.layout?.cancel();
					this.renderStatus();
					return;
				}
				this.surface = surface;
				this.surfaceState = "ready";
				surface.setGraph(model.graph);
				surface.refresh();
			}, (e: unknown) => console.error("Active Network: the people graph could not be drawn", e));
	}

	private startLayout(): void {
		this.layout?.cancel();
		this.layout = null;
		const model = this.model;
		if (!model || this.surfaceState === "unavailable") return;
		const total = layoutIterations(model.graph.order, model.knownFraction);
		if (total === 0) return;
		this.layout = new SlicedLayout(model.graph, total);
		this.resumeLayout();
	}

	/** Runs (or goes on with) the layout while the view is shown; a hidden view stops and resumes later. */
	private resumeLayout(): void {
		const layout = this.layout;
		if (!layout || layout.finished) return;
		void layout
			.run(
				() => {},
				() => this.layout === layout && this.contentEl.isShown(),
			)
			.then((stats) => {
				if (!stats || this.layout !== layout) return;
				this.lastLayout = stats;
				this.renderStatus();
			});
	}

	/** Resolves when the running layout is done (tests). */
	async settleLayout(): Promise<void> {
		const layout = this.layout;
		if (layout && !layout.finished) await layout.run(() => {}, () => this.layout === layout && this.contentEl.isShown());
	}
}
