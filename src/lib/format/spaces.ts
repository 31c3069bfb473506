/**
 * The typographic characters of every figure shown on the site, in one place.
 * We write them ourselves rather than trust `Intl` (ICU versions differ on
 * U+00A0 vs U+202F before `%` and `€`).
 */

/** U+202F NARROW NO-BREAK SPACE: thousands separator, and before `%` and `€`. */
export const NARROW_NBSP = '\u202F';

/** U+2212 MINUS SIGN, for negative figures (not the hyphen U+002D). */
export const MINUS_SIGN = '\u2212';

/** Shown in place of a missing value (null, undefined, NaN, malformed date): an em dash. */
export const MISSING = '—';

/**
 * Replaces every no-break space (U+00A0, U+202F) by a plain space, and the
 * minus sign by a hyphen: for tests and text comparisons, never for display.
 */
export function normalizeSpaces(text: string): string {
	return text.replace(/[\u00A0\u202F]/g, ' ').replace(/\u2212/g, '-');
}
