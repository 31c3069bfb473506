/**
 * Each bailleur's lines for one public at a month end in one query, read from the derived table
 * `realisations_bailleurs`: its objective and attributions over the region (every bailleur) and in
 * each department where it has an objective or attributions. The pages that show both (the
 * bailleurs table and its split by department) ask once.
 */
import { query, type Query } from './query';
import { publicSpec } from './publics';
import type { Indicateur } from '../contract/inputs';
import type { BailleurRealisationRow } from './bailleurs-realisation';
import type { BailleurDepartementRow } from './bailleurs-departements';

/** A bailleur's line over the region (`code_departement` '') or in a department. */
export type BailleurLigneRow = BailleurDepartementRow;

/** Bailleurs by short name and SIREN, the region first then each department by code. */
export function bailleursLignes(indicateur: Indicateur, date: string): Query<BailleurLigneRow> {
	publicSpec(indicateur);
	return query<BailleurLigneRow>(
		`bailleurs-lignes:${indicateur}`,
		`SELECT b.siren, b.nom_court, COALESCE(r.code_departement, '') AS code_departement, r.objectif, r.statut_objectif,
  COALESCE(r.realise, 0)::INTEGER AS realise, COALESCE(r.attributions, 0)::INTEGER AS attributions
FROM bailleurs b
LEFT JOIN realisations_bailleurs r ON r.d = $1::DATE AND r.indicateur = $2 AND r.siren = b.siren
ORDER BY b.nom_court, b.siren, code_departement`,
		[date, indicateur]
	);
}

/** The rows of bailleursRealisation and of bailleursDepartements, from one bailleursLignes answer. */
export function parPerimetre(rows: readonly BailleurLigneRow[]): { region: BailleurRealisationRow[]; departements: BailleurDepartementRow[] } {
	const region: BailleurRealisationRow[] = [];
	const departements: BailleurDepartementRow[] = [];
	for (const row of rows) {
		if (row.code_departement !== '') departements.push(row);
		else region.push({ siren: row.siren, nom_court: row.nom_court, objectif: row.objectif, realise: row.realise, attributions: row.attributions });
	}
	return { region, departements };
}
