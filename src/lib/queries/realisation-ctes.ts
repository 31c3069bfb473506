/**
 * The common-table expressions of "objective vs achieved" at one territorial level, shared by
 * the department and EPCI queries so that both count the same way. Bound values, in order:
 * $1 month-end date, $2 indicateur, $3 stock public, $4 bailleur SIREN ('' = all bailleurs).
 * Gives `p` (date, 1 January), `attr` (attributions to the public and all attributions,
 * 1 January → date), `obj` (the year's objective and its status) and `stk` (households waiting
 * at the date and on 1 January; none for a bailleur: stocks are territorial), each keyed by `code`.
 */
import type { PublicSpec } from './publics';

/**
 * @param niveau the territorial level of the rows
 * @param column the attributions column counting the public (from `publicSpec`, never user input)
 */
export function realisationCtes(niveau: 'departement' | 'epci', column: PublicSpec['column']): string {
	const territoireAttribution = niveau === 'departement' ? 'a.code_departement' : 'a.siren_epci';
	return `p AS (SELECT $1::DATE AS d, date_trunc('year', $1::DATE)::DATE AS debut),
attr AS (
  SELECT ${territoireAttribution} AS code, SUM(a.${column}) AS realise, SUM(a.attributions) AS attributions
  FROM attributions a, p WHERE a.mois >= p.debut AND a.mois <= p.d AND ($4 = '' OR a.siren_bailleur = $4) GROUP BY 1),
obj AS (
  SELECT o.code_territoire AS code, o.valeur, o.statut
  FROM objectifs o, p
  WHERE o.annee = year(p.d) AND o.indicateur = $2 AND o.niveau = '${niveau}'
    AND CASE WHEN $4 = '' THEN o.siren_bailleur IS NULL ELSE o.siren_bailleur = $4 END),
stk AS (
  SELECT s.code_territoire AS code,
    MAX(s.menages) FILTER (WHERE s.date = p.d) AS stock,
    MAX(s.menages) FILTER (WHERE s.date = p.debut) AS stock_debut_annee
  FROM stocks s, p WHERE s.niveau = '${niveau}' AND s.public = $3 AND $4 = '' GROUP BY 1)`;
}
