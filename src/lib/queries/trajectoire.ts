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
		`SELECT year(mois)::INTEGER AS annee, month(mois)::INTEGER AS mois, SUM(${column})::INTEGER AS realise
FROM attributions
WHERE year(mois) IN ($2::INTEGER - 1, $2::INTEGER)
  AND ($1 = '32' OR code_departement = $1 OR siren_epci = $1)
  AND ($3 = '' OR siren_bailleur = $3)
GROUP BY 1, 2
ORDER BY 1, 2`,
		[territoire, annee, bailleur]
	);
}
