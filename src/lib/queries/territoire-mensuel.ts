/**
 * Monthly attributions to the three publics by department and by EPCI, for a year and the
 * year before: one query gives every territory sheet its trajectories (cumulated in the view).
 */
import { query, type Query } from './query';

export interface TerritoireMensuelRow {
	niveau: 'departement' | 'epci';
	/** Department code or EPCI SIREN. */
	code: string;
	annee: number;
	/** Month number, 1–12. Months without any attribution have no row. */
	mois: number;
	/** Attributions of the month to each public (households). */
	prioritaires: number;
	sortants_hebergement: number;
	sans_abri: number;
}

/** @param annee the year shown; the previous year comes too. */
export function territoireMensuel(annee: number): Query<TerritoireMensuelRow> {
	return query<TerritoireMensuelRow>(
		'territoire-mensuel',
		`WITH a AS (
  SELECT code_departement, siren_epci, year(mois) AS y, month(mois) AS m, prioritaires, sortants_hebergement, sans_abri
  FROM attributions WHERE year(mois) IN ($1::INTEGER - 1, $1::INTEGER))
SELECT CASE WHEN GROUPING(code_departement) = 0 THEN 'departement' ELSE 'epci' END AS niveau,
  COALESCE(code_departement, siren_epci) AS code, y::INTEGER AS annee, m::INTEGER AS mois,
  SUM(prioritaires)::INTEGER AS prioritaires, SUM(sortants_hebergement)::INTEGER AS sortants_hebergement,
  SUM(sans_abri)::INTEGER AS sans_abri
FROM a GROUP BY GROUPING SETS ((code_departement, y, m), (siren_epci, y, m))
ORDER BY niveau, code, annee, mois`,
		[annee]
	);
}
