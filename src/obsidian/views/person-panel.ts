/**
 * The person panel, at the top of the Reminders sidebar while a person's note is open: the last
 * touchpoints, open promises with them, what they need and offer, and give and take (counts, the last
 * of each, and a gentle word when it has gone one-sided).
 */
import { type IsoDate, type Ledger, ledgerFor, type Network, openPromises, taskText, type Touchpoint } from "../../core";
import type { NetworkHost } from "../host";
import { renderRhythmLine } from "./rhythm-line";
import { renderTouchpointChart } from "./history-charts";
import { renderPromiseRow } from "./rows";


/** How many touchpoints the panel lists. */
const LAST = 3;

function times(n: number): string {
	return n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}

/** A touchpoint as one line: its date and what happened. */
export function touchpointText(t: Touchpoint): string {
	const help = t.help === "gave" ? " (you helped)" : t.help === "got" ? " (they helped)" : "";
	if (t.kind === "field") return `${t.date}: last_contact${help}`;
	if (t.kind === "note") return `${t.date}: ${t.text === t.date ? "daily note" : t.text}${help}`;
	// As the other views show text: links as names, emphasis as words, no bookkeeping tags.
	return `${t.date}: ${t.text ? taskText(t.text) : "(no note)"}${help}`;
}

/** Give and take in two plain lines, and the gentle note when it is one-sided. */
export function ledgerLines(l: Ledger): string[] {
	if (l.gave === 0 && l.got === 0) return ["No help either way recorded yet: tag a log line #gave or #got."];
	const lines = [
		l.gave === 0 ? "You helped: not yet" : `You helped: ${times(l.gave)}, last on ${l.lastGave ?? "?"}`,
		l.got === 0 ? "They helped: not yet" : `They helped: ${times(l.got)}, last on ${l.lastGot ?? "?"}`,
	];
	if (l.note) lines.push(`${l.note.charAt(0).toUpperCase()}${l.note.slice(1)}.`);
	return lines;
}

function subheading(parent: HTMLElement, text: string): void {
	parent.createDiv({ cls: "active-network-panel-heading", text });
}

/** Renders the panel for the person at `path`; nothing when that note is not a person. */
export function renderPersonPanel(parent: HTMLElement, host: NetworkHost, network: Network, path: string, today: IsoDate): boolean {
	const person = network.people.get(path);
	if (!person) return false;
	const section = parent.createDiv({ cls: "active-network-section active-network-person-panel" });
	const head = section.createDiv({ cls: "active-network-section-title" });
	head.createSpan({ text: person.name });
	const body = section.createDiv({ cls: "active-network-panel" });

	subheading(body, "Last touchpoints");
	const touchpoints = network.touchpoints.get(path) ?? [];
	if (touchpoints.length === 0) body.createDiv({ cls: "active-network-panel-line mod-empty", text: "None yet." });
	for (const t of touchpoints.slice(0, LAST)) {
		const line = body.createDiv({ cls: "active-network-panel-line mod-touchpoint", text: touchpointText(t), attr: { role: "link", tabindex: 0 } });
		const open = (evt: MouseEvent | KeyboardEvent) => void host.actions.openNote(t.path, t.line, evt);
		line.addEventListener("click", open);
		line.addEventListener("keydown", (evt) => {
			if (evt.key === "Enter") open(evt);
		});
	}
	if (touchpoints.length > LAST) body.createDiv({ cls: "active-network-panel-line mod-more", text: `and ${touchpoints.length - LAST} before` });
	renderRhythmLine(body, host, network, path, today);
	renderTouchpointChart(body, touchpoints, today);

	const promises = openPromises(network, today).filter((p) => p.people.includes(path));
	subheading(body, "Open promises");
	if (promises.length === 0) body.createDiv({ cls: "active-network-panel-line mod-empty", text: "None." });
	else {
		const rows = body.createDiv({ cls: "active-network-rows" });
		for (const p of promises) {
			renderPromiseRow(rows, host, network, p);
		}
	}

	if (person.needs.length > 0 || person.offers.length > 0) {
		subheading(body, "How you can help each other");
		if (person.needs.length > 0) body.createDiv({ cls: "active-network-panel-line mod-needs", text: `Needs: ${person.needs.join("; ")}` });
		if (person.offers.length > 0) body.createDiv({ cls: "active-network-panel-line mod-offers", text: `Offers: ${person.offers.join("; ")}` });
	}

	subheading(body, "Give and take");
	const ledger = ledgerFor(network, path, host.settings);
	ledgerLines(ledger).forEach((text, i) => {
		const oneSided = ledger.note !== null && i === 2;
		body.createDiv({ cls: `active-network-panel-line mod-ledger${oneSided ? " mod-one-sided" : ""}`, text });
	});
	return true;
}
