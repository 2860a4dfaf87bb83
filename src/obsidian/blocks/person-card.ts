/**
 * `person` in a block: one person at a glance (last contact, cadence, open promises both ways, how you
 * can help, met through, give and take), with the same actions as the views.
 */
import { basename, type IsoDate, ledgerFor, type Network, openPromises, type Person, personState } from "../../core";
import type { NetworkHost } from "../host";
import { ledgerLines } from "../views/person-panel";
import { personActions, renderEmpty, renderPromiseRow, renderRow } from "../views/rows";
import { cadenceWhy, coldWhen } from "../views/wording";

function field(parent: HTMLElement, label: string, value: string): void {
	const row = parent.createDiv({ cls: "active-network-block-field" });
	row.createSpan({ cls: "active-network-block-label", text: `${label}: ` });
	row.createSpan({ text: value });
}

/** Names of the people someone was met through (a link that is no person stays as written). */
function metThroughNames(network: Network, person: Person): string {
	const edges = network.edgeOrder.filter((e) => (e.counts.met_through ?? 0) > 0 && (e.source === person.path || e.target === person.path));
	const via = edges.map((e) => network.people.get(e.source === person.path ? e.target : e.source)?.name ?? "").filter((n) => n !== "");
	const written = person.metThrough.map((l) => basename(l));
	return [...new Set(via.length > 0 ? via : written)].join(", ");
}

export function renderPersonCard(el: HTMLElement, host: NetworkHost, network: Network, person: Person, today: IsoDate): void {
	const card = el.createDiv({ cls: "active-network-block-person" });
	const head = renderRow(card, {
		who: person.name,
		why: person.circles.length > 0 ? person.circles.join(", ") : "No circle",
		when: "",
		open: (evt) => void host.actions.openNote(person.path, null, evt),
		actions: personActions(host, person.path),
	});
	head.addClass("active-network-block-person-head");
	const state = personState(person, network, host.settings, today);
	field(card, "Last contact", state.lastContact ? `${state.lastContact} (${coldWhen(state, today)})` : "Never contacted");
	field(card, "Cadence", state.due ? `${cadenceWhy(state)}, next due ${state.due}` : cadenceWhy(state));
	if (person.needs.length > 0) field(card, "How you can help", person.needs.join("; "));
	if (person.offers.length > 0) field(card, "Offers", person.offers.join("; "));
	const met = metThroughNames(network, person);
	if (met !== "") field(card, "Met through", met);
	field(card, "Give and take", ledgerLines(ledgerFor(network, person.path, host.settings)).join(" "));
	const promises = openPromises(network, today).filter((p) => p.people.includes(person.path));
	const section = card.createDiv({ cls: "active-network-rows" });
	if (promises.length === 0) renderEmpty(section, "No open promises either way.");
	for (const p of promises) {
		renderPromiseRow(section, host, network, p);
	}
}
