/**
 * Integer allocation helpers: split an exact whole number over weights, so that totals
 * computed from the generated rows hit the calibration figures exactly.
 */

/**
 * Largest-remainder split of `total` over `weights` (≥ 0). The parts sum to `total`
 * exactly; ties go to the earlier index. All-zero weights split evenly.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
	if (!Number.isInteger(total) || total < 0) throw new Error(`Répartition impossible : total ${total} non entier positif`);
	if (weights.length === 0) {
		if (total === 0) return [];
		throw new Error(`Répartition impossible : ${total} sur aucune case`);
	}
	const sum = weights.reduce((s, w) => s + w, 0);
	const effective = sum > 0 ? weights : weights.map(() => 1);
	const effectiveSum = sum > 0 ? sum : weights.length;
	const exact = effective.map((w) => (total * w) / effectiveSum);
	const parts = exact.map(Math.floor);
	let left = total - parts.reduce((s, p) => s + p, 0);
	const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((p, q) => q.r - p.r || p.i - q.i);
	for (let k = 0; left > 0; k++, left--) parts[order[k % order.length].i]++;
	return parts;
}

/**
 * Split `total` over `weights` with each part ≤ its cap: the excess over a cap is
 * redistributed to the cells with room, in proportion to their weights (cells of zero
 * weight are used only if nothing else has room). Throws if the caps sum below `total`.
 */
export function allocateCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
	const room = caps.reduce((s, c) => s + c, 0);
	if (total > room) throw new Error(`Répartition impossible : ${total} pour une capacité de ${room}`);
	const parts = weights.map(() => 0);
	let left = total;
	for (let round = 0; left > 0; round++) {
		const open = parts.map((p, i) => (p < caps[i] ? i : -1)).filter((i) => i >= 0);
		let openWeights = open.map((i) => weights[i]);
		if (openWeights.every((w) => w <= 0)) openWeights = open.map((i) => caps[i] - parts[i]);
		const share = largestRemainder(left, openWeights);
		open.forEach((i, k) => {
			const add = Math.min(share[k], caps[i] - parts[i]);
			parts[i] += add;
			left -= add;
		});
		if (round > 10_000) throw new Error('Répartition impossible : pas de convergence');
	}
	return parts;
}
