/**
 * /logement-d-abord's view on the demonstration extracts: the deck's figures of 30 April
 * 2022, the comparison with April 2021 and with the 2021 objective, the bailleur bands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { loadLogementDAbord, memeDateAnneePrecedente } from '../../src/lib/views/logement-d-abord';
import { evolution, tauxADate } from '../../src/lib/indicators/rates';
import { repartitionParBande } from '../../src/lib/indicators/bands';
import { formatSignedPercent, normalizeSpaces } from '../../src/lib/format';

let db: NativeDb;
beforeAll(async () => {
	db = await openExtracts('data/extracts');
});
afterAll(() => db?.close());

const signed = (r: number | null) => normalizeSpaces(formatSignedPercent(r)).replace('\u2212', '-');

describe('logement d’abord au 30 avril 2022', () => {
	it('compares with 30 April 2021: 559 vs 650 (−14 %), 334 vs 374 (−11 %); objectives +9 %, +10 %', async () => {
		const data = await loadLogementDAbord(db, '2022-04-30');
		expect(data.datePrecedente).toBe('2021-04-30');
		const [sortants, sansAbri] = data.publics.map((p) => ({ now: p.rows[0], before: p.rowsAnneePrecedente[0] }));
		expect([sortants.now.realise, sortants.before.realise]).toEqual([559, 650]);
		expect([sansAbri.now.realise, sansAbri.before.realise]).toEqual([334, 374]);
		expect(signed(evolution(559, 650))).toBe('-14 %');
		expect(signed(evolution(334, 374))).toBe('-11 %');
		expect(signed(evolution(sortants.now.objectif, sortants.before.objectif))).toBe('+9 %');
		expect(signed(evolution(sansAbri.now.objectif, sansAbri.before.objectif))).toBe('+10 %');
	});

	it('spreads the 31 bailleurs 6 / 6 / 6 / 13 by sortants rate at date', async () => {
		const data = await loadLogementDAbord(db, '2022-04-30');
		const rates = data.publics[0].bailleurs.map((b) => tauxADate(b.realise, b.objectif, data.date));
		expect(repartitionParBande(rates).map((b) => b.count)).toEqual([6, 6, 6, 13]);
	});

	it('has an objective for each of the 92 EPCI for sortants, adding up to their attributions', async () => {
		const data = await loadLogementDAbord(db, '2022-04-30');
		const epci = data.publics[0].epci;
		expect(epci).toHaveLength(92);
		expect(epci.every((e) => e.objectif != null)).toBe(true);
		expect(epci.reduce((s, e) => s + e.realise, 0)).toBe(559);
	});

	it('takes the same month end of the previous year', () => {
		expect(memeDateAnneePrecedente('2024-02-29')).toBe('2023-02-28');
		expect(memeDateAnneePrecedente('2022-04-30')).toBe('2021-04-30');
	});
});
