/**
 * Objective vs achieved for one public, by department and for the region, at a
 * month-end date: the commission's tables (priority households, sortants
 * d'hébergement, sans-abri). Counts only; rates are computed in src/lib/indicators.
 */
import { query, type Query } from './query';
import { publicSpec } from './publics';
import { realisationCtes } from './realisation-ctes';
import type { Indicateur } from '../contract/inputs';

export interface ObjectifRealisationRow {
	niveau: 'departement' | 'region';
	code: string;
	nom: string;
	/** Annual objective of the date's year, households; null when not fixed (or, for the region, when any department's is not). */
	objectif: number | null;
	/** 'fixe', 'en cours de finalisation', …; null when no objective row exists. */
	statut_objectif: string | null;
	/** Attributions to this public from 1 January to the date (households). */
	realise: number;
	/** All attributions over the same months (households). */
	attributions: number;
	/** Households of this public waiting at the date; null when not observed. */
	stock: number | null;
	/** Households of this public waiting on 1 January of the date's year; null when not observed. */
	stock_debut_annee: number | null;
}

/**
 * @param date month end `YYYY-MM-DD`; attributions are cumulated from 1 January of its year.
 * @param bailleur a bailleur SIREN, or '' for all: with a bailleur, its own objectives and
 * attributions, only the departments where it has either, and no stock (stocks are territorial).
 */
export function objectifsRealisation(indicateur: Indicateur, date: string, bailleur = ''): Query<ObjectifRealisationRow> {
	const { column, stock } = publicSpec(indicateur);
	return query<ObjectifRealisationRow>(
		`objectifs-realisation:${indicateur}`,
		`WITH ${realisationCtes('departement', column)},
deps AS (SELECT code, nom FROM territoires WHERE niveau = 'departement'),
lignes AS (
  SELECT deps.code, deps.nom, obj.valeur, obj.statut,
    COALESCE(attr.realise, 0) AS realise, COALESCE(attr.attributions, 0) AS attributions,
    stk.stock, stk.stock_debut_annee
  FROM deps LEFT JOIN attr USING (code) LEFT JOIN obj USING (code) LEFT JOIN stk USING (code)
  WHERE $4 = '' OR obj.statut IS NOT NULL OR attr.attributions > 0)
SELECT 'departement' AS niveau, code, nom, valeur::INTEGER AS objectif, statut AS statut_objectif,
  realise::INTEGER AS realise, attributions::INTEGER AS attributions,
  stock::INTEGER AS stock, stock_debut_annee::INTEGER AS stock_debut_annee
FROM lignes
UNION ALL
SELECT 'region', t.code, t.nom,
  -- The region's objective exists only when every department's is fixed: never a partial sum.
  -- A bailleur's departments without any objective row do not count (it has no target there).
  CASE WHEN bool_and(l.valeur IS NOT NULL OR ($4 <> '' AND l.statut IS NULL)) THEN SUM(l.valeur) END::INTEGER,
  CASE WHEN bool_and(l.valeur IS NOT NULL OR ($4 <> '' AND l.statut IS NULL)) THEN 'fixe' ELSE 'en cours de finalisation' END,
  SUM(l.realise)::INTEGER, SUM(l.attributions)::INTEGER,
  CASE WHEN bool_and(l.stock IS NOT NULL) THEN SUM(l.stock) END::INTEGER,
  CASE WHEN bool_and(l.stock_debut_annee IS NOT NULL) THEN SUM(l.stock_debut_annee) END::INTEGER
FROM lignes l, territoires t WHERE t.niveau = 'region' GROUP BY t.code, t.nom
ORDER BY niveau, code`,
		[date, indicateur, stock, bailleur]
	);
}
