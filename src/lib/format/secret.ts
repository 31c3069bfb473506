/**
 * How a count masked by the statistical confidentiality rule (« secret statistique », NaN in the
 * data of a diffusion build: src/lib/secret/masque.ts) reads on screen and in exports.
 */
import { formatCount, formatPercent, type MaybeNumber } from './numbers';

/** What a masked cell shows: « s », as in INSEE's tables. */
export const SECRET = 's';

/** The explanation of « s » (tooltip, table note, export note), with the threshold in households. */
export function explicationSecret(seuil = 11): string {
	return `s : secret statistique — valeur inférieure à ${seuil} ménages, ou qui permettrait de retrouver une valeur masquée ; jamais remplacée par 0.`;
}

/** True for a masked value (NaN). */
export function isSecret(value: MaybeNumber): boolean {
	return typeof value === 'number' && Number.isNaN(value);
}

/** A count, or « s » when masked: `formatMaybeMasked(1343)` → `1 343`, `formatMaybeMasked(NaN)` → `s`. */
export function formatMaybeMasked(value: MaybeNumber): string {
	return isSecret(value) ? SECRET : formatCount(value);
}

/** A ratio as a percentage, or « s » when it comes from a masked count. */
export function formatPercentMaybeMasked(ratio: MaybeNumber, decimals = 0): string {
	return isSecret(ratio) ? SECRET : formatPercent(ratio, decimals);
}

/** The value an export writes: the number, or null (an empty cell, never 0) when masked or missing. */
export function exportValueMaybeMasked(value: MaybeNumber): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
