/**
 * The person panel's rhythm line: "Usually every 2 weeks", learnt from the touchpoints, and for a
 * person with no cadence of their own a button that writes it as their cadence (one click, undoable).
 */
import { Notice } from "obsidian";
import { describeRhythm, type IsoDate, type Network, rhythmCadence, rhythmDays, setFrontmatterKey } from "../../core";
import type { NetworkHost } from "../host";

/** Writes `cadence: <value>` into the note as it is now; refuses (changing nothing) when the frontmatter cannot be edited safely. */
export async function writeCadence(host: NetworkHost, path: string, name: string, value: string): Promise<boolean> {
	const outcome: { refused: string | null } = { refused: null };
	try {
		await host.undo.group(`Set the cadence of ${name} to ${value}`, () =>
			host.writer.process(path, (text) => {
				const r = setFrontmatterKey(text, "cadence", value);
				if (r.ok) return r.text;
				outcome.refused = r.reason;
				return text;
			}),
		);
	} catch (e) {
		new Notice(`Active Network: setting the cadence failed: ${e instanceof Error ? e.message : String(e)}`);
		return false;
	}
	if (outcome.refused !== null) {
		new Notice(`Active Network: the cadence was not set, ${outcome.refused} in ${name}. Nothing was changed.`);
		return false;
	}
	return true;
}

/** Adds the rhythm line (and the button when there is no cadence of their own); nothing without a rhythm. */
export function renderRhythmLine(parent: HTMLElement, host: NetworkHost, network: Network, path: string, today: IsoDate): void {
	const person = network.people.get(path);
	const rhythm = rhythmDays(network, path, today);
	if (!person || rhythm === null) return;
	const words = describeRhythm(rhythm);
	const line = parent.createDiv({ cls: "active-network-panel-line mod-rhythm", text: `Usually ${words}` });
	if (person.cadence !== null) return;
	const value = rhythmCadence(rhythm);
	const button = line.createEl("button", { cls: "active-network-use-rhythm", text: "Use as cadence", attr: { "aria-label": `Set cadence: ${value}` } });
	button.addEventListener("click", () => {
		button.disabled = true;
		void writeCadence(host, path, person.name, value);
	});
}
