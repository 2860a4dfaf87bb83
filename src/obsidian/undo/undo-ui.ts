/** Undo as the user meets it: a notice with an Undo button after every change, and "Undo last change". */
import { Notice, type Plugin } from "obsidian";
import type { UndoStep } from "../ports";
import type { UndoableWriter, UndoOutcome } from "./undoable-writer";

/** How long the notice with Undo stays (ms): long enough to reach the button. */
export const UNDO_NOTICE_MS = 8000;

function say(outcome: UndoOutcome): void {
	new Notice(outcome.ok ? outcome.message : `Active Network: ${outcome.message}`);
}

/** The notice after a change: what was done, and a button that walks exactly that step back. */
export function showUndoNotice(writer: UndoableWriter, step: UndoStep): Notice {
	const box = { notice: null as Notice | null };
	const fragment = createFragment((f) => {
		f.createSpan({ cls: "active-network-undo-label", text: `${step.label}. ` });
		const button = f.createEl("button", { text: "Undo", cls: "active-network-undo" });
		button.addEventListener("click", (evt) => {
			evt.stopPropagation();
			button.disabled = true;
			box.notice?.hide();
			void writer.undo(step).then(say);
		});
	});
	box.notice = new Notice(fragment, UNDO_NOTICE_MS);
	return box.notice;
}

/** "Undo last change": walks back the newest step each time, up to the last ten. */
export function registerUndoCommand(plugin: Plugin, writer: UndoableWriter): void {
	plugin.addCommand({
		id: "undo-last-change",
		name: "Undo last change",
		callback: () => {
			const undone = writer.undoLast();
			if (!undone) {
				new Notice("Active Network: nothing to undo (the last ten changes made by the plugin can be undone).");
				return;
			}
			void undone.then(say);
		},
	});
}
