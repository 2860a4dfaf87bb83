/**
 * The "Relationships" Bases view (Obsidian 1.10+): each entry of the base that is a person, with status,
 * last contact, due date and open promises, most urgent first; entries that are not people are listed
 * plainly below. View options: include never-contacted people, one circle. The class is made only when
 * the app has Bases (`BasesView` does not exist in older apps, so it cannot be extended at load time).
 * Each row also says the person's rhythm, learnt from the touchpoints ("usually every 2 weeks"), and
 * how far they have drifted from it when it is more than twice that.
 */
import { type BasesEntry, BasesView, type Plugin, type QueryController, requireApiVersion } from "obsidian";
import { driftDetail, describeRhythm, type IsoDate, type Network, openPromises, type PersonState, personState, rhythmDays } from "../../core";
import type { NetworkHost } from "../host";
import { personActions, renderEmpty, renderRow, renderSection } from "../views/rows";
import { cadenceWhy, coldWhen } from "../views/wording";

export const BASES_VIEW = "active-network-relationships";
export const BASES_VERSION = "1.10.0";

/** Most urgent first: cold (most overdue for the cadence), never contacted, then by due date; snoozed and paused last. */
const RANK: Record<PersonState["status"], number> = { cold: 0, never: 1, ok: 2, snoozed: 3, paused: 4 };

export interface RelationshipRow {
	state: PersonState;
	open: number;
	overdue: number;
	/** Days between touchpoints as they usually come, or null (too few to tell). */
	rhythm: number | null;
}

/** The people among `paths`, filtered by the view options and ordered by urgency; and the rest. */
export function relationshipRows(host: NetworkHost, network: Network, paths: readonly string[], today: IsoDate, opts: { includeNever: boolean; circle: string }): { people: RelationshipRow[]; others: string[] } {
	const promises = openPromises(network, today);
	const circle = opts.circle.trim().toLowerCase();
	const people: RelationshipRow[] = [];
	const others: string[] = [];
	for (const path of paths) {
		const person = network.people.get(path);
		if (!person) {
			others.push(path);
			continue;
		}
		const state = personState(person, network, host.settings, today);
		if (!opts.includeNever && state.status === "never") continue;
		if (circle !== "" && !person.circles.some((c) => c.toLowerCase() === circle)) continue;
		const mine = promises.filter((p) => p.people.includes(path));
		people.push({ state, open: mine.length, overdue: mine.filter((p) => p.overdue).length, rhythm: rhythmDays(network, path, today) });
	}
	const ratio = (s: PersonState) => s.daysOverdue / (s.cadenceDays || 1);
	people.sort((a, b) =>
		RANK[a.state.status] - RANK[b.state.status] || b.overdue - a.overdue || ratio(b.state) - ratio(a.state) ||
		(a.state.due ?? "9999").localeCompare(b.state.due ?? "9999") || a.state.name.localeCompare(b.state.name));
	return { people, others };
}

const STATUS: Record<PersonState["status"], string> = { ok: "On track", cold: "Cold", never: "Never contacted", snoozed: "Snoozed", paused: "Paused" };

function whyOf(r: RelationshipRow, today: IsoDate): string {
	const parts = [STATUS[r.state.status], cadenceWhy(r.state)];
	if (r.rhythm !== null) parts.push(driftDetail(r.rhythm, r.state.lastContact, today) ?? `usually ${describeRhythm(r.rhythm)}`);
	if (r.open > 0) parts.push(`${r.open} open promise${r.open === 1 ? "" : "s"}${r.overdue > 0 ? `, ${r.overdue} overdue` : ""}`);
	return parts.join(" · ");
}

function whenOf(r: RelationshipRow, today: IsoDate): string {
	const last = coldWhen(r.state, today);
	return r.state.due ? `${last} · due ${r.state.due}` : last;
}

/** Registers the view when the app has Bases (1.10+) and Bases is on. Returns whether it did. */
export function registerRelationshipsView(plugin: Plugin, host: NetworkHost): boolean {
	const p = plugin as Plugin & { registerBasesView?: unknown };
	// The class is made here, behind the check: `BasesView` is undefined in apps before 1.10.
	if (requireApiVersion("1.10.0") && typeof p.registerBasesView === "function") {
		class RelationshipsView extends BasesView {
			type = BASES_VIEW;
			renders = 0;

			constructor(controller: QueryController, private readonly el: HTMLElement) {
				super(controller);
			}

			override onload(): void {
				this.register(host.feed.onChange(() => this.onDataUpdated()));
			}

			onDataUpdated(): void {
				const el = this.el;
				if (!el.isConnected) return;
				this.renders++;
				el.empty();
				el.addClass("active-network-view", "active-network-bases");
				const network = host.feed.network();
				if (!network) return void renderEmpty(el, "Indexing your vault...");
				const today = host.today();
				const entries: BasesEntry[] = this.data?.data ?? [];
				const includeNever = this.config?.get("includeNever") !== false;
				const circle = this.config?.get("circle");
				const { people, others } = relationshipRows(host, network, entries.map((e) => e.file.path), today, { includeNever, circle: typeof circle === "string" ? circle : "" });
				if (people.length === 0 && others.length === 0) return void renderEmpty(el, "This base has no entries.");
				if (people.length > 0) {
					const rows = renderSection(el, "Relationships", people.length);
					for (const r of people) {
						renderRow(rows, {
							who: r.state.circles.length > 0 ? `${r.state.name} (${r.state.circles.join(", ")})` : r.state.name,
							why: whyOf(r, today),
							when: whenOf(r, today),
							whenCls: r.state.status === "cold" || r.overdue > 0 ? "mod-overdue" : undefined,
							open: (evt) => void host.actions.openNote(r.state.path, null, evt),
							actions: personActions(host, r.state.path),
						});
					}
				} else renderEmpty(el, "No people in this base match the view's options.");
				if (others.length > 0) {
					const list = renderSection(el, "Not people", others.length);
					for (const path of others) {
						const item = list.createDiv({ cls: "active-network-bases-other", attr: { tabindex: 0, role: "link" } });
						item.setText(path.endsWith(".md") ? path.slice(0, -3) : path);
						item.addEventListener("click", (evt) => void host.actions.openNote(path, null, evt));
					}
				}
			}
		}
		return plugin.registerBasesView(BASES_VIEW, {
			name: "Relationships",
			icon: "users",
			factory: (controller, containerEl) => new RelationshipsView(controller, containerEl),
			options: () => [
				{ type: "toggle", key: "includeNever", displayName: "Include never contacted", default: true },
				{ type: "text", key: "circle", displayName: "Circle", placeholder: "All circles" },
			],
		});
	}
	return false;
}
