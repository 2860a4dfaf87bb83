/**
 * The people graph's colours come from the theme: WebGL cannot read CSS, so each colour is a CSS class of
 * styles.css set to an Obsidian variable (`--color-blue`, `--text-normal`...), read back with
 * getComputedStyle from a hidden probe. Obsidian's colour variables are tuned for light and dark themes
 * alike, and community themes restyle them. When the stylesheet is not there (tests), a fixed palette
 * stands in.
 */

/** Circle colours, in order: Obsidian's accent colours. */
export const PALETTE_VARIABLES = ["blue", "green", "orange", "purple", "red", "cyan", "yellow", "pink"] as const;
export const PALETTE_SIZE = PALETTE_VARIABLES.length;

export interface GraphTheme {
	/** One colour per circle, the busiest circles first. */
	palette: string[];
	/** Circles past the palette's end. */
	other: string;
	/** People with no circle. */
	none: string;
	edge: string;
	/** Edges and rings of the person under the pointer. */
	accent: string;
	text: string;
	background: string;
	/** The labels' font family. */
	font: string;
}

/** Obsidian's default light theme values, used when the stylesheet cannot be read. */
export const FALLBACK_THEME: GraphTheme = {
	palette: ["#086ddd", "#08b94e", "#ec7500", "#7852ee", "#e93147", "#00bfbc", "#e0ac00", "#d53984"],
	other: "#5c5c5c",
	none: "#ababab",
	edge: "#d4d4d4",
	accent: "#8a5cf5",
	text: "#222222",
	background: "#ffffff",
	font: "sans-serif",
};

export interface Rgba {
	r: number;
	g: number;
	b: number;
	a: number;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i;

/** Reads `#rgb`, `#rrggbb(aa)`, `rgb()` and `rgba()` (comma or space syntax); null for anything else. */
export function parseColor(value: string): Rgba | null {
	const s = value.trim();
	const hex = HEX.exec(s)?.[1];
	if (hex) {
		const full = hex.length <= 4 ? [...hex].map((c) => c + c).join("") : hex;
		const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
		return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
	}
	const m = RGB.exec(s);
	if (!m) return null;
	const alpha = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
	const c = (x: string | undefined) => Math.max(0, Math.min(255, Math.round(parseFloat(x ?? "0"))));
	return { r: c(m[1]), g: c(m[2]), b: c(m[3]), a: Math.max(0, Math.min(1, alpha)) };
}

function hex2(n: number): string {
	return Math.round(n).toString(16).padStart(2, "0");
}

/** `#rrggbb`, the form every renderer reads. */
export function toHex(c: Rgba): string {
	return `#${hex2(c.r)}${hex2(c.g)}${hex2(c.b)}`;
}

/** `from` moved `t` of the way towards `to` (0: `from`, 1: `to`), as `#rrggbb`. Unreadable colours stay as given. */
export function mix(from: string, to: string, t: number): string {
	const a = parseColor(from);
	const b = parseColor(to);
	if (!a || !b) return from;
	return toHex({ r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t, a: 1 });
}

/** A colour over the background, opaque: a translucent theme colour blended as the screen shows it. */
function flatten(value: string, background: string): string | null {
	const c = parseColor(value);
	if (!c) return null;
	const bg = parseColor(background) ?? { r: 255, g: 255, b: 255, a: 1 };
	return toHex({ r: bg.r + (c.r - bg.r) * c.a, g: bg.g + (c.g - bg.g) * c.a, b: bg.b + (c.b - bg.b) * c.a, a: 1 });
}

/**
 * The theme's colours as the graph needs them, read from probes inside `el` (so a theme's per-view
 * overrides apply). Colours a probe cannot give (a format the parser does not read, no stylesheet) fall
 * back to FALLBACK_THEME's.
 */
export function readTheme(el: HTMLElement): GraphTheme {
	const win = el.win ?? window;
	const read = (mod: string): string => {
		const probe = el.createDiv({ cls: `active-network-graph-ink mod-${mod}` });
		try {
			return win.getComputedStyle(probe).color;
		} catch {
			return "";
		} finally {
			probe.detach();
		}
	};
	const background = flatten(read("background"), "#ffffff") ?? FALLBACK_THEME.background;
	const colour = (mod: string, fallback: string) => flatten(read(mod), background) ?? fallback;
	const palette = PALETTE_VARIABLES.map((_, i) => colour(`palette-${i}`, FALLBACK_THEME.palette[i] ?? FALLBACK_THEME.other));
	// Every circle the same colour means the stylesheet is not applied: the fixed palette reads better.
	const styled = new Set(palette).size > 1;
	let font = FALLBACK_THEME.font;
	try {
		font = win.getComputedStyle(el).fontFamily || font;
	} catch {
		// keep the fallback
	}
	if (!styled) return { ...FALLBACK_THEME, font };
	return {
		palette,
		other: colour("other", FALLBACK_THEME.other),
		none: colour("none", FALLBACK_THEME.none),
		edge: colour("edge", FALLBACK_THEME.edge),
		accent: colour("accent", FALLBACK_THEME.accent),
		text: colour("text", FALLBACK_THEME.text),
		background,
		font,
	};
}
