/**
 * Benchmark-style checks that do not flake: they bound how time grows with the input, never the time
 * itself. A function is run on inputs of two sizes (10 times apart), the fastest of a few runs is kept
 * for each, and linear work must not grow more than `ratio` times (it grows about 10 times; quadratic
 * work grows about 100 times). Runs too short for a timer to tell apart always pass.
 */

export interface Growth {
	small: number;
	large: number;
	/** Characters in each input. */
	sizes: [number, number];
}

/** The fastest of `reps` runs of `fn`, in ms. */
export function fastest(fn: () => unknown, reps = 3): number {
	let best = Infinity;
	for (let i = 0; i < reps; i++) {
		const t = performance.now();
		fn();
		best = Math.min(best, performance.now() - t);
	}
	return best;
}

/**
 * Times `run` on `make(small)` and `make(large)`: both once to warm up (a string built by concatenation is
 * flattened on its first use), then in turns, keeping the fastest of `reps` runs of each.
 */
export function growth<T>(make: (size: number) => T, run: (input: T) => unknown, small = 10_000, large = 100_000, reps = 3): Growth {
	const a = make(small);
	const b = make(large);
	run(a);
	run(b);
	let ta = Infinity;
	let tb = Infinity;
	for (let i = 0; i < reps; i++) {
		ta = Math.min(ta, fastest(() => run(a), 1));
		tb = Math.min(tb, fastest(() => run(b), 1));
	}
	return { small: ta, large: tb, sizes: [small, large] };
}

/** Why `g` grew faster than linear, or null. `noiseMs`: below this the larger run always passes. */
export function superlinearGrowth(g: Growth, ratio = 30, noiseMs = 5): string | null {
	if (g.large < noiseMs) return null;
	const times = g.large / Math.max(g.small, 0.01);
	const limit = (ratio * g.sizes[1]) / g.sizes[0] / 10;
	return times > limit
		? `${g.sizes[0]} chars in ${g.small.toFixed(2)} ms, ${g.sizes[1]} chars in ${g.large.toFixed(2)} ms: ${times.toFixed(0)} times slower`
		: null;
}
