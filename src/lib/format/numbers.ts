import { MINUS_SIGN, MISSING, NARROW_NBSP } from './spaces';

/**
 * A value that may be missing or masked: null, undefined and infinities print as {@link MISSING};
 * NaN, the mark of a count masked by the statistical confidentiality rule (src/lib/secret: the
 * rates never produce NaN, they return null), prints as {@link MASKED}.
 */
export type MaybeNumber = number | null | undefined;

/** What a masked cell shows (« secret statistique »), as in INSEE's tables. */
export const MASKED = 's';

function isPresent(value: MaybeNumber): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** The text of a value that is not a finite number: « s » when masked (NaN), « — » when missing. */
function absent(value: MaybeNumber): string {
	return typeof value === 'number' && Number.isNaN(value) ? MASKED : MISSING;
}

/** Groups the digits of an unsigned integer string by three with U+202F: `1343` → `1 343`. */
function groupThousands(digits: string): string {
	return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP);
}

/**
 * French decimal writing of `value` with exactly `decimals` decimals, rounded half
 * away from zero, comma as decimal mark, U+2212 for negatives. A value that rounds
 * to zero prints without sign.
 */
export function formatDecimal(value: MaybeNumber, decimals = 0): string {
	if (!isPresent(value)) return absent(value);
	// toPrecision(12) drops binary noise such as 14.499999999999998 (= 0.145 × 100).
	const cleaned = Number.parseFloat(Math.abs(value).toPrecision(12));
	const [integerPart, decimalPart] = cleaned.toFixed(decimals).split('.');
	const body = groupThousands(integerPart) + (decimalPart ? `,${decimalPart}` : '');
	const isZero = /^[0,]+$/.test(body);
	return value < 0 && !isZero ? MINUS_SIGN + body : body;
}

/** A count of households or attributions, rounded to the unit: `1343` → `1 343`. */
export function formatCount(value: MaybeNumber): string {
	return formatDecimal(value, 0);
}

/**
 * A ratio (0.8203 = 82.03 %) as a percentage: `formatPercent(0.8203)` → `82 %`,
 * `formatPercent(0.0179, 1)` → `1,8 %`. U+202F before `%`.
 */
export function formatPercent(ratio: MaybeNumber, decimals = 0): string {
	if (!isPresent(ratio)) return absent(ratio);
	return `${formatDecimal(ratio * 100, decimals)}${NARROW_NBSP}%`;
}

/**
 * A change expressed as a ratio, always signed: `−14 %` (U+2212), `+9 %`;
 * a change that rounds to zero prints `0 %`.
 */
export function formatSignedPercent(ratio: MaybeNumber, decimals = 0): string {
	if (!isPresent(ratio)) return absent(ratio);
	const text = formatPercent(ratio, decimals);
	const roundsToZero = /^[0,]+\u202F%$/.test(text);
	return ratio > 0 && !roundsToZero ? `+${text}` : text;
}

/** An amount in euros, rounded to the euro: `2611756` → `2 611 756 €`. */
export function formatEuros(amount: MaybeNumber): string {
	if (!isPresent(amount)) return absent(amount);
	return `${formatDecimal(amount, 0)}${NARROW_NBSP}€`;
}
