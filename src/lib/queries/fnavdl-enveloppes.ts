/**
 * FNAVDL envelopes of a year by department, with the regional total: the department
 * envelope and its two parts (bailleur–association projects, association projects).
 * Amounts in euros with cents (DOUBLE): the deck's whole-euro figures are their rounding.
 */
import { query, type Query } from './query';

export interface FnavdlEnveloppeRow {
	annee: number;
	niveau: 'departement' | 'region';
	code: string;
	nom: string;
	/** Department envelope, euros with cents. */
	enveloppe_eur: number;
	/** Of which bailleur–association (partnership) projects, euros. */
	bailleurs_associations_eur: number;
	/** Of which association projects, euros. */
	associations_eur: number;
}

/**
 * Envelopes of the years `premiere` to `derniere` (one query, so the browser client does not
 * take a second year for a stale call): by year, departments by code, then the region.
 */
export function fnavdlEnveloppes(premiere: number, derniere: number = premiere): Query<FnavdlEnveloppeRow> {
	return query<FnavdlEnveloppeRow>(
		'fnavdl-enveloppes',
		`WITH e AS (
  SELECT annee, code_departement AS code, enveloppe_eur AS total, dont_bailleurs_associations_eur AS ba, dont_associations_eur AS asso
  FROM fnavdl_enveloppes WHERE annee BETWEEN $1 AND $2)
SELECT e.annee::INTEGER AS annee, 'departement' AS niveau, t.code, t.nom, e.total::DOUBLE AS enveloppe_eur,
  e.ba::DOUBLE AS bailleurs_associations_eur, e.asso::DOUBLE AS associations_eur
FROM e JOIN territoires t ON t.niveau = 'departement' AND t.code = e.code
UNION ALL
SELECT e.annee::INTEGER, 'region', t.code, t.nom, ROUND(SUM(e.total), 2)::DOUBLE, ROUND(SUM(e.ba), 2)::DOUBLE, ROUND(SUM(e.asso), 2)::DOUBLE
FROM e, territoires t WHERE t.niveau = 'region' GROUP BY e.annee, t.code, t.nom
ORDER BY annee, niveau, code`,
		[premiere, derniere]
	);
}
