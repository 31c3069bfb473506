/**
 * Primary and secondary suppression of counts (« secret statistique »), as a pure function of
 * cells and of the sums that tie them: no cell under the threshold is published, and no masked
 * cell can be recomputed from a published total and the other published cells of its sum.
 * Rule and reasons: docs/methodologie.md, section « Secret statistique ».
 */

/** A published sum: `total` = Σ `parts` (cell keys). */
export interface SumGroup {
	total: string;
	parts: readonly string[];
}

/** True when a count is under the threshold and not zero (a zero reveals no household). */
export function isPrimarySecret(value: number | null | undefined, seuil: number): boolean {
	return typeof value === 'number' && value > 0 && value < seuil;
}

/**
 * The keys of the cells to mask.
 * @param values cell key → count (households); null or absent cells are not published and ignored
 * @param groups the sums shown with these cells (a group whose total is null or absent is no constraint)
 * @param seuil threshold in households (11: counts 1 to 10 are masked)
 * @param options.liens classes of keys showing the same figure (one EPCI's count in two tables): masked together
 * @param options.masques keys masked from the start (masked on another page of the build)
 *
 * A group is safe when it has no masked member, or at least two and, when its total is published,
 * the masked parts add up to 0 or to at least `seuil`. Otherwise the smallest published non-zero
 * part is masked too (then a zero part, then the total), until every group is safe.
 */
export function suppress(
	values: ReadonlyMap<string, number | null>,
	groups: readonly SumGroup[],
	seuil: number,
	{ liens = [], masques = [] }: { liens?: readonly (readonly string[])[]; masques?: Iterable<string> } = {}
): Set<string> {
	const masked = new Set<string>(masques);
	// NaN: already masked (data diffused twice, e.g. a sheet cut from diffused regional data).
	for (const [key, value] of values) if (isPrimarySecret(value, seuil) || Number.isNaN(value)) masked.add(key);
	const known = (key: string) => typeof values.get(key) === 'number';
	const constraints = groups
		.filter((g) => known(g.total))
		.map((g) => ({ total: g.total, parts: g.parts.filter(known) }))
		.filter((g) => g.parts.length > 0);
	let changed = true;
	while (changed) {
		changed = false;
		for (const group of constraints) {
			const next = complementOf(group, values, masked, seuil);
			if (next != null) {
				masked.add(next);
				changed = true;
			}
		}
		for (const lien of liens) {
			if (!lien.some((k) => masked.has(k)) || lien.every((k) => masked.has(k))) continue;
			lien.forEach((k) => masked.add(k));
			changed = true;
		}
	}
	return masked;
}

/** The next cell to mask for `group` to be safe, or null when it is safe (or cannot be made safer). */
function complementOf(group: SumGroup, values: ReadonlyMap<string, number | null>, masked: ReadonlySet<string>, seuil: number): string | null {
	const value = (key: string) => values.get(key) ?? 0;
	const members = [group.total, ...group.parts];
	const maskedCount = members.filter((k) => masked.has(k)).length;
	if (maskedCount === 0) return null;
	const maskedSum = group.parts.filter((k) => masked.has(k)).reduce((sum, k) => sum + value(k), 0);
	const revealsSmallSum = !masked.has(group.total) && isPrimarySecret(maskedSum, seuil);
	if (maskedCount >= 2 && !revealsSmallSum) return null;
	const open = group.parts.filter((k) => !masked.has(k)).sort((a, b) => value(a) - value(b));
	const candidate = open.find((k) => value(k) > 0) ?? open[0];
	if (candidate != null) return candidate;
	return masked.has(group.total) ? null : group.total;
}
