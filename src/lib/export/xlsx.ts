/**
 * XLSX of a table: title and note (source, as-of date) above a header row, numbers stored
 * as numbers with French-displayed formats. exceljs (≈ 1 MB) is imported on demand only,
 * when a user asks for the file, so it never weighs on the first view.
 */
import type { Workbook } from 'exceljs';
import type { ExportTable, NumberFormat } from './cells';

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
	table.rows.forEach((cells, r) => {
		const row = sheet.getRow(XLSX_HEADER_ROW + 1 + r);
		cells.forEach((cell, c) => {
			const target = row.getCell(c + 1);
			if (cell?.kind === 'number') {
				target.value = cell.value;
				target.numFmt = excelNumberFormat(cell.format);
			} else if (cell?.kind === 'text') target.value = cell.text;
			// A missing figure stays an empty cell; its explanation goes in the cell's note.
			else if (cell?.kind === 'missing') target.note = cell.text;
		});
	});
	sheet.columns.forEach((column, i) => {
		const longest = Math.max(...[table.headers[i], ...table.rows.map((r) => (r[i]?.kind === 'text' ? r[i].text : ''))].map((t) => t.length));
		column.width = Math.min(50, Math.max(10, longest + 2));
	});
	sheet.views = [{ state: 'frozen', ySplit: XLSX_HEADER_ROW }];
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
