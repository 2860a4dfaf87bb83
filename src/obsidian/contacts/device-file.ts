/**
 * Picks a file from the device: a hidden `<input type=file>` (the one way that works on desktop and on
 * mobile alike), read as bytes (File.arrayBuffer, or FileReader where that is missing).
 */
export interface PickedFile {
	name: string;
	bytes: Uint8Array;
}

function readBytes(file: File): Promise<ArrayBuffer> {
	if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(reader.result as ArrayBuffer);
		reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
		reader.readAsArrayBuffer(file);
	});
}

/** Opens the device's file picker; `onPick` gets the chosen file's bytes (nothing when cancelled). */
export function pickDeviceFile(accept: string, onPick: (file: PickedFile) => void, onError: (message: string) => void): HTMLInputElement {
	const input = document.body.createEl("input", { type: "file", cls: "active-network-hidden", attr: { accept, "data-active-network-picker": "vcard" } });
	input.addEventListener("change", () => {
		const file = input.files?.[0];
		input.remove();
		if (!file) return;
		readBytes(file).then(
			(buf) => onPick({ name: file.name, bytes: new Uint8Array(buf) }),
			(e: unknown) => onError(`Could not read "${file.name}": ${e instanceof Error ? e.message : String(e)}`),
		);
	});
	// A cancelled picker fires no change event: the input goes when the window gets focus back.
	window.addEventListener(
		"focus",
		() =>
			window.setTimeout(() => {
				if (!input.files?.length) input.remove();
			}, 1000),
		{ once: true },
	);
	input.click();
	return input;
}
