/** Exported cells follow the page: a number only when its format gives back the displayed text. */
import { describe, expect, it } from 'vitest';
import { exportCell, matchingFormat, toExportTable } from '../../src/lib/export/cells';
import type { Column } from '../../src/lib/components/tables/columns';
import { formatCount, formatPercent, formatSignedPercent, MISSING } from '../../src/lib/format';

interface Ligne {
	nom: string;
	objectif: number | null;
	taux: number | null;
	evolution: number;
	effectifs: [number, number];
}
const columns: Column<Ligne>[] = [
	{ key: 'nom', label: 'Territoire', value: (r) => r.nom, text: (r) => r.nom },
	{ key: 'objectif', label: 'Objectif 2022', unit: 'ménages', numeric: true, value: (r) => r.objectif, text: (r) => (r.objectif == null ? 'en cours de finalisation' : formatCount(r.objectif)) },
	{ key: 'taux', label: 'Taux', numeric: true, value: (r) => r.taux, text: (r) => formatPercent(r.taux) },
	{ key: 'evol', label: 'Évolution', numeric: true, value: (r) => r.evolution, text: (r) => formatSignedPercent(r.evolution) },
	{ key: 'eff', label: 'Effectifs', numeric: true, value: (r) => r.effectifs[1], text: (r) => `${r.effectifs[0]} / ${r.effectifs[1]}` }
];
const oise: Ligne = { nom: 'Oise', objectif: null, taux: null, evolution: -0.0566, effectifs: [3, 40] };
const aisne: Ligne = { nom: 'Aisne', objectif: 1343, taux: 0.8203, evolution: 0.147, effectifs: [12, 40] };

describe('format matching', () => {
	it('recognises counts, years, percents (0 or 1 decimal), signed percents, euros', () => {
		expect(matchingFormat(1343, '1\u202F343')).toEqual({ style: 'count', decimals: 0 });
		expect(matchingFormat(2021, '2021')).toEqual({ style: 'integer', decimals: 0 });
		expect(matchingFormat(0.8203, '82\u202F%')).toEqual({ style: 'percent', decimals: 0 });
		expect(matchingFormat(0.0179, '1,8\u202F%')).toEqual({ style: 'percent', decimals: 1 });
		expect(matchingFormat(0.09, '+9\u202F%')).toEqual({ style: 'signed-percent', decimals: 0 });
		expect(matchingFormat(2611756, '2\u202F611\u202F756\u202F€')).toEqual({ style: 'euros', decimals: 2 });
		// A value in 0–100 shown as a percent does not match: exported as text, never ×100 wrong.
		expect(matchingFormat(82, '82\u202F%')).toBeNull();
	});
});

describe('cells of a row', () => {
	it('exports numbers with their format, a missing objective as its explanation, an unmatched text as text', () => {
		expect(columns.map((c) => exportCell(c, aisne))).toEqual([
			{ kind: 'text', text: 'Aisne' },
			{ kind: 'number', value: 1343, format: { style: 'count', decimals: 0 } },
			{ kind: 'number', value: 0.8203, format: { style: 'percent', decimals: 0 } },
			{ kind: 'number', value: 0.147, format: { style: 'signed-percent', decimals: 0 } },
			{ kind: 'text', text: '12 / 40' }
		]);
		expect(exportCell(columns[1], oise)).toEqual({ kind: 'missing', text: 'en cours de finalisation' });
		expect(exportCell(columns[2], oise)).toBeNull();
		expect(exportCell(columns[3], oise)).toEqual({ kind: 'number', value: -0.0566, format: { style: 'signed-percent', decimals: 0 } });
	});
	it('follows an explicit format and export value', () => {
		const annee: Column<{ annee: number | null }> = { key: 'a', label: 'Année', numeric: true, format: 'integer', value: (r) => r.annee, text: (r) => String(r.annee ?? MISSING) };
		expect(exportCell(annee, { annee: 2021 })).toEqual({ kind: 'number', value: 2021, format: { style: 'integer', decimals: 0 } });
		expect(exportCell(annee, { annee: null })).toBeNull();
		const brut: Column<{ v: number }> = { key: 'v', label: 'V', numeric: true, format: 'euros', value: (r) => r.v, exportValue: (r) => r.v / 100, text: (r) => String(r.v) };
		expect(exportCell(brut, { v: 1050 })).toEqual({ kind: 'number', value: 10.5, format: { style: 'euros', decimals: 2 } });
	});
	it('builds headers with units and keeps the row order', () => {
		const table = toExportTable('Titre', 'Source : essai.', columns, [oise, aisne]);
		expect(table.headers).toEqual(['Territoire', 'Objectif 2022 (ménages)', 'Taux', 'Évolution', 'Effectifs']);
		expect(table.rows.map((r) => r[0])).toEqual([{ kind: 'text', text: 'Oise' }, { kind: 'text', text: 'Aisne' }]);
	});
});
