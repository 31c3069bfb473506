/**
 * CSV for French spreadsheets: UTF-8 with BOM, `;` separator, decimal comma, CRLF.
 * Text cells that a spreadsheet would read as a formula are neutralised with a leading `'`;
 * numbers (negative ones too) are written as plain numbers. Percents are written in
 * percentage points rounded as displayed (82 for 82 %), and their header says « (%) ».
 */
import { formatDecimal } from '../format';
import type { ExportCell, ExportTable, NumberFormat } from './cells';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const NEWLINE = '\r\n';

/** Characters a spreadsheet takes as the start of a formula (OWASP « CSV injection »). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as the page rounds it, comma decimal mark, hyphen-minus, no grouping: `-14`, `45,3`. */
export function csvNumber(value: number, format: NumberFormat): string {
	const scaled = format.style === 'percent' || format.style === 'signed-percent' ? value * 100 : value;
	return formatDecimal(scaled, format.decimals).replace(/\u202F/g, '').replace(/\u2212/g, '-');
}

/** A text cell: neutralised when it starts like a formula, quoted when it holds `;`, `"` or a line break. */
export function csvText(text: string): string {
	const safe = FORMULA_START.test(text) ? `'${text}` : text;
	return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One cell: empty for a missing value, the explanation of a missing figure as text. */
export function csvCell(cell: ExportCell): string {
	if (cell == null) return '';
	if (cell.kind === 'number') return csvNumber(cell.value, cell.format);
	return csvText(cell.text);
}

/** Header of column `index`, with « (%) » or « (€) » when its numbers are percents or euros. */
function csvHeader(table: ExportTable, index: number): string {
	const styles = new Set(table.rows.map((row) => row[index]).flatMap((cell) => (cell?.kind === 'number' ? [cell.format.style] : [])));
	const header = table.headers[index];
	if (styles.has('percent') || styles.has('signed-percent')) return `${header} (%)`;
	if (styles.has('euros') && !header.endsWith('(€)')) return `${header} (€)`;
	return header;
}

/** The whole file: BOM, header row, one line per row, each line ended by CRLF. */
export function toCsv(table: ExportTable): string {
	const header = table.headers.map((_, i) => csvText(csvHeader(table, i))).join(SEPARATOR);
	const lines = table.rows.map((row) => row.map(csvCell).join(SEPARATOR));
	return BOM + [header, ...lines].map((line) => line + NEWLINE).join('');
}
