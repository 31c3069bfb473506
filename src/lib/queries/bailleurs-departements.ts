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
	const { column } = publicSpec(indicateur);
	return query<BailleurDepartementRow>(
		`bailleurs-departements:${indicateur}`,
		`WITH p AS (SELECT $1::DATE AS d, date_trunc('year', $1::DATE)::DATE AS debut),
attr AS (
  SELECT a.siren_bailleur AS siren, a.code_departement, SUM(a.${column}) AS realise, SUM(a.attributions) AS attributions
  FROM attributions a, p WHERE a.mois >= p.debut AND a.mois <= p.d GROUP BY 1, 2),
obj AS (
  SELECT o.siren_bailleur AS siren, o.code_territoire AS code_departement, o.valeur, o.statut
  FROM objectifs o, p
  WHERE o.annee = year(p.d) AND o.indicateur = $2 AND o.niveau = 'departement' AND o.siren_bailleur IS NOT NULL)
SELECT b.siren, b.nom_court, k.code_departement,
  obj.valeur::INTEGER AS objectif, obj.statut AS statut_objectif,
  COALESCE(attr.realise, 0)::INTEGER AS realise, COALESCE(attr.attributions, 0)::INTEGER AS attributions
FROM (SELECT siren, code_departement FROM attr UNION SELECT siren, code_departement FROM obj) k
JOIN bailleurs b USING (siren)
LEFT JOIN attr USING (siren, code_departement)
LEFT JOIN obj USING (siren, code_departement)
ORDER BY b.nom_court, b.siren, k.code_departement`,
		[date, indicateur]
	);
}
