/** Plain text tables for a person at a terminal. */
import { PLAIN, type Style } from "./style";

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

export interface Column {
	title: string;
	/**
	 * The one column that gives up room when the table is wider than the terminal (its cells end in …).
	 * No other column is ever cut: a `file:line` or a date stays whole even if the line wraps.
	 */
	flex?: boolean;
}

/** A cell, or a cell to stand out (overdue, cold). */
export type Cell = string | { text: string; warn: true };

const FLEX_MIN = 20;

/** Renders rows under a header. `width` is the terminal's (none when not a terminal: nothing is cut). */
export function table(columns: readonly Column[], rows: readonly Cell[][], options: { width?: number; style?: Style } = {}): string {
	const style = options.style ?? PLAIN;
	// eslint-disable-next-line no-control-regex -- control characters from notes must not reach the terminal
	const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, " ");
	const text = (c: Cell | undefined) => clean(typeof c === "string" ? c : (c?.text ?? ""));
	const body = rows.map((r) => columns.map((_, i) => text(r[i])));
	const widths = columns.map((c, i) => Math.max(cellWidth(c.title), ...body.map((r) => cellWidth(r[i] ?? ""))));
	const flex = columns.findIndex((c) => c.flex);
	if (options.width !== undefined && flex >= 0) {
		const others = widths.reduce((a, w, i) => (i === flex ? a : a + w + 2), 0);
		widths[flex] = Math.max(Math.min(widths[flex] ?? 0, FLEX_MIN), Math.min(widths[flex] ?? 0, options.width - others));
	}
	const line = (cells: string[], paint: (i: number, s: string) => string) =>
		cells.map((c, i) => {
			const s = clip(c, widths[i] ?? 0);
			const padded = i === cells.length - 1 ? s : s + " ".repeat(Math.max(0, (widths[i] ?? 0) - cellWidth(s)));
			return paint(i, padded);
		}).join("  ").trimEnd();
	return [
		line(columns.map((c) => c.title), (_, s) => style.strong(s)),
		line(widths.map((w) => "-".repeat(w)), (_, s) => s),
		...body.map((cells, r) => line(cells, (i, s) => (typeof rows[r]?.[i] === "object" ? style.warn(s) : s))),
	].join("\n");
}
