/** CSV writer: BOM, `;`, CRLF, decimal comma, quoting, formula neutralisation, empty for missing. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvCell, csvText, toCsv } from '../../src/lib/export/csv';
import type { ExportCell, ExportTable } from '../../src/lib/export/cells';

const count = (value: number): ExportCell => ({ kind: 'number', value, format: { style: 'count', decimals: 0 } });
const text = (t: string): ExportCell => ({ kind: 'text', text: t });

describe('text cells that a spreadsheet would run as formulas', () => {
	it('are prefixed with an apostrophe', () => {
		expect(csvText('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(csvText('@x')).toBe("'@x");
		expect(csvText('+x')).toBe("'+x");
		expect(csvText('-x')).toBe("'-x");
		expect(csvText('\tx')).toBe("'\tx");
		expect(csvText('Aisne')).toBe('Aisne');
	});
	it('a negative number stays a number', () => {
		expect(csvCell(count(-14))).toBe('-14');
		expect(csvCell({ kind: 'number', value: -0.0566, format: { style: 'signed-percent', decimals: 0 } })).toBe('-6');
	});
});

describe('numbers', () => {
	it('use a decimal comma, no grouping, the displayed rounding; percents in points', () => {
		expect(csvCell(count(4804))).toBe('4804');
		expect(csvCell({ kind: 'number', value: 0.8203, format: { style: 'percent', decimals: 0 } })).toBe('82');
		expect(csvCell({ kind: 'number', value: 0.45349, format: { style: 'percent', decimals: 1 } })).toBe('45,3');
		expect(csvCell({ kind: 'number', value: 2611756.5, format: { style: 'euros', decimals: 2 } })).toBe('2611756,50');
		expect(csvCell({ kind: 'number', value: 2021, format: { style: 'integer', decimals: 0 } })).toBe('2021');
	});
});

describe('quoting and missing values', () => {
	it('quotes `;`, `"` and line breaks, doubling quotes', () => {
		expect(csvText('a;b')).toBe('"a;b"');
		expect(csvText('dit "oui"')).toBe('"dit ""oui"""');
		expect(csvText('deux\nlignes')).toBe('"deux\nlignes"');
	});
	it('writes null as an empty cell and a missing figure as its explanation, never 0', () => {
		expect(csvCell(null)).toBe('');
		expect(csvCell({ kind: 'missing', text: 'en cours de finalisation' })).toBe('en cours de finalisation');
	});
});

describe('a whole file', () => {
	const table: ExportTable = {
		title: 'Essai',
		note: 'Source : essai.',
		headers: ['Territoire', 'Objectif 2022 (ménages)', 'Taux à date'],
		rows: [
			[text('Oise'), { kind: 'missing', text: 'en cours de finalisation' }, null],
			[text('=1+1'), count(-14), { kind: 'number', value: 0.82, format: { style: 'percent', decimals: 0 } }]
		]
	};
	const csv = toCsv(table);
	it('starts with a BOM and ends every line with CRLF', () => {
		expect(csv.startsWith('\uFEFFTerritoire;')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(4);
		expect(csv.endsWith('\r\n')).toBe(true);
	});
	it('parses back with csv-parse, percent header marked (%)', () => {
		const rows = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
		expect(rows).toEqual([
			{ Territoire: 'Oise', 'Objectif 2022 (ménages)': 'en cours de finalisation', 'Taux à date (%)': '' },
			{ Territoire: "'=1+1", 'Objectif 2022 (ménages)': '-14', 'Taux à date (%)': '82' }
		]);
	});
});
