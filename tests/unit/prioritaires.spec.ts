/**
 * /prioritaires's view on the demonstration extracts (native DuckDB): the deck's figures
 * of 31 May 2022, the EPCI rows adding up to the departments, the trajectory, the bailleurs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { loadPrioritaires } from '../../src/lib/views/prioritaires';
import { epciDuTerritoire, lignesDuTerritoire } from '../../src/lib/views/territoire-lignes';
import { tauxADate } from '../../src/lib/indicators/rates';

let db: NativeDb;
beforeAll(async () => {
	db = await openExtracts('data/extracts');
});
afterAll(() => db?.close());

describe('ménages prioritaires au 31 mai 2022', () => {
	it('gives the deck table for the region and its departments', async () => {
		const data = await loadPrioritaires(db, '2022-05-31', '32');
		const lignes = lignesDuTerritoire('32', data.departements, data.epci);
		expect(lignes.map((l) => [l.code, l.objectif, l.realise, l.stock, l.stock_debut_annee])).toEqual([
			['32', null, 3859, 8514, 7823],
			['02', 1343, 459, 554, 483],
			['59', 4804, 1413, 3649, 3181],
			['60', null, 348, 998, 1060],
			['62', 2993, 1152, 2188, 2166],
			['80', 1034, 487, 1125, 933]
		]);
		expect(tauxADate(lignes[1].realise, lignes[1].objectif, '2022-05-31')).toBeCloseTo(459 / ((1343 * 5) / 12));
	});

	it('lists each department with its EPCI, whose attributions add up to it', async () => {
		const data = await loadPrioritaires(db, '2022-05-31', '59');
		const lignes = lignesDuTerritoire('59', data.departements, data.epci);
		expect(lignes[0].nom).toBe('Nord');
		const epci = lignes.slice(1);
		expect(epci.every((e) => e.niveau === 'epci')).toBe(true);
		expect(epci.length).toBe(epciDuTerritoire('59', data.epci).length);
		expect(data.epci).toHaveLength(92);
		expect(epci.reduce((s, e) => s + e.realise, 0)).toBe(1413);
		expect(lignesDuTerritoire(epci[0].code, data.departements, data.epci)).toHaveLength(1);
	});

	it('cumulates the trajectory of Nord up to May, the previous year in full', async () => {
		const data = await loadPrioritaires(db, '2022-05-31', '59');
		const { points, objectif, moisFin } = data.trajectoire;
		expect(moisFin).toBe(5);
		expect(objectif).toBe(4804);
		expect(points[4].cumul).toBe(1413);
		expect(points[5].cumul).toBeNull();
		expect(points[4].objectifProrata).toBeCloseTo(2001.67, 1);
		expect(points[11].cumulPrecedent).toBeGreaterThan(points[4].cumulPrecedent);
	});

	it('splits bailleurs by department, adding up to their regional totals', async () => {
		const data = await loadPrioritaires(db, '2022-05-31');
		expect(data.bailleurs).toHaveLength(31);
		const total = data.bailleursDepartements.reduce((s, r) => s + r.realise, 0);
		expect(total).toBe(3859);
		for (const b of data.bailleurs) {
			const split = data.bailleursDepartements.filter((r) => r.siren === b.siren);
			expect(split.reduce((s, r) => s + r.realise, 0)).toBe(b.realise);
		}
	});

	it('gives the EPCI shares of 2021 and of the year to date', async () => {
		const data = await loadPrioritaires(db, '2022-05-31');
		expect(data.partEpci.anneePrecedente).toBe(2021);
		expect(data.partEpci.precedente).toHaveLength(92);
		expect(data.partEpci.courante.reduce((s, r) => s + r.prioritaires, 0)).toBe(3859);
	});
});
