/** Small statistics for timings: medians and nearest-rank percentiles, rounded for reports. */

export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Rounds to 3 significant decimals for small numbers, 1 decimal for large ones. */
export function round(n: number): number {
	if (!Number.isFinite(n)) return n;
	const abs = Math.abs(n);
	const digits = abs >= 100 ? 1 : abs >= 1 ? 2 : 4;
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}
