/** The command palette: open each view, next touchpoints, and the actions. No default hotkeys. */
import { Notice, type Plugin } from "obsidian";
import { type Network, nextTouchpoints, openPromises } from "../core";
import { exportCanvas } from "./canvas-export";
import type { NetworkHost } from "./host";
import { showSuggestedIntroductions, startIntroduction } from "./introductions";
import { NextTouchpointsModal } from "./modals/next-touchpoints";
import { PromiseSuggestModal } from "./modals/promise-suggest";
import { COLD_VIEW, GRAPH_VIEW, PROMISES_VIEW, REMINDERS_VIEW } from "./views/view-types";

/** Runs `fn` with today's network, or says the index is not ready yet. */
function withNetwork(host: NetworkHost, fn: (network: Network) => void): void {
	const network = host.feed.network();
	if (!network) {
		new Notice("Still indexing your vault. Try again in a moment.");
		return;
	}
	fn(network);
}

export function registerCommands(plugin: Plugin, host: NetworkHost): void {
	const { app, actions, workspace } = host;
	plugin.addCommand({ id: "open-reminders", name: "Show reminders", callback: () => void workspace.openView(REMINDERS_VIEW) });
	plugin.addCommand({ id: "open-cold-relationships", name: "Show cold relationships", callback: () => void workspace.openView(COLD_VIEW) });
	plugin.addCommand({ id: "open-promises", name: "Show open promises", callback: () => void workspace.openView(PROMISES_VIEW) });
	plugin.addCommand({ id: "open-people-graph", name: "Show people graph", callback: () => void workspace.openView(GRAPH_VIEW, "tab") });
	plugin.addCommand({
		id: "next-touchpoints",
		name: "Next touchpoints",
		callback: () =>
			withNetwork(host, (network) => {
				const items = nextTouchpoints(network, host.settings, host.today(), 50);
				const empty = network.people.size === 0 ? "No people yet: add `type: person` to a note." : "Nobody needs a touchpoint right now.";
				new NextTouchpointsModal(
					app,
					items,
					empty,
					(item, evt) => void actions.openNote(item.path, null, evt),
					(item) => actions.logTouchpoint(item.path),
				).open();
			}),
	});
	plugin.addCommand({
		id: "review-cold",
		name: "Review cold relationships",
		callback: () => withNetwork(host, () => actions.reviewCold()),
	});
	plugin.addCommand({
		id: "log-touchpoint",
		name: "Log touchpoint with a person",
		callback: () => withNetwork(host, () => actions.choosePerson("Log a touchpoint with...", (p) => actions.logTouchpoint(p.path))),
	});
	plugin.addCommand({ id: "new-person", name: "New person", callback: () => actions.newPerson() });
	plugin.addCommand({
		id: "snooze-person",
		name: "Snooze a person",
		callback: () => withNetwork(host, () => actions.choosePerson("Snooze reminders for...", (p) => actions.snooze(p.path))),
	});
	plugin.addCommand({
		id: "mark-promise-kept",
		name: "Mark a promise kept",
		callback: () =>
			withNetwork(host, (network) => {
				new PromiseSuggestModal(app, network, openPromises(network, host.today()), (p) => void actions.markKept(p)).open();
			}),
	});
	plugin.addCommand({
		id: "introduce",
		name: "Introduce…",
		callback: () => withNetwork(host, () => startIntroduction(host)),
	});
	plugin.addCommand({
		id: "suggest-introductions",
		name: "Suggested introductions",
		callback: () => withNetwork(host, (network) => showSuggestedIntroductions(host, network)),
	});
	plugin.addCommand({
		id: "export-canvas",
		name: "Export network as canvas",
		callback: () => withNetwork(host, (network) => void exportCanvas(host, network)),
	});
}
