/** French formatting of figures and dates: the only place the site turns values into text. */
export { MISSING, MINUS_SIGN, NARROW_NBSP, normalizeSpaces } from './spaces';
export { formatCount, formatDecimal, formatEuros, formatPercent, formatSignedPercent } from './numbers';
export type { MaybeNumber } from './numbers';
export { formatDate, formatDateAu, formatMonth, formatMonthShort, daysInMonth, parseIsoDate, MOIS, MOIS_ABREGES } from './dates';
