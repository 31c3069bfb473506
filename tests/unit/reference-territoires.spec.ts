/**
 * The deck's distributions — bailleurs by band, EPCI by share of priority households,
 * FNAVDL coverage — recomputed by the site's queries on the demonstration extracts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { attributionsParEpci, bailleursRealisation, fnavdlCouverture } from '../../src/lib/queries';
import { part, tauxADate } from '../../src/lib/indicators/rates';
import { repartitionParBande } from '../../src/lib/indicators/bands';
import { formatPercent } from '../../src/lib/format';

const pct = (ratio: number | null) => (ratio == null ? '' : formatPercent(ratio).replace(/[\u202f\u00a0]/g, ' '));

let db: NativeDb;
beforeAll(async () => {
	db = await openExtracts('data/extracts');
});
afterAll(() => db?.close());

describe('bailleurs', () => {
	it('spreads the 31 bailleurs 6 / 6 / 6 / 13 by sortants objective reached at 30 April 2022', async () => {
		const rows = await db.run(bailleursRealisation('sortants_hebergement', '2022-04-30'));
		expect(rows).toHaveLength(31);
		const rates = rows.map((r) => tauxADate(r.realise, r.objectif, '2022-04-30'));
		expect(repartitionParBande(rates).map((b) => b.count)).toEqual([6, 6, 6, 13]);
	});

	it('adds up to the regional attributions', async () => {
		const rows = await db.run(bailleursRealisation('sortants_hebergement', '2022-04-30'));
		expect(rows.reduce((s, r) => s + r.realise, 0)).toBe(559);
		expect(rows.reduce((s, r) => s + r.attributions, 0)).toBe(14810);
	});
});

describe('EPCI', () => {
	it('has the 92 EPCI, with priority households from 7 % to 42 % of 2021 attributions', async () => {
		const rows = await db.run(attributionsParEpci('2021-12-31'));
		expect(rows).toHaveLength(92);
		const shares = rows.map((r) => part(r.prioritaires, r.attributions)!);
		expect(pct(Math.min(...shares))).toBe('7 %');
		expect(pct(Math.max(...shares))).toBe('42 %');
	});
});

describe('FNAVDL', () => {
	it('covers about a fifth of the priority stock, about 30 % in Nord', async () => {
		const rows = await db.run(fnavdlCouverture(2021, '2022-01-01'));
		const region = rows.find((r) => r.niveau === 'region')!;
		// The deck's « 1 700 » and « 1 000 » are rounded: 1 003 / 1 725 = 58 %.
		expect([region.menages_a_accompagner, region.menages_accompagnes, region.stock_prioritaires]).toEqual([1725, 1003, 7823]);
		expect(pct(part(region.menages_accompagnes, region.menages_a_accompagner))).toBe('58 %');
		const nord = rows.find((r) => r.code === '59')!;
		expect(pct(part(nord.menages_a_accompagner, nord.stock_prioritaires))).toBe('30 %');
		const departements = rows.filter((r) => r.niveau === 'departement');
		const coverages = departements.map((r) => part(r.menages_a_accompagner, r.stock_prioritaires)!);
		expect(Math.max(...coverages)).toBe(part(nord.menages_a_accompagner, nord.stock_prioritaires));
	});
});
