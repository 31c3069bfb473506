/**
 * The SQL of the derived table `cumuls` (columns: src/lib/contract/extracts.ts): the attributions
 * of the extract cumulated from 1 January to each month end of the years of the data, by region, department
 * (of the communes) and EPCI, for every bailleur and for all of them (''), and again over the EPCI
 * of the reform perimeter only; with the month's own counts and source rows. Run on the extracts
 * by native DuckDB (the build engine when it opens them, and the file `/extraits/cumuls.parquet`
 * the browser downloads): the views read it instead of summing the attributions again.
 * A row per month end of the years of the data: « 1 January → date » is the row `d = date`
 * (no row outside those years: no attribution there).
 */
import { DERIVED_COLUMNS } from '../contract/extracts';

/** The counts of the attributions extract, summed in every aggregate. */
export const COMPTES = ['attributions', 'prioritaires', 'sortants_hebergement', 'sans_abri', 'hors_qpv', 'hors_qpv_q1', 'qpv', 'qpv_q2_q4', 'qpv_q4'] as const;
const MOIS = ['prioritaires', 'sortants_hebergement', 'sans_abri'] as const;

const sums = COMPTES.map((c) => `SUM(${c}) AS ${c}`).join(', ');

const REGION = "(SELECT code FROM territoires WHERE niveau = 'region')";

/**
 * Monthly sums of `source` rows matching `where`, by bailleur ('' = all) and by region,
 * department and, unless `perimetre` (the reform perimeter's department and region sums), EPCI.
 */
function monthly(where: string, perimetre: boolean): string {
	const sets = perimetre
		? '(mois, code_departement), (mois, siren_bailleur), (mois)'
		: '(mois, code_departement, siren_bailleur), (mois, code_departement), (mois, siren_epci, siren_bailleur), (mois, siren_epci), (mois, siren_bailleur), (mois)';
	const niveau = perimetre
		? "CASE WHEN GROUPING(code_departement) = 0 THEN 'departement' ELSE 'region' END"
		: "CASE WHEN GROUPING(code_departement) = 0 THEN 'departement' WHEN GROUPING(siren_epci) = 0 THEN 'epci' ELSE 'region' END";
	const code = perimetre ? `COALESCE(code_departement, ${REGION})` : `COALESCE(code_departement, siren_epci, ${REGION})`;
	return `SELECT mois, ${niveau} AS niveau, ${code} AS code,
    COALESCE(siren_bailleur, '') AS siren_bailleur, ${perimetre} AS perimetre_reforme,
    COUNT(*) AS lignes, ${sums}
  FROM source WHERE ${where}
  GROUP BY GROUPING SETS (${sets})`;
}

/** The SELECT of the table, columns in contract order, rows in a fixed order (byte-identical files). */
export function cumulsSelect(): string {
	const selected: [string, string][] = [
		...(['d', 'niveau', 'code', 'siren_bailleur', 'perimetre_reforme'] as const).map((c): [string, string] => [c, `${c === 'd' ? 'f' : 'm'}.${c}`]),
		...COMPTES.map((c): [string, string] => [c, `SUM(m.${c})::INTEGER`]),
		...MOIS.map((c): [string, string] => [`mois_${c}`, `COALESCE(SUM(m.${c}) FILTER (WHERE m.mois = f.mois), 0)::INTEGER`]),
		['lignes_mois', 'COALESCE(SUM(m.lignes) FILTER (WHERE m.mois = f.mois), 0)::INTEGER']
	];
	if (selected.map(([name]) => name).join() !== Object.keys(DERIVED_COLUMNS.cumuls).join()) throw new Error('cumuls : la requête ne suit pas le contrat');
	return `WITH source AS (
  SELECT a.*, COALESCE(r.perimetre, false) AS dans_perimetre FROM attributions a LEFT JOIN reforme r USING (siren_epci)),
-- Every month of the years of the data, to December of the last: a date asks for one row (d = date).
mois_fins AS (
  SELECT mois::DATE AS mois, last_day(mois)::DATE AS d
  FROM (SELECT date_trunc('year', MIN(mois)) AS debut, date_trunc('year', MAX(mois)) + INTERVAL 11 MONTH AS fin FROM attributions) b,
    generate_series(b.debut, b.fin, INTERVAL 1 MONTH) AS g(mois)),
mensuel AS (
  ${monthly('true', false)}
  UNION ALL
  ${monthly('dans_perimetre', true)})
SELECT ${selected.map(([name, expression]) => `${expression} AS ${name}`).join(',\n  ')}
FROM mois_fins f JOIN mensuel m ON m.mois >= date_trunc('year', f.d) AND m.mois <= f.d
GROUP BY f.d, m.niveau, m.code, m.siren_bailleur, m.perimetre_reforme
ORDER BY f.d, m.perimetre_reforme, m.niveau, m.code, m.siren_bailleur`;
}
