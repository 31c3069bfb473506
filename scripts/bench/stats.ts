/** Order statistics for the benchmark's samples (milliseconds or bytes). */

/** Summary of a sample: all fields null when the sample is empty. */
export interface Summary {
	n: number;
	min: number | null;
	median: number | null;
	max: number | null;
}

/**
 * Percentile `p` (0–100) with linear interpolation between closest ranks (numpy's default).
 * Null for an empty sample.
 */
export function percentile(values: readonly number[], p: number): number | null {
	if (values.length === 0) return null;
	if (p < 0 || p > 100) throw new RangeError(`percentile hors de [0, 100] : ${p}`);
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p / 100) * (sorted.length - 1);
	const low = Math.floor(rank);
	const high = Math.ceil(rank);
	return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** Min, median and max of a sample. */
export function summarize(values: readonly number[]): Summary {
	if (values.length === 0) return { n: 0, min: null, median: null, max: null };
	return { n: values.length, min: Math.min(...values), median: percentile(values, 50), max: Math.max(...values) };
}

/** `a / b`, or null when either is missing or `b` is 0. */
export function ratio(a: number | null, b: number | null): number | null {
	return a === null || b === null || b === 0 ? null : a / b;
}
