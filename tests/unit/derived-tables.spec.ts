/**
 * The derived tables equal what they replace: every cumulated count of `cumuls` is the sum of the
 * attributions from 1 January to its month end, at its level, for its bailleur (all of them
 * for ''), over the whole region or the reform perimeter only (the region and its departments, the
 * region by bailleur); nothing else is in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';

let db: NativeDb;
beforeAll(async () => {
	db = await openExtracts('data/extracts');
});
afterAll(() => db.close());

/** The attributions summed the plain way, one level at a time (an oracle independent of the GROUPING SETS). */
const DIRECT = `WITH f AS (SELECT DISTINCT last_day(mois)::DATE AS d FROM attributions),
a AS (SELECT a.*, COALESCE(r.perimetre, false) AS p FROM attributions a LEFT JOIN reforme r USING (siren_epci)),
niveaux AS (
  SELECT 'departement' AS niveau, code_departement AS code, siren_bailleur AS b, * FROM a
  UNION ALL SELECT 'epci', siren_epci, siren_bailleur, * FROM a
  UNION ALL SELECT 'region', '32', siren_bailleur, * FROM a),
avec_tous AS (SELECT niveau, code, b, false AS perimetre, * FROM niveaux UNION ALL SELECT niveau, code, '', false, * FROM niveaux
  -- The reform perimeter: the region and its departments for all bailleurs, the region for each.
  UNION ALL SELECT niveau, code, b, true, * FROM niveaux WHERE p AND niveau = 'region' UNION ALL SELECT niveau, code, '', true, * FROM niveaux WHERE p AND niveau <> 'epci')
SELECT f.d, x.niveau, x.code, x.b AS siren_bailleur, x.perimetre AS perimetre_reforme,
  SUM(x.attributions)::INTEGER AS attributions, SUM(x.prioritaires)::INTEGER AS prioritaires, SUM(x.sans_abri)::INTEGER AS sans_abri, SUM(x.hors_qpv_q1)::INTEGER AS hors_qpv_q1
FROM f JOIN avec_tous x ON x.mois >= date_trunc('year', f.d) AND x.mois <= f.d
GROUP BY ALL`;

const CUBE = `SELECT d, niveau, code, siren_bailleur, perimetre_reforme, attributions, prioritaires, sans_abri, hors_qpv_q1 FROM cumuls WHERE d IN (SELECT DISTINCT last_day(mois) FROM attributions)`;

describe('cumuls', () => {
	it('holds exactly the sums from 1 January, at every level, for every bailleur and for all', async () => {
		const [{ n }] = await db.all<{ n: number }>(`SELECT COUNT(*)::INTEGER AS n FROM (${CUBE})`);
		expect(n).toBe(10_390);
		expect(await db.all(`SELECT COUNT(*)::INTEGER AS n FROM ((${DIRECT}) EXCEPT (${CUBE}))`)).toEqual([{ n: 0 }]);
		expect(await db.all(`SELECT COUNT(*)::INTEGER AS n FROM ((${CUBE}) EXCEPT (${DIRECT}))`)).toEqual([{ n: 0 }]);
	});
	it('has one row per month end of the years of the data, the month’s own counts beside the cumulated ones', async () => {
		const rows = await db.all(`SELECT strftime(d, '%Y-%m-%d') AS d, prioritaires, mois_prioritaires, lignes_mois > 0 AS donnees FROM cumuls
			WHERE niveau = 'region' AND siren_bailleur = '' AND NOT perimetre_reforme AND d IN ('2022-04-30', '2022-05-31') ORDER BY d`);
		expect(rows).toEqual([
			{ d: '2022-04-30', prioritaires: 3_078, mois_prioritaires: 852, donnees: true },
			// The deck: 3 859 attributions to priority households in the region from 1 January to 31 May 2022.
			{ d: '2022-05-31', prioritaires: 3_859, mois_prioritaires: 781, donnees: true }
		]);
	});
});
