/**
 * Monthly attributions to one public in one territory, for a year and the year before:
 * the trajectory chart cumulates them against the pro-rata objective line.
 */
import { query, type Query } from './query';
import { publicSpec } from './publics';
import type { Indicateur } from '../contract/inputs';

export interface TrajectoireRow {
	annee: number;
	/** Month number, 1–12. */
	mois: number;
	/** Attributions to the public in that month (households). */
	realise: number;
}

/**
 * @param territoire '32' (region), a department code or an EPCI SIREN
 * @param annee the year shown; the previous year comes too. Months without attributions have no row.
 * @param bailleur a bailleur SIREN, or '' for all bailleurs.
 */
export function trajectoire(indicateur: Indicateur, territoire: string, annee: number, bailleur = ''): Query<TrajectoireRow> {
	const { column } = publicSpec(indicateur);
	return query<TrajectoireRow>(
		`trajectoire:${indicateur}`,
		`SELECT year(d)::INTEGER AS annee, month(d)::INTEGER AS mois, mois_${column} AS realise
FROM cumuls
WHERE year(d) IN ($2::INTEGER - 1, $2::INTEGER) AND lignes_mois > 0
  AND niveau = CASE WHEN $1 = '32' THEN 'region' WHEN length($1) = 9 THEN 'epci' ELSE 'departement' END
  AND code = $1 AND siren_bailleur = $3 AND NOT perimetre_reforme
ORDER BY 1, 2`,
		[territoire, annee, bailleur]
	);
}
