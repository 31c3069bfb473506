/**
 * The reform page's territory filter and its share texts: a department keeps its EPCI, an
 * EPCI its own row, an EPCI outside the perimeter falls back to the region with a notice;
 * small denominators are marked in words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { loadReforme, type ReformeData } from '../../src/lib/views/reforme';
import { selectTerritoire } from '../../src/routes/reforme/selection';
import { formatPoints, formatShare } from '../../src/routes/reforme/share-columns';
import { normalizeSpaces } from '../../src/lib/format';

let db: NativeDb;
let data: ReformeData;
beforeAll(async () => {
	db = await openExtracts('data/extracts');
	data = await loadReforme(db, '2022-04-30');
});
afterAll(() => db?.close());

describe('selectTerritoire', () => {
	it('keeps the whole perimeter for the region', () => {
		const s = selectTerritoire(data, '32');
		expect([s.niveau, s.total.nom, s.departements.length, s.epci.length, s.avancement.length, s.horsPerimetre]).toEqual([
			'region', 'Hauts-de-France', 5, 40, 40, null
		]);
	});

	it("keeps a department's EPCI of the perimeter", () => {
		const s = selectTerritoire(data, '02');
		expect([s.niveau, s.total.nom, s.epci.length, s.avancement.length]).toEqual(['departement', 'Aisne', 7, 7]);
		expect(s.epci.every((r) => r.code_departement === '02')).toBe(true);
	});

	it('keeps one EPCI with its own counts and dates', () => {
		const s = selectTerritoire(data, '245900428');
		expect([s.niveau, s.total.nom, s.total.hors_qpv_q1, s.total.hors_qpv, s.epci.length]).toEqual(['epci', 'CU de Dunkerque', 69, 357, 1]);
		expect(s.avancement.map((r) => r.date_cia)).toEqual(['2018-03-01']);
	});

	it('shows the region, with a notice, for an EPCI outside the perimeter', () => {
		const outside = '200070308'; // any valid SIREN without a reform row in the perimeter
		const s = selectTerritoire(data, outside);
		expect([s.niveau, s.epci.length, s.horsPerimetre]).toEqual(['region', 40, outside]);
	});
});

describe('share texts', () => {
	it('marks a share built on fewer than 20 attributions', () => {
		expect(normalizeSpaces(formatShare(2, 12))).toBe('17 % (effectif faible)');
		expect(normalizeSpaces(formatShare(1486, 8257))).toBe('18 %');
		expect(normalizeSpaces(formatShare(0, 0))).toBe('—');
	});

	it('writes the change in signed percentage points', () => {
		expect(normalizeSpaces(formatPoints(0.18, 0.142))).toBe('+3,8 pts');
		expect(normalizeSpaces(formatPoints(0.15, 0.16))).toBe('-1,0 pt');
		expect(formatPoints(0.1, null)).toBe('—');
	});
});
