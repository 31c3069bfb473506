/**
 * The home page's headlines and alerts on the demonstration extracts (native DuckDB), at the
 * deck's dates: the region's figures of the commission tables, the same months of 2021, the
 * alerts a DREAL would raise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { loadSynthese } from '../../src/lib/views/synthese';
import { chiffresCles, departementsEnRetard, epciSousLaPartLegale, memeDateAnneePrecedente, objectifsManquants } from '../../src/lib/views/synthese-essentiel';
import { datesDisponibles } from '../../src/lib/queries';
import type { AttributionsEpciRow } from '../../src/lib/queries/attributions-epci';

let db: NativeDb;
let dates: string[];
beforeAll(async () => {
	db = await openExtracts('data/extracts');
	dates = (await db.run(datesDisponibles())).map((d) => d.date);
});
afterAll(() => db?.close());

describe('the same date of the previous year', () => {
	it('is the same month end', () => {
		expect(memeDateAnneePrecedente('2022-05-31')).toBe('2021-05-31');
		expect(memeDateAnneePrecedente('2024-02-29')).toBe('2023-02-28');
		expect(memeDateAnneePrecedente('2023-02-28')).toBe('2022-02-28');
	});
});

describe('headlines at the deck dates', () => {
	it('31 May 2022: the priority households of the deck, no regional rate (Oise not fixed), compared with May 2021', async () => {
		const [prioritaires] = chiffresCles(await loadSynthese(db, '2022-05-31'), dates);
		expect(prioritaires).toMatchObject({ indicateur: 'prioritaires', realise: 3859, objectif: null, statutObjectif: 'en cours de finalisation', tauxADate: null, datePrecedente: '2021-05-31', precedent: 3994 });
		expect(prioritaires.evolution).toBeCloseTo(3859 / 3994 - 1, 10);
		// The trend ends at the date: May's cumul is the headline figure.
		expect(prioritaires.cumuls.slice(3, 6)).toEqual([3078, 3859, null]);
		expect(prioritaires.cumulsPrecedents[4]).toBe(3994);
	});
	it('30 April 2022: sortants and sans-abri, rates at date of the region', async () => {
		const [, sortants, sansAbri] = chiffresCles(await loadSynthese(db, '2022-04-30'), dates);
		expect(sortants).toMatchObject({ realise: 559, objectif: 2100, precedent: 650 });
		expect(sortants.tauxADate).toBeCloseTo(559 / ((2100 * 4) / 12), 10);
		expect(sansAbri).toMatchObject({ realise: 334, objectif: 1150, precedent: 374 });
	});
	it('makes no comparison when the previous year is not in the data', async () => {
		const [prioritaires] = chiffresCles(await loadSynthese(db, '2021-05-31'), dates);
		expect(prioritaires.precedent).toBeNull();
		expect(prioritaires.evolution).toBeNull();
		expect(prioritaires.cumulsPrecedents).toEqual([]);
	});
});

describe('alerts', () => {
	it('31 May 2022: no department under half its due objective; Oise\'s priority objective not fixed', async () => {
		const data = await loadSynthese(db, '2022-05-31');
		expect(departementsEnRetard(data)).toEqual([]);
		expect(objectifsManquants(data)).toEqual([{ code: '60', nom: 'Oise', label: 'Ménages prioritaires (DALO / PDALHPD)', statut: 'en cours de finalisation' }]);
	});
	it('31 May 2022: 53 of 92 EPCI under 25 % of priority households, 37 of 40 in the reform under 25 % outside QPV', async () => {
		const alertes = epciSousLaPartLegale((await loadSynthese(db, '2022-05-31')).epci);
		expect([alertes.prioritaires.length, alertes.avecAttributions, alertes.reforme.length, alertes.perimetre]).toEqual([53, 92, 37, 40]);
		expect(alertes.prioritaires[1]).toMatchObject({ nom: 'CA Valenciennes Métropole', numerateur: 33, denominateur: 495 });
		expect(alertes.reforme[0]).toMatchObject({ nom: 'CA du Caudrésis et du Catésis', numerateur: 5, denominateur: 79 });
		// Lowest first.
		const parts = alertes.prioritaires.map((a) => a.part);
		expect(parts).toEqual([...parts].sort((a, b) => a - b));
	});
	it('flags a department under 50 % of its due objective, lowest first, and none without attributions data', () => {
		const row = (code: string, nom: string, objectif: number | null, realise: number) => ({ niveau: 'departement' as const, code, nom, objectif, statut_objectif: objectif == null ? 'en cours de finalisation' : 'valide', realise, attributions: 1000, stock: null, stock_debut_annee: null });
		const data = {
			date: '2022-06-30',
			publics: [{ indicateur: 'sans_abri' as const, label: 'Ménages sans-abri', rows: [row('02', 'Aisne', 120, 20), row('59', 'Nord', 400, 99), row('60', 'Oise', null, 3), row('80', 'Somme', 100, 50)] }]
		} as unknown as Parameters<typeof departementsEnRetard>[0];
		expect(departementsEnRetard(data).map((a) => [a.nom, a.attendu, Number(a.taux.toFixed(3))])).toEqual([
			['Aisne', 60, 0.333],
			['Nord', 200, 0.495]
		]);
		const epci = [{ siren: '1', nom: 'Sans attribution', code_departement: '02', perimetre_reforme: true, attributions: 0, prioritaires: 0, hors_qpv: 0, hors_qpv_q1: 0 }] as AttributionsEpciRow[];
		expect(epciSousLaPartLegale(epci)).toMatchObject({ prioritaires: [], reforme: [], avecAttributions: 0, perimetre: 0 });
	});
});
