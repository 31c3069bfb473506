/**
 * Attributions by quartile of the households' resources, inside and outside QPV, in the
 * EPCI of the attribution reform perimeter from 1 January to a date: the region (the perimeter),
 * each department (of the communes) and each EPCI; counts only, shares computed from them.
 */
import { query, type Query } from './query';

/** The counts every quartile share is made of (attributions, households). */
export interface QuartilesCounts {
	/** Attributions outside QPV. */
	hors_qpv: number;
	/** Of which to 1st-quartile households or NPNRU rehousing. */
	hors_qpv_q1: number;
	/** Attributions in QPV. */
	qpv: number;
	/** Of which to households of quartiles 2 to 4. */
	qpv_q2_q4: number;
	/** Of which to 4th-quartile households. */
	qpv_q4: number;
}

export interface ReformeQuartilesRow extends QuartilesCounts {
	niveau: 'region' | 'departement' | 'epci';
	/** '32', a department code or an EPCI SIREN. */
	code: string;
	nom: string;
	/** The EPCI's department (most of its population); the department's own code; null for the region. */
	code_departement: string | null;
	/** The EPCI's own target (% , set in its CIA); null for the law's 25 % and for region and departments. */
	taux_cible_hors_qpv_q1: number | null;
}

/** @param date month end `YYYY-MM-DD`: attributions from 1 January of its year to it (`YYYY-12-31`: the whole year). */
export function reformeQuartiles(date: string): Query<ReformeQuartilesRow> {
	return query<ReformeQuartilesRow>(
		// One name per year: the page runs this year's and last year's at once.
		`reforme-quartiles:${date.slice(0, 4)}`,
		`WITH perimetre AS (SELECT siren_epci, taux_cible_hors_qpv_q1 FROM reforme WHERE perimetre),
sums AS (
  SELECT c.niveau, c.code, c.hors_qpv, c.hors_qpv_q1, c.qpv, c.qpv_q2_q4, c.qpv_q4
  FROM cumuls c
  WHERE c.d = $1::DATE AND c.siren_bailleur = ''
    -- The region and its departments over the perimeter's EPCI only; each EPCI of the perimeter whole.
    AND CASE WHEN c.niveau = 'epci' THEN NOT c.perimetre_reforme AND c.code IN (SELECT siren_epci FROM perimetre) ELSE c.perimetre_reforme END),
lignes AS (
  SELECT t.niveau, t.code, t.nom,
    CASE t.niveau WHEN 'departement' THEN t.code ELSE t.code_departement END AS code_departement,
    p.taux_cible_hors_qpv_q1
  FROM territoires t LEFT JOIN perimetre p ON t.niveau = 'epci' AND p.siren_epci = t.code
  WHERE t.niveau IN ('region', 'departement') OR p.siren_epci IS NOT NULL)
SELECT l.niveau, l.code, l.nom, l.code_departement, l.taux_cible_hors_qpv_q1::INTEGER AS taux_cible_hors_qpv_q1,
  COALESCE(s.hors_qpv, 0)::INTEGER AS hors_qpv, COALESCE(s.hors_qpv_q1, 0)::INTEGER AS hors_qpv_q1,
  COALESCE(s.qpv, 0)::INTEGER AS qpv, COALESCE(s.qpv_q2_q4, 0)::INTEGER AS qpv_q2_q4, COALESCE(s.qpv_q4, 0)::INTEGER AS qpv_q4
FROM lignes l LEFT JOIN sums s ON s.niveau = l.niveau AND s.code = l.code
ORDER BY CASE l.niveau WHEN 'region' THEN 0 WHEN 'departement' THEN 1 ELSE 2 END, l.code_departement, l.nom`,
		[date]
	);
}
