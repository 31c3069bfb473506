/**
 * Each bailleur's objective and attributions for one public at a date, over the
 * whole region: the deck's distribution of bailleurs by share of objective reached.
 */
import { query, type Query } from './query';
import { publicSpec } from './publics';
import type { Indicateur } from '../contract/inputs';

export interface BailleurRealisationRow {
	siren: string;
	nom_court: string;
	/** Sum of the bailleur's own objectives for the year (households); null when any is not fixed, or none exists. */
	objectif: number | null;
	/** Attributions to this public by the bailleur, 1 January → date. */
	realise: number;
	/** All its attributions over the same months. */
	attributions: number;
}

export function bailleursRealisation(indicateur: Indicateur, date: string): Query<BailleurRealisationRow> {
	const { column } = publicSpec(indicateur);
	return query<BailleurRealisationRow>(
		`bailleurs-realisation:${indicateur}`,
		`WITH p AS (SELECT $1::DATE AS d, date_trunc('year', $1::DATE)::DATE AS debut),
attr AS (
  SELECT a.siren_bailleur AS siren, SUM(a.${column}) AS realise, SUM(a.attributions) AS attributions
  FROM attributions a, p WHERE a.mois >= p.debut AND a.mois <= p.d GROUP BY 1),
obj AS (
  SELECT o.siren_bailleur AS siren,
    CASE WHEN bool_and(o.valeur IS NOT NULL) THEN SUM(o.valeur) END AS objectif
  FROM objectifs o, p
  WHERE o.annee = year(p.d) AND o.indicateur = $2 AND o.siren_bailleur IS NOT NULL GROUP BY 1)
SELECT b.siren, b.nom_court, obj.objectif::INTEGER AS objectif,
  COALESCE(attr.realise, 0)::INTEGER AS realise, COALESCE(attr.attributions, 0)::INTEGER AS attributions
FROM bailleurs b LEFT JOIN attr USING (siren) LEFT JOIN obj USING (siren)
ORDER BY b.nom_court, b.siren`,
		[date, indicateur]
	);
}
