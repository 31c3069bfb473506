/**
 * Each bailleur's objective and attributions for one public at a date, by department:
 * the split behind the bailleur table (an objective is fixed per bailleur and department).
 */
import { query, type Query } from './query';
import { publicSpec } from './publics';
import type { Indicateur } from '../contract/inputs';

export interface BailleurDepartementRow {
	siren: string;
	nom_court: string;
	code_departement: string;
	/** Objective of the bailleur in the department for the year (households); null when not fixed or absent. */
	objectif: number | null;
	/** Status of that objective; null when none exists. */
	statut_objectif: string | null;
	/** Attributions to this public, 1 January → date. */
	realise: number;
	/** All attributions of the bailleur in the department over the same months. */
	attributions: number;
}

/** Rows only where the bailleur has an objective or attributions in the department. */
export function bailleursDepartements(indicateur: Indicateur, date: string): Query<BailleurDepartementRow> {
	publicSpec(indicateur);
	return query<BailleurDepartementRow>(
		`bailleurs-departements:${indicateur}`,
		`SELECT b.siren, b.nom_court, r.code_departement, r.objectif, r.statut_objectif, r.realise, r.attributions
FROM realisations_bailleurs r JOIN bailleurs b USING (siren)
WHERE r.d = $1::DATE AND r.indicateur = $2 AND r.code_departement <> ''
ORDER BY b.nom_court, b.siren, r.code_departement`,
		[date, indicateur]
	);
}
