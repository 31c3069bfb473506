/**
 * Each bailleur's attributions to the three publics and its own objectives, by department
 * and by EPCI, at a date: the bailleurs of every territory sheet in one query.
 */
import { query, type Query } from './query';

export interface TerritoireBailleurRow {
	niveau: 'departement' | 'epci';
	/** Department code or EPCI SIREN. */
	code: string;
	siren: string;
	nom_court: string;
	/** All attributions of the bailleur in the territory, 1 January → date. */
	attributions: number;
	/** Its attributions to each public over the same months (households). */
	prioritaires: number;
	sortants_hebergement: number;
	sans_abri: number;
	/** Its own annual objective in the territory for each public; null when not fixed or absent. */
	objectif_prioritaires: number | null;
	objectif_sortants_hebergement: number | null;
	objectif_sans_abri: number | null;
}

/** @param date month end `YYYY-MM-DD`. Rows only where the bailleur has attributions or an objective. */
export function territoireBailleurs(date: string): Query<TerritoireBailleurRow> {
	return query<TerritoireBailleurRow>(
		'territoire-bailleurs',
		`WITH p AS (SELECT $1::DATE AS d),
s AS (
  SELECT c.niveau, c.code, c.siren_bailleur AS siren, c.attributions, c.prioritaires, c.sortants_hebergement, c.sans_abri
  FROM cumuls c
  WHERE c.d = $1::DATE AND c.niveau IN ('departement', 'epci') AND c.siren_bailleur <> '' AND NOT c.perimetre_reforme),
o AS (
  SELECT o.niveau, o.code_territoire AS code, o.siren_bailleur AS siren,
    MAX(o.valeur) FILTER (WHERE o.indicateur = 'prioritaires') AS op,
    MAX(o.valeur) FILTER (WHERE o.indicateur = 'sortants_hebergement') AS osh,
    MAX(o.valeur) FILTER (WHERE o.indicateur = 'sans_abri') AS osa
  FROM objectifs o, p
  WHERE o.annee = year(p.d) AND o.siren_bailleur IS NOT NULL AND o.niveau IN ('departement', 'epci') GROUP BY 1, 2, 3),
k AS (SELECT niveau, code, siren FROM s UNION SELECT niveau, code, siren FROM o)
SELECT k.niveau, k.code, b.siren, b.nom_court,
  COALESCE(s.attributions, 0)::INTEGER AS attributions, COALESCE(s.prioritaires, 0)::INTEGER AS prioritaires,
  COALESCE(s.sortants_hebergement, 0)::INTEGER AS sortants_hebergement, COALESCE(s.sans_abri, 0)::INTEGER AS sans_abri,
  o.op::INTEGER AS objectif_prioritaires, o.osh::INTEGER AS objectif_sortants_hebergement, o.osa::INTEGER AS objectif_sans_abri
FROM k JOIN bailleurs b USING (siren)
LEFT JOIN s USING (niveau, code, siren)
LEFT JOIN o USING (niveau, code, siren)
ORDER BY k.niveau, k.code, b.nom_court, b.siren`,
		[date]
	);
}
