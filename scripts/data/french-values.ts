/**
 * Parsers for the cell values of the input files, as a DREAL officer types them:
 * French numbers (`1 343` with a normal, no-break or narrow no-break space), dates
 * `AAAA-MM-JJ` or `JJ/MM/AAAA`, `oui` / `non`. Each parser returns the normalised
 * value, or the French reason it is refused (the caller adds file, line and column).
 */
import type { ColumnSpec } from '../../src/lib/contract/inputs.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A normalised cell: numbers for counts, euros and years; `YYYY-MM-DD` for months and dates. */
export type CellValue = string | number | boolean;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Largest value of a Parquet INTEGER column. */
export const MAX_INTEGER = 2_147_483_647;
const GROUPED_DIGITS = /^\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/;
const PLAIN_DIGITS = /^\d+$/;

function wholeNumber(raw: string, negativeReason: string, notWholeReason: string): Parsed<number> {
	const text = raw.replace(/^[-−]\s*/, '');
	const negative = text !== raw;
	if (!PLAIN_DIGITS.test(text) && !GROUPED_DIGITS.test(text)) return refuse(notWholeReason);
	const value = Number(text.replace(/[ \u00A0\u202F]/g, ''));
	if (negative && value !== 0) return refuse(negativeReason);
	return ok(value);
}

/** A count of households: whole, ≥ 0, at most {@link MAX_INTEGER}. */
export function parseCount(raw: string): Parsed<number> {
	const parsed = wholeNumber(
		raw,
		`« ${raw} » est négatif ; un effectif est un nombre entier positif ou nul.`,
		`« ${raw} » n'est pas un nombre entier.`
	);
	if (parsed.ok && parsed.value > MAX_INTEGER) return refuse(`« ${raw} » est trop grand pour un effectif (au plus 2 147 483 647).`);
	return parsed;
}

const CENTS = /^(.*?)[,.](\d{1,2})$/;

/**
 * Euros ≥ 0 with at most two decimals (`164 268,60`, `164268.60`); a trailing `€` is
 * accepted. Returns the amount in euros, cents as the decimal part.
 */
export function parseEuros(raw: string): Parsed<number> {
	const text = raw.replace(/\s*€$/, '');
	const cents = CENTS.exec(text);
	const notAmount = `« ${raw} » n'est pas un montant en euros (au plus deux décimales).`;
	const parsed = wholeNumber(cents ? cents[1] : text, `« ${raw} » est négatif ; un montant est positif ou nul.`, notAmount);
	if (!parsed.ok) return parsed;
	if (!Number.isSafeInteger(parsed.value * 100)) return refuse(`« ${raw} » est trop grand pour un montant.`);
	if (!cents) return parsed;
	return ok(Math.round(parsed.value * 100 + Number(cents[2].padEnd(2, '0'))) / 100);
}

/** `AAAA-MM` → `AAAA-MM-01` (first day of the month, as stored). */
export function parseMonth(raw: string): Parsed<string> {
	const match = /^(\d{4})-(\d{2})$/.exec(raw);
	const month = match ? Number(match[2]) : 0;
	if (!match || month < 1 || month > 12) return refuse(`« ${raw} » n'est pas un mois au format AAAA-MM.`);
	return ok(`${match[1]}-${match[2]}-01`);
}

/** Excel's day serials of 2000-01-01 … 2100-12-31 (1900 system), met as digits in a CSV date column. */
const EXCEL_SERIAL = /^(3[6-9]|[4-6]\d|7[0-3])\d{3}$/;

/**
 * `AAAA-MM-JJ` or `JJ/MM/AAAA` → `AAAA-MM-JJ`; impossible dates (30 février) are refused.
 * An Excel day serial (`44712`) is refused with the date it would be: in a CSV nothing
 * says whether it counts from 1900 or 1904 (XLSX serials are converted when read).
 */
export function parseDate(raw: string): Parsed<string> {
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
	const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw);
	if (!iso && !french && EXCEL_SERIAL.test(raw)) {
		const guess = new Date(Date.UTC(1899, 11, 30) + Number(raw) * 86_400_000).toISOString().slice(0, 10);
		return refuse(`« ${raw} » est un numéro de date Excel (le ${guess.split('-').reverse().join('/')} ?), pas une date ; écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA, ou mettez la colonne au format date dans le tableur.`);
	}
	if (!iso && !french) return refuse(`« ${raw} » n'est pas une date au format AAAA-MM-JJ ou JJ/MM/AAAA.`);
	const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : [french![3], french![2], french![1]];
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	const exists = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
	if (!exists) return refuse(`« ${raw} » n'est pas une date du calendrier.`);
	return ok(`${year}-${month}-${day}`);
}

/** `AAAA`, between 2000 and 2100. */
export function parseYear(raw: string): Parsed<number> {
	const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
	if (!(year >= 2000 && year <= 2100)) return refuse(`« ${raw} » n'est pas une année au format AAAA.`);
	return ok(year);
}

/** One of `values`, compared without regard to case; returns the contract's spelling. */
export function parseEnum(raw: string, values: readonly string[]): Parsed<string> {
	const found = values.find((v) => v.toLowerCase() === raw.toLowerCase());
	if (found === undefined) return refuse(`« ${raw} » n'est pas une valeur admise (${values.join(', ')}).`);
	return ok(found);
}

/** `oui` → true, `non` → false (any case). */
export function parseBool(raw: string): Parsed<boolean> {
	const text = raw.toLowerCase();
	if (text === 'oui') return ok(true);
	if (text === 'non') return ok(false);
	return refuse(`« ${raw} » n'est ni « oui » ni « non ».`);
}

/** Parses a non-empty, trimmed cell according to its column's type. */
export function parseCell(raw: string, column: ColumnSpec): Parsed<CellValue> {
	switch (column.type) {
		case 'count':
			return parseCount(raw);
		case 'euros':
			return parseEuros(raw);
		case 'month':
			return parseMonth(raw);
		case 'date':
			return parseDate(raw);
		case 'year':
			return parseYear(raw);
		case 'enum':
			return parseEnum(raw, column.values ?? []);
		case 'bool':
			return parseBool(raw);
		case 'text':
		case 'code':
			return ok(raw);
	}
}
