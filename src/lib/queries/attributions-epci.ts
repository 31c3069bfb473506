/**
 * Attributions by EPCI from 1 January to a date: every count of the extract, so the
 * share of priority households and the reform's quartile shares are computed from
 * the same rows (EPCI of the commune, EPCI in the reform perimeter or not).
 */
import { query, type Query } from './query';
import { COMPTES } from './cumuls';

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
 * @param date month end `YYYY-MM-DD`: attributions from 1 January of its year to it (`YYYY-12-31`: the whole year)
 * @param bailleur a bailleur SIREN, or '' for all bailleurs
 */
export function attributionsParEpci(date: string, bailleur = ''): Query<AttributionsEpciRow> {
	return query<AttributionsEpciRow>(
		'attributions-epci',
		`WITH a AS (
  SELECT c.code, ${COMPTES.map((c) => `c.${c}`).join(', ')}
  FROM cumuls c WHERE c.d = $1::DATE AND c.niveau = 'epci' AND c.siren_bailleur = $2 AND NOT c.perimetre_reforme)
SELECT t.code AS siren, t.nom, t.code_departement, COALESCE(r.perimetre, false) AS perimetre_reforme,
  ${COMPTES.map((c) => `COALESCE(a.${c}, 0)::INTEGER AS ${c}`).join(',\n  ')}
FROM territoires t
LEFT JOIN a ON a.code = t.code
LEFT JOIN reforme r ON r.siren_epci = t.code
WHERE t.niveau = 'epci'
ORDER BY t.code_departement, t.nom`,
		[date, bailleur]
	);
}
