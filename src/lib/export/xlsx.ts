/**
 * XLSX of a table: title and note (source, as-of date) above a header row, numbers stored
 * as numbers with French-displayed formats, a missing figure written as its status text
 * (« en cours de finalisation »), never a blank a reader would take for 0. exceljs (≈ 1 MB) is imported on demand only,
 * when a user asks for the file, so it never weighs on the first view.
 */
import type { Workbook } from 'exceljs';
import type { ExportCell, ExportTable, NumberFormat } from './cells';

/**
 * Excel number format codes (locale-neutral: Excel shows `#,##0` as `1 343` and `0.0 %` as `1,8 %`
 * in French). Percents are stored as ratios.
 */
export function excelNumberFormat({ style, decimals }: NumberFormat): string {
	const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
	switch (style) {
		case 'count':
			return `#,##0${fraction}`;
		case 'integer':
			return '0';
		case 'percent':
			return `0${fraction} %`;
		case 'signed-percent':
			return `+0${fraction} %;-0${fraction} %;0${fraction} %`;
		case 'euros':
			return `#,##0${fraction} "€"`;
	}
}

/** Characters a cell shows in Excel: the French-formatted number (`1 343`, `82 %`, `1 500,50 €`) or its text. */
export function displayedLength(cell: ExportCell): number {
	if (!cell) return 0;
	if (cell.kind !== 'number') return cell.text.length;
	const { style, decimals } = cell.format;
	const scaled = style === 'percent' || style === 'signed-percent' ? cell.value * 100 : cell.value;
	const digits = String(Math.trunc(Math.abs(scaled))).length;
	const grouping = style === 'integer' ? 0 : Math.floor((digits - 1) / 3);
	const sign = scaled < 0 || style === 'signed-percent' ? 1 : 0;
	const suffix = style === 'percent' || style === 'signed-percent' || style === 'euros' ? 2 : 0;
	return sign + digits + grouping + (decimals > 0 ? decimals + 1 : 0) + suffix;
}

/** Grey, as on the page: the status of a missing figure. */
const MUTED_FONT = { color: { argb: 'FF666666' } };

/** Row of the header in the sheet (1-based): title, note, a blank row, then the header. */
export const XLSX_HEADER_ROW = 4;

async function newWorkbook(): Promise<Workbook> {
	const module = await import('exceljs');
	const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module;
	return new ExcelJS.Workbook();
}

/** The XLSX file (bytes) of one table on one sheet named `sheetName` (≤ 31 characters). */
export async function toXlsx(table: ExportTable, sheetName = 'Tableau'): Promise<Uint8Array> {
	const workbook = await newWorkbook();
	const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
	sheet.getCell('A1').value = table.title;
	sheet.getCell('A1').font = { bold: true, size: 13 };
	sheet.getCell('A2').value = table.note;
	const header = sheet.getRow(XLSX_HEADER_ROW);
	header.values = table.headers;
	header.font = { bold: true };
	header.alignment = { wrapText: true, vertical: 'bottom' };
	table.rows.forEach((cells, r) => {
		const row = sheet.getRow(XLSX_HEADER_ROW + 1 + r);
		cells.forEach((cell, c) => {
			const target = row.getCell(c + 1);
			if (cell?.kind === 'number') {
				target.value = cell.value;
				target.numFmt = excelNumberFormat(cell.format);
			} else if (cell?.kind === 'text') target.value = cell.text;
			// A missing figure is its status, right-aligned where the number would be: text, not a number.
			else if (cell?.kind === 'missing') {
				target.value = cell.text;
				target.font = MUTED_FONT;
				target.alignment = { horizontal: 'right' };
			}
		});
	});
	// Wide enough for every cell as displayed; a long header wraps (its row grows) rather than widening the column.
	sheet.columns.forEach((column, i) => {
		const longestCell = Math.max(0, ...table.rows.map((r) => displayedLength(r[i])));
		const longestHeaderWord = Math.max(...table.headers[i].split(/\s+/).map((w) => w.length));
		column.width = Math.min(50, Math.max(10, longestCell + 2, longestHeaderWord + 2, Math.min(table.headers[i].length, 24) + 2));
	});
	sheet.views = [{ state: 'frozen', ySplit: XLSX_HEADER_ROW }];
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
