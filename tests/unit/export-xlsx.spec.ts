/** XLSX: title and note above the header, numbers as numbers with French-displayed formats, missing figures empty. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { displayedLength, excelNumberFormat, toXlsx, XLSX_HEADER_ROW } from '../../src/lib/export/xlsx';
import type { ExportTable } from '../../src/lib/export/cells';

const table: ExportTable = {
	title: 'Ménages prioritaires au 31 mai 2022',
	note: 'Source : essai. Données au 31 mai 2022.',
	headers: ['Territoire', 'Objectif 2022', 'Taux', 'Financement'],
	rows: [
		[{ kind: 'text', text: 'Aisne' }, { kind: 'number', value: 1343, format: { style: 'count', decimals: 0 } }, { kind: 'number', value: 0.8203, format: { style: 'percent', decimals: 0 } }, { kind: 'number', value: 1500.5, format: { style: 'euros', decimals: 2 } }],
		[{ kind: 'text', text: 'Oise' }, { kind: 'missing', text: 'en cours de finalisation' }, null, { kind: 'text', text: '=1' }]
	]
};

describe('number formats', () => {
	it('are the Excel codes of the displayed French formats', () => {
		expect(excelNumberFormat({ style: 'count', decimals: 0 })).toBe('#,##0');
		expect(excelNumberFormat({ style: 'percent', decimals: 1 })).toBe('0.0 %');
		expect(excelNumberFormat({ style: 'signed-percent', decimals: 0 })).toBe('+0 %;-0 %;0 %');
		expect(excelNumberFormat({ style: 'euros', decimals: 2 })).toBe('#,##0.00 "€"');
	});
});

describe('column widths', () => {
	it('count the characters of each cell as Excel displays it', () => {
		expect(displayedLength({ kind: 'number', value: 1343, format: { style: 'count', decimals: 0 } })).toBe('1 343'.length);
		expect(displayedLength({ kind: 'number', value: 0.8203, format: { style: 'percent', decimals: 0 } })).toBe('82 %'.length);
		expect(displayedLength({ kind: 'number', value: -0.061, format: { style: 'signed-percent', decimals: 1 } })).toBe('-6,1 %'.length);
		expect(displayedLength({ kind: 'number', value: 1500.5, format: { style: 'euros', decimals: 2 } })).toBe('1 500,50 €'.length);
		expect(displayedLength({ kind: 'number', value: 2021, format: { style: 'integer', decimals: 0 } })).toBe(4);
		expect(displayedLength({ kind: 'missing', text: 'en cours de finalisation' })).toBe(24);
		expect(displayedLength(null)).toBe(0);
	});
	it('fit the longest cell, and a long header wraps', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await toXlsx(table)).buffer as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.getColumn(2).width).toBe(26);
		expect(sheet.getColumn(1).width).toBe(12);
		expect(sheet.getRow(XLSX_HEADER_ROW).getCell(1).alignment?.wrapText).toBe(true);
	});
});

describe('a sheet read back by exceljs', () => {
	it('holds the title, note, header and typed cells', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await toXlsx(table)).buffer as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.getCell('A1').value).toBe('Ménages prioritaires au 31 mai 2022');
		expect(sheet.getCell('A2').value).toBe('Source : essai. Données au 31 mai 2022.');
		expect(sheet.getRow(XLSX_HEADER_ROW).values).toEqual([undefined, 'Territoire', 'Objectif 2022', 'Taux', 'Financement']);
		const aisne = sheet.getRow(XLSX_HEADER_ROW + 1);
		expect([aisne.getCell(2).value, aisne.getCell(3).value, aisne.getCell(4).value]).toEqual([1343, 0.8203, 1500.5]);
		expect([aisne.getCell(2).numFmt, aisne.getCell(3).numFmt]).toEqual(['#,##0', '0 %']);
		const oise = sheet.getRow(XLSX_HEADER_ROW + 2);
		// Its status, never 0 nor a blank; a figure missing without a status (« — ») stays empty.
		expect(oise.getCell(2).value).toBe('en cours de finalisation');
		expect(oise.getCell(2).type).toBe(ExcelJS.ValueType.String);
		expect(oise.getCell(2).font.color?.argb).toBe('FF666666');
		expect(oise.getCell(3).value).toBeNull();
		expect(oise.getCell(4).value).toBe('=1');
		expect(oise.getCell(4).type).toBe(ExcelJS.ValueType.String);
	});
});
