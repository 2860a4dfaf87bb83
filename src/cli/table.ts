/** Plain text tables for a person at a terminal. */

/** Width of a string in terminal cells (wide East Asian characters and emoji take two). */
export function cellWidth(s: string): number {
	let w = 0;
	for (const ch of s) {
		const cp = ch.codePointAt(0) ?? 0;
		if (cp < 0x20 || (cp >= 0x300 && cp < 0x370) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
		w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
			(cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x1f300 && cp <= 0x1faff) ? 2 : 1;
	}
	return w;
}

function clip(s: string, max: number): string {
	if (cellWidth(s) <= max) return s;
	let out = "";
	for (const ch of s) {
		if (cellWidth(out + ch) > max - 1) break;
		out += ch;
	}
	return `${out}…`;
}

/** Renders rows under a header; the last column takes what is left of `width`. */
export function table(header: string[], rows: string[][], width = 120): string {
	// eslint-disable-next-line no-control-regex -- control characters from notes must not reach the terminal
	const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, " ");
	const all = [header, ...rows].map((r) => r.map(clean));
	const widths = header.map((_, i) => Math.min(40, Math.max(...all.map((r) => cellWidth(r[i] ?? "")))));
	const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
	widths[widths.length - 1] = Math.max(cellWidth(header[header.length - 1] ?? ""), Math.min(widths[widths.length - 1] ?? 10, width - fixed));
	const line = (r: string[]) =>
		r.map((c, i) => {
			const s = clip(c, widths[i] ?? 10);
			return i === r.length - 1 ? s : s + " ".repeat(Math.max(0, (widths[i] ?? 0) - cellWidth(s)));
		}).join("  ").trimEnd();
	return [line(all[0] ?? []), line(widths.map((w) => "-".repeat(w))), ...all.slice(1).map(line)].join("\n");
}
