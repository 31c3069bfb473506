/**
 * The `bailleur` filter of the territorial queries: a bailleur's own objectives and
 * attributions; summed over every bailleur, the attributions are the territory's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { attributionsParEpci, objectifsRealisation } from '../../src/lib/queries';
import { epciRealisation } from '../../src/lib/queries/epci-realisation';
import { trajectoire } from '../../src/lib/queries/trajectoire';

const CDC_HABITAT = '875284531'; // works in Aisne, Nord and Oise
const AMIENS_HABITAT = '617671607'; // Somme only

let db: NativeDb;
let sirens: string[];
beforeAll(async () => {
	db = await openExtracts('data/extracts');
	sirens = (await db.run<{ siren: string }>({ name: 'sirens', sql: 'SELECT siren FROM bailleurs ORDER BY siren', params: [] })).map((r) => r.siren);
});
afterAll(() => db?.close());

describe('objectifs et attributions d’un bailleur', () => {
	it('sums, over the 31 bailleurs, to each department’s priority households at 31 May 2022', async () => {
		expect(sirens).toHaveLength(31);
		const totals = new Map<string, number>();
		for (const siren of sirens) {
			for (const row of await db.run(objectifsRealisation('prioritaires', '2022-05-31', siren))) {
				totals.set(row.code, (totals.get(row.code) ?? 0) + row.realise);
			}
		}
		expect(Object.fromEntries(totals)).toEqual({ '02': 459, '59': 1413, '60': 348, '62': 1152, '80': 487, '32': 3859 });
	});

	it('lists only the bailleur’s departments, with its own objective and no stock', async () => {
		const rows = await db.run(objectifsRealisation('prioritaires', '2022-05-31', AMIENS_HABITAT));
		expect(rows.map((r) => [r.niveau, r.code, r.objectif, r.statut_objectif, r.realise, r.stock])).toEqual([
			['departement', '80', 297, 'fixe', 128, null],
			['region', '32', 297, 'fixe', 128, null]
		]);
	});

	it('has no regional objective when one of its department objectives is being finalised (Oise)', async () => {
		const rows = await db.run(objectifsRealisation('prioritaires', '2022-05-31', CDC_HABITAT));
		const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
		expect(Object.keys(byCode).sort()).toEqual(['02', '32', '59', '60']);
		expect([byCode['60'].objectif, byCode['60'].statut_objectif]).toEqual([null, 'en cours de finalisation']);
		expect([byCode['32'].objectif, byCode['32'].statut_objectif]).toEqual([null, 'en cours de finalisation']);
		expect(byCode['32'].realise).toBe(byCode['02'].realise + byCode['59'].realise + byCode['60'].realise);
	});

	it('filters the EPCI figures and the trajectory by bailleur', async () => {
		const epci = await db.run(epciRealisation('prioritaires', '2022-05-31', AMIENS_HABITAT));
		expect(epci).toHaveLength(92);
		expect(epci.filter((e) => e.realise > 0).every((e) => e.code_departement === '80')).toBe(true);
		expect(epci.reduce((s, e) => s + e.realise, 0)).toBe(128);
		const parEpci = await db.run(attributionsParEpci('2022-05-31', AMIENS_HABITAT));
		expect(parEpci.reduce((s, e) => s + e.prioritaires, 0)).toBe(128);
		const mois = await db.run(trajectoire('prioritaires', '80', 2022, AMIENS_HABITAT));
		expect(mois.filter((m) => m.annee === 2022 && m.mois <= 5).reduce((s, m) => s + m.realise, 0)).toBe(128);
	});
});
