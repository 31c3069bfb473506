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
		`SELECT niveau, code, year(d)::INTEGER AS annee, month(d)::INTEGER AS mois,
  mois_prioritaires AS prioritaires, mois_sortants_hebergement AS sortants_hebergement, mois_sans_abri AS sans_abri
FROM cumuls
WHERE year(d) IN ($1::INTEGER - 1, $1::INTEGER) AND lignes_mois > 0
  AND niveau IN ('departement', 'epci') AND siren_bailleur = '' AND NOT perimetre_reforme
ORDER BY niveau, code, annee, mois`,
		[annee]
	);
}
