/**
 * Reads the records of an XLSX input: the sheet named after the table, else the only
 * non-empty sheet. Cells become the text a CSV would hold: Excel dates turn into
 * `AAAA-MM-JJ` (or `AAAA-MM` in a month column), numbers into digits, booleans into
 * `oui` / `non`. A date column formatted as a number holds Excel's day serial: it is
 * converted (the workbook says whether it counts from 1900 or 1904) when it falls
 * between 2000 and 2100, else left as digits and refused as a date.
 * Refused with an {@link InputReadError}: a file that is no XLSX (text, old .xls), an
 * unreadable (e.g. truncated) workbook,
 * several sheets none named after the table, merged cells in the table's sheet.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { ColumnType } from '../../src/lib/contract/inputs.ts';
import { InputReadError } from './input-read-error.ts';
import type { RawRecord } from './table-source.ts';

type CellValue = ExcelJS.CellValue;

/** Day serials of 2000-01-01 and 2100-12-31 in Excel's 1900 system. */
const SERIAL_RANGE = [36526, 73415] as const;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Excel's day serial as a date, or undefined outside 2000–2100. */
function serialDate(serial: number, date1904: boolean): Date | undefined {
	const in1900 = date1904 ? serial + 1462 : serial;
	if (!Number.isInteger(serial) || in1900 < SERIAL_RANGE[0] || in1900 > SERIAL_RANGE[1]) return undefined;
	return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY_MS);
}

/** The text of one cell; `type` is the contract type of its column, when known. */
export function cellText(value: CellValue, type: ColumnType | undefined, date1904 = false): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number' && (type === 'date' || type === 'month')) {
		const date = serialDate(value, date1904);
		if (date) return cellText(date, type);
	}
	if (value instanceof Date) return type === 'month' ? isoDay(value).slice(0, 7) : isoDay(value);
	if (typeof value === 'boolean') return value ? 'oui' : 'non';
	if (typeof value === 'number' || typeof value === 'string') return String(value).trim();
	if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
	if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null, type, date1904);
	if ('text' in value) return String(value.text).trim();
	if ('error' in value) return String(value.error);
	return '';
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Refuses a file that is not a zip (what an XLSX is) before ExcelJS gives an English error. */
function checkSignature(path: string): void {
	const head = Buffer.alloc(8);
	const handle = openSync(path, 'r');
	try {
		readSync(handle, head, 0, 8, 0);
	} finally {
		closeSync(handle);
	}
	if (head.equals(OLE_SIGNATURE)) throw new InputReadError(undefined, 'classeur Excel 97-2003 (.xls) sous l’extension .xlsx ; enregistrez-le au format « Classeur Excel (.xlsx) ».');
	if (!head.subarray(0, 4).equals(ZIP_SIGNATURE)) throw new InputReadError(undefined, 'ce n’est pas un classeur XLSX (un fichier texte ?) ; si c’est un CSV, donnez-lui l’extension .csv.');
}

async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
	checkSignature(path);
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.readFile(path);
	} catch {
		throw new InputReadError(undefined, 'classeur XLSX illisible : fichier tronqué ou endommagé ; rouvrez-le dans le tableur et enregistrez-le à nouveau.');
	}
	return workbook;
}

/** The table's sheet: named after it, else the only sheet with content. */
function tableSheet(workbook: ExcelJS.Workbook, sheetName: string): ExcelJS.Worksheet | undefined {
	const named = workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === sheetName);
	if (named) return named;
	const filled = workbook.worksheets.filter((sheet) => sheet.actualRowCount > 0);
	if (filled.length > 1) {
		const names = filled.map((sheet) => `« ${sheet.name} »`).join(', ');
		throw new InputReadError(undefined, `${filled.length} feuilles (${names}) et aucune nommée « ${sheetName} » ; nommez ainsi la feuille des données ou retirez les autres.`);
	}
	return filled[0] ?? workbook.worksheets[0];
}

/** Column letters (`AB`) → 0-based index. */
const columnIndex = (letters: string) => [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/** Refuses merged cells: a merged value is only in its first cell, the others would read empty or repeated. */
function refuseMerges(sheet: ExcelJS.Worksheet, header: string[]): void {
	const merges = (sheet.model as { merges?: string[] }).merges ?? [];
	if (merges.length === 0) return;
	const [, letters, row] = /^([A-Z]+)(\d+)/.exec(merges[0])!;
	const column = header[columnIndex(letters)] || `n° ${columnIndex(letters) + 1}`;
	const ranges = merges.length === 1 ? `cellules fusionnées (${merges[0]})` : `cellules fusionnées (${merges.join(', ')})`;
	throw new InputReadError(Number(row), `${ranges} ; défusionnez-les et recopiez la valeur dans chaque cellule.`, column);
}

/**
 * The records of the table's sheet (header first) with their sheet row numbers.
 * `typeOf` gives the contract type of a header name, to render Excel dates.
 */
export async function readXlsxRecords(path: string, sheetName: string, typeOf: (header: string) => ColumnType | undefined): Promise<RawRecord[]> {
	const workbook = await loadWorkbook(path);
	const date1904 = workbook.properties.date1904 === true;
	const sheet = tableSheet(workbook, sheetName);
	if (!sheet) return [];
	const records: RawRecord[] = [];
	let types: (ColumnType | undefined)[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const values = (row.values as CellValue[]).slice(1);
		const width = Math.max(values.length, types.length);
		const cells = Array.from({ length: width }, (_, i) => cellText(values[i] ?? null, types[i], date1904));
		if (cells.every((cell) => cell === '')) return;
		if (records.length === 0) types = cells.map((name) => typeOf(name));
		records.push({ line: rowNumber, cells });
	});
	refuseMerges(sheet, records[0]?.cells ?? []);
	return records;
}
