/**
 * Introductions in Obsidian: pick two people (or a suggested pair), see how well you know each and what
 * they have in common, then copy the draft, keep it as a note, or record the follow-up in the first
 * person's log.
 */
import { Notice } from "obsidian";
import { addSpan, introduce, type Network, personFileName, suggestIntroductions } from "../core";
import type { NetworkHost } from "./host";
import { IntroSuggestModal } from "./modals/intro-suggest";
import { IntroduceModal } from "./modals/introduce";
import { createNewFile, writeIntroFollowUp } from "./writes";

/** Days until the follow-up of an introduction is due. */
export const FOLLOW_UP_DAYS = 14;

/** How many suggestions the suggester lists. */
const SUGGESTIONS = 50;

/** Copies text to the clipboard; false when the platform refuses. */
async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		new Notice("Copied the introduction.");
		return true;
	} catch (e) {
		console.error("Active Network: copying failed", e);
		return false;
	}
}

/** Opens the Introduce modal for two people, by path. */
export function openIntroduction(host: NetworkHost, network: Network, aPath: string, bPath: string): void {
	const a = network.people.get(aPath);
	const b = network.people.get(bPath);
	if (!a || !b) {
		new Notice("One of these people is no longer in your notes.");
		return;
	}
	if (a.path === b.path) {
		new Notice("Choose two different people to introduce.");
		return;
	}
	const today = host.today();
	const report = introduce(network, a, b, today, host.settings.personTags);
	const due = addSpan(today, { days: FOLLOW_UP_DAYS });
	new IntroduceModal(host.app, report, {
		followUpDue: due,
		copy: copyText,
		createNote: async (text) => {
			const name = personFileName(`Introduction ${a.name} and ${b.name}`) ?? "Introduction";
			const path = await createNewFile(host.writer, "/", [name], "md", text.endsWith("\n") ? text : `${text}\n`);
			if (!path) return false;
			new Notice(`Created ${path}.`);
			await host.workspace.openFile(path, { newTab: "tab" });
			return true;
		},
		recordFollowUp: () => host.undo.group(`Recorded the introduction follow-up with ${a.name}`, () => writeIntroFollowUp(host.writer, a.path, host.settings.logHeading, a, b, due)),
	}).open();
}

/** Introduce…: pick the first person, then the second, then the modal. */
export function startIntroduction(host: NetworkHost): void {
	host.actions.choosePerson("Introduce...", (a) => {
		host.actions.choosePerson(
			`Introduce ${a.name} to...`,
			(b) => {
				const network = host.feed.network();
				if (network) openIntroduction(host, network, a.path, b.path);
			},
			a.path,
		);
	});
}

/** Suggested introductions, best first; choosing one opens the Introduce modal for the pair. */
export function showSuggestedIntroductions(host: NetworkHost, network: Network): void {
	const list = suggestIntroductions(network, SUGGESTIONS, host.settings.personTags);
	new IntroSuggestModal(host.app, network, list, (s) => {
		const current = host.feed.network();
		if (current) openIntroduction(host, current, s.a, s.b);
	}).open();
}
