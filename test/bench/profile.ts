/**
 * Reads a V8 CPU profile (`node --cpu-prof`, or the inspector's Profiler) and sums time by function:
 * self time (on top of the stack) and total time (on the stack, counted once per stack when recursive).
 * Positions in the bundle are mapped back to the TypeScript sources through the bundle's source map.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Profiler } from "node:inspector";
import { decode } from "@jridgewell/sourcemap-codec";

export interface FunctionTime {
	/** The function's name, or `(anonymous)`, or V8's `(garbage collector)`, `(program)`, `(idle)`. */
	name: string;
	/** Source file and 1-based line (through the source map when there is one), or "" for V8's own entries. */
	where: string;
	selfMs: number;
	selfPct: number;
	totalMs: number;
	totalPct: number;
}

export interface FileTime {
	file: string;
	selfMs: number;
	selfPct: number;
}

export interface ProfileSummary {
	file: string;
	durationMs: number;
	samples: number;
	top: FunctionTime[];
	byFile: FileTime[];
}

/** One decoded segment with a source: generated column, source index, source line, source column (0-based). */
type Segment = [number, number, number, number];

interface SourceMap {
	sources: string[];
	lines: Segment[][];
	root: string;
}

function loadSourceMap(bundle: string): SourceMap | null {
	const mapFile = `${bundle}.map`;
	if (!existsSync(mapFile)) return null;
	const raw = JSON.parse(readFileSync(mapFile, "utf8")) as { sources?: string[]; mappings?: string };
	if (!raw.sources || typeof raw.mappings !== "string") return null;
	return { sources: raw.sources, lines: decode(raw.mappings).map((line) => line.filter((seg): seg is Segment => seg.length >= 4)), root: dirname(mapFile) };
}

function toPath(url: string): string {
	if (url.startsWith("file://")) {
		try {
			return fileURLToPath(url);
		} catch {
			return url;
		}
	}
	return url;
}

/** Sums a profile by function. `cwd` makes source paths relative (the repository root). */
export function summarizeProfile(file: string, options: { top?: number; cwd?: string } = {}): ProfileSummary {
	const profile = JSON.parse(readFileSync(file, "utf8")) as Profiler.Profile;
	const cwd = options.cwd ?? process.cwd();
	const maps = new Map<string, SourceMap | null>();
	const where = (url: string, line0: number, col0: number): string => {
		if (url === "") return "";
		const path = toPath(url);
		if (!maps.has(path)) maps.set(path, path.startsWith("node:") ? null : loadSourceMap(path));
		const map = maps.get(path);
		const segs = map?.lines[line0];
		if (map && segs && segs.length > 0) {
			let hit: Segment | undefined;
			for (const s of segs) {
				if (s[0] > col0) break;
				hit = s;
			}
			hit ??= segs[0];
			if (hit) {
				const source = resolve(map.root, map.sources[hit[1]] ?? "?");
				return `${relative(cwd, source)}:${hit[2] + 1}`;
			}
		}
		return `${path.startsWith("/") ? relative(cwd, path) : path}:${line0 + 1}`;
	};

	// Time per sample: the gap to the next sample (the last one gets the mean).
	const byNode = new Map<number, number>();
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	const durationUs = profile.endTime - profile.startTime;
	const mean = samples.length > 0 ? durationUs / samples.length : 0;
	for (let i = 0; i < samples.length; i++) {
		const id = samples[i] as number;
		const us = i + 1 < deltas.length ? (deltas[i + 1] as number) : mean;
		byNode.set(id, (byNode.get(id) ?? 0) + us);
	}

	const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
	const keyOf = new Map<number, string>();
	const labels = new Map<string, { name: string; where: string }>();
	for (const n of profile.nodes) {
		const cf = n.callFrame;
		const name = cf.functionName || (cf.url ? "(anonymous)" : "(root)");
		const w = where(cf.url, cf.lineNumber, cf.columnNumber);
		const key = `${name}\u0000${w}`;
		keyOf.set(n.id, key);
		if (!labels.has(key)) labels.set(key, { name, where: w });
	}

	// Subtree totals, then inclusive time per function (once per stack, so recursion is not counted twice).
	const subtree = new Map<number, number>();
	const total = (id: number): number => {
		const known = subtree.get(id);
		if (known !== undefined) return known;
		const n = nodes.get(id);
		let t = byNode.get(id) ?? 0;
		for (const c of n?.children ?? []) t += total(c);
		subtree.set(id, t);
		return t;
	};
	const self = new Map<string, number>();
	const inclusive = new Map<string, number>();
	const onStack = new Map<string, number>();
	const root = profile.nodes[0];
	const stack: { id: number; leaving: boolean }[] = root ? [{ id: root.id, leaving: false }] : [];
	while (stack.length > 0) {
		const { id, leaving } = stack.pop() as { id: number; leaving: boolean };
		const key = keyOf.get(id) ?? "";
		if (leaving) {
			onStack.set(key, (onStack.get(key) ?? 1) - 1);
			continue;
		}
		self.set(key, (self.get(key) ?? 0) + (byNode.get(id) ?? 0));
		if ((onStack.get(key) ?? 0) === 0) inclusive.set(key, (inclusive.get(key) ?? 0) + total(id));
		onStack.set(key, (onStack.get(key) ?? 0) + 1);
		stack.push({ id, leaving: true });
		for (const c of nodes.get(id)?.children ?? []) stack.push({ id: c, leaving: false });
	}

	const durationMs = durationUs / 1000;
	const pct = (us: number) => Math.round((us / Math.max(1, durationUs)) * 1000) / 10;
	const ms = (us: number) => Math.round(us / 100) / 10;
	const top = [...self.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, options.top ?? 15)
		.map(([key, us]): FunctionTime => {
			const label = labels.get(key) ?? { name: key, where: "" };
			const inc = inclusive.get(key) ?? us;
			return { name: label.name, where: label.where, selfMs: ms(us), selfPct: pct(us), totalMs: ms(inc), totalPct: pct(inc) };
		});
	const files = new Map<string, number>();
	for (const [key, us] of self) {
		const w = labels.get(key)?.where ?? "";
		const f = w === "" ? (labels.get(key)?.name ?? "?") : w.replace(/:\d+$/, "");
		files.set(f, (files.get(f) ?? 0) + us);
	}
	const byFile = [...files.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 12)
		.map(([f, us]) => ({ file: f, selfMs: ms(us), selfPct: pct(us) }));
	return { file, durationMs: Math.round(durationMs), samples: samples.length, top, byFile };
}

/** The summary as a text table. */
export function formatProfile(title: string, s: ProfileSummary): string {
	const lines = [`${title} (${s.durationMs} ms, ${s.samples} samples; ${s.file})`, "", "  self ms  self %  total %  function  (where)"];
	for (const f of s.top) {
		lines.push(`  ${f.selfMs.toFixed(1).padStart(7)}  ${f.selfPct.toFixed(1).padStart(5)}%  ${f.totalPct.toFixed(1).padStart(6)}%  ${f.name}${f.where ? `  (${f.where})` : ""}`);
	}
	lines.push("", "  self time by file:");
	for (const f of s.byFile) lines.push(`  ${f.selfMs.toFixed(1).padStart(7)}  ${f.selfPct.toFixed(1).padStart(5)}%  ${f.file}`);
	return lines.join("\n");
}
