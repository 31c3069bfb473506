/**
 * Each bailleur's attributions by quartile in the EPCI of the attribution reform perimeter
 * from 1 January to a date (the deck's « résultats par bailleur en moyenne régionale »). Counts only.
 */
import { query, type Query } from './query';
import type { QuartilesCounts } from './reforme-quartiles';

export interface ReformeBailleurRow extends QuartilesCounts {
	siren: string;
	nom_court: string;
}

/** @param date month end `YYYY-MM-DD`: attributions from 1 January of its year to it (`YYYY-12-31`: the whole year). */
export function reformeBailleurs(date: string): Query<ReformeBailleurRow> {
	return query<ReformeBailleurRow>(
		// One name per year: the page runs this year's and last year's at once.
		`reforme-bailleurs:${date.slice(0, 4)}`,
		`WITH a AS (
  SELECT c.siren_bailleur AS siren, c.hors_qpv, c.hors_qpv_q1, c.qpv, c.qpv_q2_q4, c.qpv_q4
  FROM cumuls c
  WHERE c.d = $1::DATE AND c.niveau = 'region' AND c.perimetre_reforme AND c.siren_bailleur <> '')
SELECT b.siren, COALESCE(b.nom_court, b.nom) AS nom_court,
  COALESCE(a.hors_qpv, 0)::INTEGER AS hors_qpv, COALESCE(a.hors_qpv_q1, 0)::INTEGER AS hors_qpv_q1,
  COALESCE(a.qpv, 0)::INTEGER AS qpv, COALESCE(a.qpv_q2_q4, 0)::INTEGER AS qpv_q2_q4, COALESCE(a.qpv_q4, 0)::INTEGER AS qpv_q4
FROM bailleurs b LEFT JOIN a USING (siren)
ORDER BY nom_court, b.siren`,
		[date]
	);
}
