import { describe, expect, it } from 'vitest';
import { explicationSecret, exportValueMaybeMasked, formatMaybeMasked, formatPercentMaybeMasked, SECRET } from '../../src/lib/format/secret';
import { exportCell } from '../../src/lib/export/cells';
import { toCsv } from '../../src/lib/export/csv';
import type { Column } from '../../src/lib/components/tables/columns';
import { diffuse } from '../../src/lib/secret/diffuse';
import { tauxADate } from '../../src/lib/indicators/rates';

describe('« s » on screen', () => {
	it('writes a masked count or rate as « s », others as usual', () => {
		expect(SECRET).toBe('s');
		expect(formatMaybeMasked(Number.NaN)).toBe('s');
		expect(formatMaybeMasked(1343)).toBe('1\u202F343');
		expect(formatMaybeMasked(null)).toBe('—');
		expect(formatPercentMaybeMasked(tauxADate(Number.NaN, 1343, '2022-05-31'))).toBe('s');
		expect(formatPercentMaybeMasked(0.8203)).toBe('82\u202F%');
		expect(explicationSecret()).toBe('s : secret statistique — valeur inférieure à 11 ménages, ou qui permettrait de retrouver une valeur masquée ; jamais remplacée par 0.');
	});
});

describe('exports of masked cells', () => {
	type Row = { nom: string; realise: number };
	const columns: Column<Row>[] = [
		{ key: 'nom', label: 'EPCI', value: (r) => r.nom, text: (r) => r.nom },
		{ key: 'realise', label: 'Réalisé', numeric: true, value: (r) => r.realise, text: (r) => formatMaybeMasked(r.realise), exportValue: (r) => exportValueMaybeMasked(r.realise) }
	];
	const rows = diffuse([{ niveau: 'epci', code: 'a', nom: 'CC A', realise: 7 }, { niveau: 'epci', code: 'b', nom: 'CC B', realise: 0 }, { niveau: 'epci', code: 'c', nom: 'CC C', realise: 40 }], 11);

	it('never writes a masked count as a number, and keeps a true 0', () => {
		expect(exportValueMaybeMasked(Number.NaN)).toBeNull();
		const cells = rows.map((row) => exportCell(columns[1], row));
		expect(cells[0]).not.toMatchObject({ kind: 'number' });
		expect(cells[1]).toEqual({ kind: 'number', value: 0, format: { style: 'count', decimals: 0 } });
		expect(cells[2]).toMatchObject({ kind: 'number', value: 40 });
		const csv = toCsv({ title: 'EPCI', note: explicationSecret(), headers: ['EPCI', 'Réalisé'], rows: rows.map((row) => columns.map((c) => exportCell(c, row))) });
		const lines = csv.replace('\uFEFF', '').split('\r\n');
		// The masked cell holds no figure: neither its value (7) nor 0.
		expect(lines.slice(1, 4)).toEqual(['CC A;s', 'CC B;0', 'CC C;40']);
	});
});
