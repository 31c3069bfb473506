/**
 * Attributions by EPCI over a period of months: every count of the extract, so the
 * share of priority households and the reform's quartile shares are computed from
 * the same rows (EPCI of the commune, EPCI in the reform perimeter or not).
 */
import { query, type Query } from './query';

export interface AttributionsEpciRow {
	siren: string;
	nom: string;
	code_departement: string;
	/** In the attribution reform perimeter (false when the reform table says so or has no row). */
	perimetre_reforme: boolean;
	attributions: number;
	prioritaires: number;
	sortants_hebergement: number;
	sans_abri: number;
	hors_qpv: number;
	hors_qpv_q1: number;
	qpv: number;
	qpv_q2_q4: number;
	qpv_q4: number;
}

/**
 * @param debut first month included, `YYYY-MM-DD` (any day of it)
 * @param fin last month included, `YYYY-MM-DD` (any day of it)
 * @param bailleur a bailleur SIREN, or '' for all bailleurs
 */
export function attributionsParEpci(debut: string, fin: string, bailleur = ''): Query<AttributionsEpciRow> {
	return query<AttributionsEpciRow>(
		'attributions-epci',
		`WITH a AS (
  SELECT siren_epci,
    SUM(attributions) AS attributions, SUM(prioritaires) AS prioritaires,
    SUM(sortants_hebergement) AS sortants_hebergement, SUM(sans_abri) AS sans_abri,
    SUM(hors_qpv) AS hors_qpv, SUM(hors_qpv_q1) AS hors_qpv_q1,
    SUM(qpv) AS qpv, SUM(qpv_q2_q4) AS qpv_q2_q4, SUM(qpv_q4) AS qpv_q4
  FROM attributions
  WHERE mois >= date_trunc('month', $1::DATE) AND mois <= $2::DATE AND ($3 = '' OR siren_bailleur = $3)
  GROUP BY 1)
SELECT t.code AS siren, t.nom, t.code_departement, COALESCE(r.perimetre, false) AS perimetre_reforme,
  COALESCE(a.attributions, 0)::INTEGER AS attributions, COALESCE(a.prioritaires, 0)::INTEGER AS prioritaires,
  COALESCE(a.sortants_hebergement, 0)::INTEGER AS sortants_hebergement, COALESCE(a.sans_abri, 0)::INTEGER AS sans_abri,
  COALESCE(a.hors_qpv, 0)::INTEGER AS hors_qpv, COALESCE(a.hors_qpv_q1, 0)::INTEGER AS hors_qpv_q1,
  COALESCE(a.qpv, 0)::INTEGER AS qpv, COALESCE(a.qpv_q2_q4, 0)::INTEGER AS qpv_q2_q4, COALESCE(a.qpv_q4, 0)::INTEGER AS qpv_q4
FROM territoires t
LEFT JOIN a ON a.siren_epci = t.code
LEFT JOIN reforme r ON r.siren_epci = t.code
WHERE t.niveau = 'epci'
ORDER BY t.code_departement, t.nom`,
		[debut, fin, bailleur]
	);
}
