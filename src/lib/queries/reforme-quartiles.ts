/**
 * Attributions by quartile of the households' resources, inside and outside QPV, in the
 * EPCI of the attribution reform perimeter over a period: the region (the perimeter),
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

/**
 * @param debut first month included, `YYYY-MM-DD` (any day of it)
 * @param fin last month included, `YYYY-MM-DD` (any day of it)
 */
export function reformeQuartiles(debut: string, fin: string): Query<ReformeQuartilesRow> {
	return query<ReformeQuartilesRow>(
		// One name per year: the page runs this year's and last year's at once, and the query
		// client drops a pending call superseded by another of the same name.
		`reforme-quartiles:${debut.slice(0, 4)}`,
		`WITH perimetre AS (SELECT siren_epci, taux_cible_hors_qpv_q1 FROM reforme WHERE perimetre),
a AS (
  SELECT a.code_departement, a.siren_epci, a.hors_qpv, a.hors_qpv_q1, a.qpv, a.qpv_q2_q4, a.qpv_q4
  FROM attributions a JOIN perimetre p ON p.siren_epci = a.siren_epci
  WHERE a.mois >= date_trunc('month', $1::DATE) AND a.mois <= $2::DATE),
sums AS (
  SELECT CASE WHEN GROUPING(code_departement) = 0 THEN 'departement' WHEN GROUPING(siren_epci) = 0 THEN 'epci' ELSE 'region' END AS niveau,
    COALESCE(code_departement, siren_epci) AS code,
    SUM(hors_qpv) AS hors_qpv, SUM(hors_qpv_q1) AS hors_qpv_q1, SUM(qpv) AS qpv, SUM(qpv_q2_q4) AS qpv_q2_q4, SUM(qpv_q4) AS qpv_q4
  FROM a GROUP BY GROUPING SETS ((), (code_departement), (siren_epci))),
lignes AS (
  SELECT t.niveau, t.code, t.nom,
    CASE t.niveau WHEN 'departement' THEN t.code ELSE t.code_departement END AS code_departement,
    p.taux_cible_hors_qpv_q1
  FROM territoires t LEFT JOIN perimetre p ON t.niveau = 'epci' AND p.siren_epci = t.code
  WHERE t.niveau IN ('region', 'departement') OR p.siren_epci IS NOT NULL)
SELECT l.niveau, l.code, l.nom, l.code_departement, l.taux_cible_hors_qpv_q1::INTEGER AS taux_cible_hors_qpv_q1,
  COALESCE(s.hors_qpv, 0)::INTEGER AS hors_qpv, COALESCE(s.hors_qpv_q1, 0)::INTEGER AS hors_qpv_q1,
  COALESCE(s.qpv, 0)::INTEGER AS qpv, COALESCE(s.qpv_q2_q4, 0)::INTEGER AS qpv_q2_q4, COALESCE(s.qpv_q4, 0)::INTEGER AS qpv_q4
FROM lignes l LEFT JOIN sums s ON s.niveau = l.niveau AND (s.code = l.code OR (l.niveau = 'region' AND s.code IS NULL))
ORDER BY CASE l.niveau WHEN 'region' THEN 0 WHEN 'departement' THEN 1 ELSE 2 END, l.code_departement, l.nom`,
		[debut, fin]
	);
}
