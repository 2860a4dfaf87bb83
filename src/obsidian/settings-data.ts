/** Settings as stored in data.json, and the parsing of what the settings tab's fields hold. */
import { normalizePath } from "obsidian";
import { DEFAULT_CIRCLE_CADENCES, parseCadence, type Settings } from "../core";

/**
 * What to save: the settings, plus `null` for every shipped circle default the user removed (the core's
 * resolveSettings merges the shipped defaults back in unless told otherwise).
 */
export function storedSettings(s: Settings): Record<string, unknown> {
	const circles: Record<string, string | null> = { ...s.circleCadences };
	for (const c of Object.keys(DEFAULT_CIRCLE_CADENCES)) if (!(c in circles)) circles[c] = null;
	return { ...s, circleCadences: circles };
}

/** `a, b, c` → `[a, b, c]`. */
export function parseList(v: string): string[] {
	return v
		.split(",")
		.map((x) => x.trim())
		.filter((x) => x !== "");
}

/** One folder a line (commas also separate); each normalised. */
export function parseFolders(v: string): string[] {
	const out: string[] = [];
	for (const raw of v.split(/[\n,]/)) {
		const t = raw.trim();
		if (t === "") continue;
		const f = normalizePath(t);
		if (f !== "/" && !out.includes(f)) out.push(f);
	}
	return out;
}

export function formatCircleCadences(c: Record<string, string>): string {
	return Object.entries(c)
		.map(([k, v]) => `${k}: ${v}`)
		.join("\n");
}

/** `family: 14d` lines → cadences by circle, and the lines that are not valid. */
export function parseCircleCadences(v: string): { cadences: Record<string, string>; invalid: string[] } {
	const cadences: Record<string, string> = {};
	const invalid: string[] = [];
	for (const raw of v.split("\n")) {
		const line = raw.trim();
		if (line === "") continue;
		const colon = line.indexOf(":");
		const circle = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : "";
		const cadence = colon > 0 ? line.slice(colon + 1).trim() : "";
		if (circle === "" || !parseCadence(cadence)) invalid.push(line);
		else cadences[circle] = cadence;
	}
	return { cadences, invalid };
}

/** A whole number at least `min`, or null. */
export function parseCount(v: string, min: number): number | null {
	const t = v.trim();
	if (!/^\d+$/.test(t)) return null;
	const n = Number(t);
	return n >= min ? n : null;
}
