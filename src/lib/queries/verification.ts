/**
 * The queries of /donnees/verifier, on DuckDB-wasm: a dropped file's lines (typed in the page,
 * loaded as `verification_brut`), aggregated into the contract's rows with the ingestion's own
 * SQL (src/lib/contract/records.ts), and its totals by department and EPCI beside the
 * published extracts' over the same months (attributions) or at the same date (stocks).
 */
import { query, type Query } from './query';
import { aggregateSql, recordColumnSql, recordsTableName, type RecordTableSpec } from '../contract/records';
import type { InputTableSpec } from '../contract/inputs';

/** The table of the file's typed lines, as loaded from the page (text, booleans, integers). */
export const TABLE_BRUTE = 'verification_brut';
/** The file as the contract's rows. */
export const TABLE_CONTRAT = 'verification_contrat';

const COMPTES = ['attributions', 'prioritaires', 'sortants_hebergement', 'sans_abri', 'hors_qpv', 'hors_qpv_q1', 'qpv', 'qpv_q2_q4', 'qpv_q4'] as const;

/** Statements that turn the raw lines of a record-level file into the contract's rows (run in order). */
export function recordsToContract(spec: RecordTableSpec): Query<never>[] {
	const typed = spec.columns.map((c) => `CAST(${c.name} AS ${recordColumnSql(c)}) AS ${c.name}`).join(', ');
	return [
		query('verification:enregistrements', `CREATE OR REPLACE TABLE ${recordsTableName(spec.name)} AS SELECT ligne::INTEGER AS ligne, ${typed} FROM ${TABLE_BRUTE}`),
		query('verification:contrat', `CREATE OR REPLACE TABLE ${TABLE_CONTRAT} AS ${aggregateSql(spec.name)}`)
	];
}

/** The same for a file already in the contract's format (months `YYYY-MM-DD` of their first day). */
export function contractToContract(spec: InputTableSpec): Query<never>[] {
	const columns = spec.columns.map((c) => (c.type === 'count' ? `CAST(${c.name} AS INTEGER) AS ${c.name}` : c.type === 'month' ? `strftime(CAST(${c.name} AS DATE), '%Y-%m') AS ${c.name}` : `${c.name}`));
	return [query('verification:contrat', `CREATE OR REPLACE TABLE ${TABLE_CONTRAT} AS SELECT ${columns.join(', ')}, ligne::INTEGER AS ligne FROM ${TABLE_BRUTE}`)];
}

/** The contract's rows of the file, as text cells in the contract's column order (the converted file). */
export function contractRows(spec: InputTableSpec): Query<Record<string, string | number | null>> {
	return query('verification:lignes', `SELECT ${spec.columns.map((c) => c.name).join(', ')} FROM ${TABLE_CONTRAT} ORDER BY ALL`);
}

export interface TotalRow {
	niveau: 'departement' | 'epci';
	code: string;
	nom: string;
	/** The file's count, and the published one over the same months (or at the same date); null when the published extract has none. */
	fichier: number;
	publie: number | null;
}

/**
 * Attributions (all, then the priority households) by department and EPCI: the file's months
 * against the published `attributions` over the same months. `$1` is `communes_region`'s table.
 */
export function attributionsTotals(compte: (typeof COMPTES)[number]): Query<TotalRow> {
	return query<TotalRow>(
		`verification:totaux:${compte}`,
		`WITH f AS (SELECT v.${compte} AS n, c.dep, c.epci FROM ${TABLE_CONTRAT} v JOIN communes_region c ON c.code = v.code_commune),
mois AS (SELECT min(mois) AS debut, max(mois) AS fin FROM ${TABLE_CONTRAT}),
p AS (SELECT a.${compte} AS n, a.code_departement AS dep, a.siren_epci AS epci FROM attributions a, mois WHERE strftime(a.mois, '%Y-%m') BETWEEN mois.debut AND mois.fin),
fichier AS (
  SELECT 'departement' AS niveau, dep AS code, sum(n) AS n FROM f GROUP BY 2
  UNION ALL SELECT 'epci', epci, sum(n) FROM f GROUP BY 2),
publie AS (
  SELECT 'departement' AS niveau, dep AS code, sum(n) AS n FROM p GROUP BY 2
  UNION ALL SELECT 'epci', epci, sum(n) FROM p GROUP BY 2)
SELECT fichier.niveau, fichier.code, t.nom, fichier.n::INTEGER AS fichier, publie.n::INTEGER AS publie
FROM fichier LEFT JOIN publie USING (niveau, code) LEFT JOIN territoires t ON t.niveau = fichier.niveau AND t.code = fichier.code
ORDER BY fichier.niveau, fichier.code`
	);
}

/** Households waiting at the file's last date, by department and EPCI, against the published stocks at that date. */
export function stocksTotals(): Query<TotalRow & { public: string; date: string }> {
	return query(
		'verification:totaux:stocks',
		`WITH derniere AS (SELECT max(date) AS d FROM ${TABLE_CONTRAT}),
f AS (SELECT v.* FROM ${TABLE_CONTRAT} v, derniere WHERE v.date = derniere.d)
SELECT f.niveau, f.code_territoire AS code, t.nom, f.public, f.date, f.menages::INTEGER AS fichier, s.menages::INTEGER AS publie
FROM f LEFT JOIN stocks s ON strftime(s.date, '%Y-%m-%d') = f.date AND s.niveau = f.niveau AND s.code_territoire = f.code_territoire AND s.public = f.public
LEFT JOIN territoires t ON t.niveau = f.niveau AND t.code = f.code_territoire
ORDER BY f.niveau, f.code_territoire, f.public`
	);
}

/** The bailleurs published (SIREN), to check the file's. */
export const bailleursPublies = () => query<{ siren: string }>('verification:bailleurs', 'SELECT siren FROM bailleurs');
