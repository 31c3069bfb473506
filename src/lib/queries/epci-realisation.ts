/**
 * Objective vs achieved for one public, by EPCI, at a month-end date: the rows a
 * department's table and the EPCI maps need. Counts only; rates come from src/lib/indicators.
 */
import { query, type Query } from './query';
import { publicSpec } from './publics';
import type { Indicateur } from '../contract/inputs';

export interface EpciRealisationRow {
	niveau: 'epci';
	/** EPCI SIREN. */
	code: string;
	nom: string;
	code_departement: string;
	/** The EPCI's annual objective of the date's year (households); null when none is fixed. */
	objectif: number | null;
	/** Status of the objective row; null when the EPCI has none. */
	statut_objectif: string | null;
	/** Attributions to this public, 1 January → date (households). */
	realise: number;
	/** All attributions over the same months. */
	attributions: number;
	/** Households of this public waiting at the date; null when not observed at EPCI level. */
	stock: number | null;
	/** Households waiting on 1 January of the date's year; null when not observed. */
	stock_debut_annee: number | null;
}

/**
 * @param date month end `YYYY-MM-DD`; attributions are cumulated from 1 January of its year.
 * @param bailleur a bailleur SIREN, or '' for all: its attributions and EPCI objectives, no stock.
 */
export function epciRealisation(indicateur: Indicateur, date: string, bailleur = ''): Query<EpciRealisationRow> {
	const { column, stock } = publicSpec(indicateur);
	return query<EpciRealisationRow>(
		`epci-realisation:${indicateur}`,
		`WITH p AS (SELECT $1::DATE AS d, date_trunc('year', $1::DATE)::DATE AS debut),
attr AS (
  SELECT a.siren_epci AS code, SUM(a.${column}) AS realise, SUM(a.attributions) AS attributions
  FROM attributions a, p WHERE a.mois >= p.debut AND a.mois <= p.d AND ($4 = '' OR a.siren_bailleur = $4) GROUP BY 1),
obj AS (
  SELECT o.code_territoire AS code, o.valeur, o.statut
  FROM objectifs o, p
  WHERE o.annee = year(p.d) AND o.indicateur = $2 AND o.niveau = 'epci'
    AND CASE WHEN $4 = '' THEN o.siren_bailleur IS NULL ELSE o.siren_bailleur = $4 END),
stk AS (
  SELECT s.code_territoire AS code,
    MAX(s.menages) FILTER (WHERE s.date = p.d) AS stock,
    MAX(s.menages) FILTER (WHERE s.date = p.debut) AS stock_debut_annee
  FROM stocks s, p WHERE s.niveau = 'epci' AND s.public = $3 AND $4 = '' GROUP BY 1)
SELECT 'epci' AS niveau, t.code, t.nom, t.code_departement,
  obj.valeur::INTEGER AS objectif, obj.statut AS statut_objectif,
  COALESCE(attr.realise, 0)::INTEGER AS realise, COALESCE(attr.attributions, 0)::INTEGER AS attributions,
  stk.stock::INTEGER AS stock, stk.stock_debut_annee::INTEGER AS stock_debut_annee
FROM territoires t LEFT JOIN attr USING (code) LEFT JOIN obj USING (code) LEFT JOIN stk USING (code)
WHERE t.niveau = 'epci'
ORDER BY t.code_departement, t.nom`,
		[date, indicateur, stock, bailleur]
	);
}
