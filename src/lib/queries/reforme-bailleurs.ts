/**
 * Each bailleur's attributions by quartile in the EPCI of the attribution reform perimeter
 * over a period (the deck's « résultats par bailleur en moyenne régionale »). Counts only.
 */
import { query, type Query } from './query';
import type { QuartilesCounts } from './reforme-quartiles';

export interface ReformeBailleurRow extends QuartilesCounts {
	siren: string;
	nom_court: string;
}

/**
 * @param debut first month included, `YYYY-MM-DD` (any day of it)
 * @param fin last month included, `YYYY-MM-DD` (any day of it)
 */
export function reformeBailleurs(debut: string, fin: string): Query<ReformeBailleurRow> {
	return query<ReformeBailleurRow>(
		// One name per year: the page runs this year's and last year's at once, and the query
		// client drops a pending call superseded by another of the same name.
		`reforme-bailleurs:${debut.slice(0, 4)}`,
		`WITH a AS (
  SELECT a.siren_bailleur AS siren, SUM(a.hors_qpv) AS hors_qpv, SUM(a.hors_qpv_q1) AS hors_qpv_q1,
    SUM(a.qpv) AS qpv, SUM(a.qpv_q2_q4) AS qpv_q2_q4, SUM(a.qpv_q4) AS qpv_q4
  FROM attributions a JOIN reforme r ON r.siren_epci = a.siren_epci AND r.perimetre
  WHERE a.mois >= date_trunc('month', $1::DATE) AND a.mois <= $2::DATE
  GROUP BY 1)
SELECT b.siren, COALESCE(b.nom_court, b.nom) AS nom_court,
  COALESCE(a.hors_qpv, 0)::INTEGER AS hors_qpv, COALESCE(a.hors_qpv_q1, 0)::INTEGER AS hors_qpv_q1,
  COALESCE(a.qpv, 0)::INTEGER AS qpv, COALESCE(a.qpv_q2_q4, 0)::INTEGER AS qpv_q2_q4, COALESCE(a.qpv_q4, 0)::INTEGER AS qpv_q4
FROM bailleurs b LEFT JOIN a USING (siren)
ORDER BY nom_court, b.siren`,
		[debut, fin]
	);
}
