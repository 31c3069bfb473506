/**
 * The landlords' sortants rates at date (30 April 2022): each landlord gets a target rate
 * in one band (< 50 %, 50–75 %, 75–100 %, ≥ 100 %) so that the bands hold 6 / 6 / 6 / 13
 * landlords, every rate at least 5 points from a band boundary, and the weighted mean
 * stays near the region's 80 % (so the landlords' objectives sum to about the region's).
 */
import type { Rng } from './random.ts';
import { BAILLEURS_PAR_TRANCHE } from './targets.ts';

const BAND_RANGES: readonly [number, number][] = [
	[0.22, 0.44],
	[0.56, 0.69],
	[0.81, 0.94],
	[1.07, 1.45]
];

/** Region rate at date, 30 April 2022: 559 / (2 100 × 4/12). */
const REGION_RATE = 559 / ((2100 * 4) / 12);

/**
 * Target rate per landlord (index of the catalogue).
 * @param expected expected sortants of each landlord (any unit): the weights of the mean.
 */
export function bandTargets(expected: readonly number[], rng: Rng): number[] {
	const bands = BAILLEURS_PAR_TRANCHE.flatMap((n, band) => Array.from({ length: n }, () => band));
	if (bands.length !== expected.length) throw new Error(`${expected.length} bailleurs pour ${bands.length} places dans les tranches`);
	const total = expected.reduce((s, w) => s + w, 0);
	let best: number[] = [];
	let bestGap = Infinity;
	for (let trial = 0; trial < 400; trial++) {
		const assignment = rng.shuffle(bands);
		const rates = assignment.map((band) => rng.uniform(...BAND_RANGES[band]));
		const mean = rates.reduce((s, r, i) => s + r * expected[i], 0) / total;
		const gap = Math.abs(mean - REGION_RATE);
		if (gap < bestGap) [best, bestGap] = [rates, gap];
	}
	return best;
}

/** Band index (0–3) of a rate. */
export function bandOf(rate: number): number {
	return rate < 0.5 ? 0 : rate < 0.75 ? 1 : rate < 1 ? 2 : 3;
}
