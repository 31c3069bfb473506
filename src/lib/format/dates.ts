import { MISSING } from './spaces';

/** French month names, index 0 = janvier. */
export const MOIS = [
	'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
	'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'
] as const;

/**
 * Abbreviations of the months (Imprimerie nationale usage): unambiguous, « juin » and « juil. »
 * never both « jui ». Short months are written whole, without a dot.
 */
export const MOIS_ABREGES = [
	'janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin',
	'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'
] as const;

/** Month `month` (1–12) abbreviated: `juil.`; {@link MISSING} outside 1–12. */
export function formatMonthShort(month: number): string {
	return MOIS_ABREGES[month - 1] ?? MISSING;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})(?:-\d{2})?$/;

/** Days in a month, `month` 1–12; computed in UTC so the local time zone never matters. */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parts of a valid calendar date `YYYY-MM-DD`, or null. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
	const match = ISO_DATE.exec(text);
	if (!match) return null;
	const [year, month, day] = match.slice(1).map(Number);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

/**
 * A `YYYY-MM-DD` date in French: `31 mai 2022`, `1er janvier 2022`.
 * Null, undefined or a malformed date give {@link MISSING}.
 */
export function formatDate(isoDate: string | null | undefined): string {
	const parts = isoDate ? parseIsoDate(isoDate) : null;
	if (!parts) return MISSING;
	const day = parts.day === 1 ? '1er' : String(parts.day);
	return `${day} ${MOIS[parts.month - 1]} ${parts.year}`;
}

/** « au » + {@link formatDate}: `au 31 mai 2022`; {@link MISSING} when the date is missing. */
export function formatDateAu(isoDate: string | null | undefined): string {
	const text = formatDate(isoDate);
	return text === MISSING ? MISSING : `au ${text}`;
}

/** A month `YYYY-MM` (or any date `YYYY-MM-DD` of it) in French: `mai 2022`. */
export function formatMonth(isoMonth: string | null | undefined): string {
	const match = isoMonth ? ISO_MONTH.exec(isoMonth) : null;
	if (!match) return MISSING;
	const month = Number(match[2]);
	if (month < 1 || month > 12) return MISSING;
	return `${MOIS[month - 1]} ${match[1]}`;
}
