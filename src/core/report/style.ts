/**
 * Emphasis for text output. The caller decides whether colour is wanted (a terminal, no NO_COLOR, not
 * JSON); the formatting only asks for "strong" or "warn", so it reads the same without colour.
 */
export interface Style {
	strong: (s: string) => string;
	warn: (s: string) => string;
	faint: (s: string) => string;
}

export const PLAIN: Style = { strong: (s) => s, warn: (s) => s, faint: (s) => s };

const sgr = (code: string) => (s: string) => (s === "" ? s : `\x1b[${code}m${s}\x1b[0m`);

export const COLOUR: Style = { strong: sgr("1"), warn: sgr("31"), faint: sgr("2") };
