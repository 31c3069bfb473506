/**
 * Reads the records of an XLSX input: the sheet named after the table, else the first
 * sheet. Cells become the text a CSV would hold: Excel dates turn into `AAAA-MM-JJ`
 * (or `AAAA-MM` in a month column), numbers into digits, booleans into `oui` / `non`.
 */
import ExcelJS from 'exceljs';
import type { ColumnType } from '../../src/lib/contract/inputs.ts';
import type { RawRecord } from './table-source.ts';

type CellValue = ExcelJS.CellValue;

function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The text of one cell; `type` is the contract type of its column, when known. */
export function cellText(value: CellValue, type: ColumnType | undefined): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return type === 'month' ? isoDay(value).slice(0, 7) : isoDay(value);
	if (typeof value === 'boolean') return value ? 'oui' : 'non';
	if (typeof value === 'number' || typeof value === 'string') return String(value).trim();
	if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
	if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null, type);
	if ('text' in value) return String(value.text).trim();
	if ('error' in value) return String(value.error);
	return '';
}

/**
 * The records of the table's sheet (header first) with their sheet row numbers.
 * `typeOf` gives the contract type of a header name, to render Excel dates.
 */
export async function readXlsxRecords(path: string, sheetName: string, typeOf: (header: string) => ColumnType | undefined): Promise<RawRecord[]> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(path);
	const sheet = workbook.getWorksheet(sheetName) ?? workbook.worksheets[0];
	if (!sheet) return [];
	const records: RawRecord[] = [];
	let types: (ColumnType | undefined)[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const values = (row.values as CellValue[]).slice(1);
		const width = Math.max(values.length, types.length);
		const cells = Array.from({ length: width }, (_, i) => cellText(values[i] ?? null, types[i]));
		if (cells.every((cell) => cell === '')) return;
		if (records.length === 0) types = cells.map((name) => typeOf(name));
		records.push({ line: rowNumber, cells });
	});
	return records;
}
