/**
 * The value rules of the input contract, one definition for both engines (the Node
 * ingestion `npm run data` and, later, the browser): cell text as a DREAL officer's tools
 * write it → normalised value, or the French reason it is refused (the caller adds file,
 * line and column). Pure functions: no Node import, nothing from scripts/.
 *
 * - counts: `1 343` (normal, no-break or narrow no-break space); a percentage (`12 %`) or a
 *   decimal (`3,5`, `3.5`) is refused with a message saying so;
 * - euros: `164 268,60 €`, at most two decimals;
 * - months: `AAAA-MM`, `MM/AAAA`, French month names (`mai-22`, `mai 2022`, `janv.-22`,
 *   `juil. 2022`), an Excel day serial (1900 system) → `AAAA-MM-01`; two-digit years are 20YY;
 * - dates: `AAAA-MM-JJ`, `JJ/MM/AAAA` (`JJ/MM/AA`), an Excel day serial of 2000–2100
 *   (1900 system, what a spreadsheet writes when a date column is formatted as a number);
 * - years `AAAA` (2000–2100), list values (any case), `oui` / `non`.
 */
import type { ColumnSpec } from './inputs';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A normalised cell: numbers for counts, euros and years; `YYYY-MM-DD` for months and dates. */
export type CellValue = string | number | boolean;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Largest value of a Parquet INTEGER column. */
export const MAX_INTEGER = 2_147_483_647;
const GROUPED_DIGITS = /^\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/;
const PLAIN_DIGITS = /^\d+$/;
const PERCENTAGE = /^[-−]?\s*\d[\d \u00A0\u202F]*(?:[,.]\d+)?\s*%$/;
const DECIMAL = /^[-−]?\s*\d[\d \u00A0\u202F]*[,.]\d+$/;

function wholeNumber(raw: string, negativeReason: string, notWholeReason: string): Parsed<number> {
	const text = raw.replace(/^[-−]\s*/, '');
	const negative = text !== raw;
	if (!PLAIN_DIGITS.test(text) && !GROUPED_DIGITS.test(text)) return refuse(notWholeReason);
	const value = Number(text.replace(/[ \u00A0\u202F]/g, ''));
	if (negative && value !== 0) return refuse(negativeReason);
	return ok(value);
}

/**
 * A count: whole, ≥ 0, at most {@link MAX_INTEGER}. `expected` names what the column
 * holds in the refusal of a percentage or a decimal (« un nombre de ménages entier »).
 */
export function parseCount(raw: string, expected = 'un nombre de ménages entier'): Parsed<number> {
	if (!PLAIN_DIGITS.test(raw)) {
		if (PERCENTAGE.test(raw)) return refuse(`« ${raw} » est un pourcentage ; ${expected} est attendu.`);
		if (DECIMAL.test(raw)) return refuse(`« ${raw} » est un nombre décimal ; ${expected} est attendu.`);
	}
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

/** Excel's day serials of 2000-01-01 and 2100-12-31 in its 1900 system. */
export const EXCEL_SERIAL_RANGE = [36526, 73415] as const;
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);

/** `AAAA-MM-JJ` of an Excel day serial (1900 system) written as digits, or undefined outside 2000–2100. */
export function excelSerialDay(raw: string): string | undefined {
	if (!/^\d{5}$/.test(raw)) return undefined;
	const serial = Number(raw);
	if (serial < EXCEL_SERIAL_RANGE[0] || serial > EXCEL_SERIAL_RANGE[1]) return undefined;
	return new Date(EXCEL_EPOCH_1900 + serial * 86_400_000).toISOString().slice(0, 10);
}

/** A two- or four-digit year → 2000–2100, else NaN. */
function fullYear(text: string): number {
	const year = text.length === 2 ? 2000 + Number(text) : Number(text);
	return year >= 2000 && year <= 2100 ? year : NaN;
}

/** French month names and their usual abbreviations, accents and dot optional. */
const MONTH_NAMES: Record<string, number> = {
	janvier: 1, janv: 1, jan: 1,
	fevrier: 2, fevr: 2, fev: 2,
	mars: 3, mar: 3,
	avril: 4, avr: 4,
	mai: 5,
	juin: 6,
	juillet: 7, juil: 7,
	aout: 8,
	septembre: 9, sept: 9, sep: 9,
	octobre: 10, oct: 10,
	novembre: 11, nov: 11,
	decembre: 12, dec: 12
};

const withoutAccents = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const monthValue = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/**
 * A month → `AAAA-MM-01` (first day of the month, as stored): `AAAA-MM`, `MM/AAAA`,
 * `mai-22`, `mai 2022`, `Mai 2022`, `janv.-22`, `juil. 2022`, or an Excel day serial.
 */
export function parseMonth(raw: string): Parsed<string> {
	const notMonth = refuse(`« ${raw} » n'est pas un mois au format AAAA-MM.`);
	const iso = /^(\d{4})-(\d{1,2})$/.exec(raw);
	const slashed = /^(\d{1,2})\/(\d{4}|\d{2})$/.exec(raw);
	if (iso || slashed) {
		const year = fullYear(iso ? iso[1] : slashed![2]);
		const month = Number(iso ? iso[2] : slashed![1]);
		if (month < 1 || month > 12 || (!iso && Number.isNaN(year))) return notMonth;
		return ok(monthValue(iso ? Number(iso[1]) : year, month));
	}
	const named = /^([a-z]+)\.?\s*[-\s/]?\s*(\d{4}|\d{2})$/.exec(withoutAccents(raw.toLowerCase()));
	if (named && MONTH_NAMES[named[1]] !== undefined) {
		const year = fullYear(named[2]);
		return Number.isNaN(year) ? notMonth : ok(monthValue(year, MONTH_NAMES[named[1]]));
	}
	const serial = excelSerialDay(raw);
	if (serial) return ok(`${serial.slice(0, 7)}-01`);
	return notMonth;
}

/**
 * `AAAA-MM-JJ`, `JJ/MM/AAAA` or `JJ/MM/AA` → `AAAA-MM-JJ`; impossible dates (30 février)
 * are refused. An Excel day serial between 2000 and 2100 (`44712`) is read in Excel's
 * 1900 system (the only one of Windows spreadsheets; XLSX serials are converted as their
 * workbook says when read).
 */
export function parseDate(raw: string): Parsed<string> {
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
	const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(raw);
	if (!iso && !french) {
		const serial = excelSerialDay(raw);
		if (serial) return ok(serial);
		return refuse(`« ${raw} » n'est pas une date au format AAAA-MM-JJ ou JJ/MM/AAAA.`);
	}
	const year = iso ? iso[1] : String(french![3].length === 2 ? 2000 + Number(french![3]) : french![3]);
	const month = (iso ? iso[2] : french![2]).padStart(2, '0');
	const day = (iso ? iso[3] : french![1]).padStart(2, '0');
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

/**
 * The first cell of a « Total » line of a spreadsheet export (`Total`, `TOTAL`,
 * `Total général`, `Sous-total`, `Ensemble`…): true when `cell` is one.
 */
export function isTotalLabel(cell: string): boolean {
	const first = cell.trimStart().charCodeAt(0) | 0x20; // t, e, s: most cells stop here (a million-line file)
	if (first !== 0x74 && first !== 0x65 && first !== 0x73) return false;
	return /^(?:sous[- ]?)?total(?:$|[\s:(-])|^ensemble(?:$|[\s:(-])/.test(withoutAccents(cell.trim().toLowerCase()));
}

/** The warning of a last « Total » line, skipped: the same words from every reader of a file. */
export const totalSkipped = (label: string) => `ligne de total ignorée (« ${label} ») ; les totaux sont recalculés.`;

/** The error of a « Total » line followed by data lines. */
export const totalNotLast = (label: string, nextLine: number) =>
	`ligne de total (« ${label} ») suivie d’autres lignes (ligne ${nextLine}) ; seule la dernière ligne peut être un total : retirez-la, les totaux sont recalculés.`;

/** What a count column holds, for the refusal of a percentage or a decimal. */
function countExpected(column: ColumnSpec): string {
	return /en %/.test(column.label) ? 'un nombre entier (le taux en %, sans le signe %)' : 'un nombre de ménages entier';
}

/** Parses a non-empty, trimmed cell according to its column's type. */
export function parseCell(raw: string, column: ColumnSpec): Parsed<CellValue> {
	switch (column.type) {
		case 'count':
			return parseCount(raw, countExpected(column));
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
