/**
 * Secret of a cumulated monthly series: two published points give the attributions of the months
 * between them, so a point is published only when it differs from the next published one by 0 or
 * by at least the threshold. The last point (the year's total, also shown in the tables) is kept
 * when it passes the primary rule.
 */
import { isPrimarySecret } from './suppression';

/**
 * Indexes of `cumuls` to mask (null entries are months not shown and stay untouched).
 * @param cumuls cumulated counts in month order (households)
 * @param caches indexes masked anyway (the figure is masked elsewhere on the page)
 */
export function cumulsSecrets(cumuls: readonly (number | null)[], seuil: number, caches: ReadonlySet<number> = new Set()): Set<number> {
	const masked = new Set<number>(caches);
	let next: number | null = null;
	for (let i = cumuls.length - 1; i >= 0; i--) {
		const value = cumuls[i];
		if (value == null || masked.has(i)) continue;
		const gap = next == null ? 0 : next - value;
		if (isPrimarySecret(value, seuil) || isPrimarySecret(gap, seuil)) masked.add(i);
		else next = value;
	}
	return masked;
}
