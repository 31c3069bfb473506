/**
 * Record-level inputs: the lists the national systems export (one line per attribution, one
 * line per labelled priority household), which the ingestion aggregates into the contract's
 * tables (`attributions`, `stocks` of ./inputs.ts) with DuckDB. One definition for both engines:
 * the columns below and the aggregation SQL run in `npm run data` (native DuckDB) and in the
 * page that checks a file in the browser (DuckDB-wasm).
 *
 * Types: `date` (AAAA-MM-JJ, JJ/MM/AAAA, Excel serial), `code` (kept as text), `bool` (oui/non
 * and the codes of the mapping), `quartile` (1 to 4: « 1 », « Q1 », « 1er quartile »), `enum`.
 */
import { PUBLICS_STOCK } from './inputs';

export type RecordColumnType = 'date' | 'code' | 'bool' | 'quartile' | 'enum';

export interface RecordColumnSpec {
	name: string;
	type: RecordColumnType;
	required: boolean;
	values?: readonly string[];
	label: string;
	/** Header names seen in real exports (matched accents, case and punctuation ignored). */
	synonyms: readonly string[];
}

export type RecordTableName = 'attributions' | 'stocks';

export interface RecordTableSpec {
	/** The contract table the records aggregate into. */
	name: RecordTableName;
	label: string;
	columns: readonly RecordColumnSpec[];
}

export const ATTRIBUTION_RECORDS: RecordTableSpec = {
	name: 'attributions',
	label: 'Attributions, une ligne par attribution',
	columns: [
		{ name: 'date_attribution', type: 'date', required: true, label: "Date de l'attribution (CAL)", synonyms: ['date attribution', 'date cal', 'date de la cal', 'date de decision', 'date decision cal', 'date d attribution'] },
		{ name: 'code_commune', type: 'code', required: true, label: 'Code INSEE de la commune du logement', synonyms: ['code commune', 'code insee', 'commune insee', 'code insee commune', 'insee', 'cog commune', 'depcom'] },
		{ name: 'siren_bailleur', type: 'code', required: true, label: 'SIREN du bailleur', synonyms: ['siren', 'siren bailleur', 'siren organisme', 'organisme siren', 'numero siren', 'siren du bailleur'] },
		{ name: 'prioritaire', type: 'bool', required: true, label: 'Ménage prioritaire (DALO ou PDALHPD)', synonyms: ['prioritaire', 'menage prioritaire', 'dalo pdalhpd', 'public prioritaire', 'prioritaire dalo pdalhpd', 'prio'] },
		{ name: 'sortant_hebergement', type: 'bool', required: true, label: "Ménage sortant d'hébergement", synonyms: ['sortant hebergement', 'sortant d hebergement', 'sortie hebergement', 'heberge', 'sortant structure'] },
		{ name: 'sans_abri', type: 'bool', required: true, label: 'Ménage sans-abri', synonyms: ['sans abri', 'sans domicile', 'sda', 'sans abri ou sans domicile'] },
		{ name: 'qpv', type: 'bool', required: true, label: "Logement situé en quartier prioritaire de la ville (QPV)", synonyms: ['qpv', 'en qpv', 'logement en qpv', 'quartier prioritaire', 'situe en qpv'] },
		{ name: 'quartile', type: 'quartile', required: true, label: 'Quartile de ressources du ménage (1 à 4)', synonyms: ['quartile', 'quartile ressources', 'quartile de ressources', 'quartile revenus', 'q ressources'] },
		{ name: 'relogement_npnru', type: 'bool', required: false, label: 'Relogement NPNRU (compté avec le 1er quartile hors QPV) ; vide : non', synonyms: ['npnru', 'relogement npnru', 'relogement anru', 'anru'] }
	]
};

export const STOCK_RECORDS: RecordTableSpec = {
	name: 'stocks',
	label: 'Ménages en attente, une ligne par ménage labellisé',
	columns: [
		{ name: 'date_labellisation', type: 'date', required: true, label: 'Date de labellisation (entrée dans le public)', synonyms: ['date labellisation', 'date de labellisation', 'date entree', 'date d entree', 'date reconnaissance', 'date de reconnaissance', 'date decision'] },
		{ name: 'date_sortie', type: 'date', required: false, label: 'Date de sortie (relogement, radiation) ; vide : toujours en attente', synonyms: ['date sortie', 'date de sortie', 'date relogement', 'date radiation', 'date fin'] },
		{ name: 'code_departement', type: 'code', required: true, label: 'Département', synonyms: ['departement', 'code departement', 'dep', 'dept', 'code dep'] },
		{ name: 'siren_epci', type: 'code', required: false, label: "SIREN de l'EPCI ; vide : compté au département seulement", synonyms: ['epci', 'siren epci', 'code epci', 'epci siren'] },
		{ name: 'public', type: 'enum', required: true, values: PUBLICS_STOCK, label: 'prioritaires, heberges ou sans_abri', synonyms: ['public', 'type de public', 'categorie', 'type menage'] }
	]
};

export const RECORD_TABLES: readonly RecordTableSpec[] = [ATTRIBUTION_RECORDS, STOCK_RECORDS];

export function recordTable(name: string): RecordTableSpec {
	const spec = RECORD_TABLES.find((t) => t.name === name);
	if (!spec) throw new Error(`Format d'enregistrements inconnu : ${name}`);
	return spec;
}

/** Name of the DuckDB table the typed records are loaded into (plus a `ligne` INTEGER column: the file's line). */
export const recordsTableName = (name: RecordTableName) => `enregistrements_${name}`;

/** DuckDB type of each record column. */
export function recordColumnSql(column: RecordColumnSpec): string {
	return column.type === 'date' ? 'DATE' : column.type === 'bool' ? 'BOOLEAN' : column.type === 'quartile' ? 'INTEGER' : 'VARCHAR';
}

/**
 * The contract's `attributions` rows, from the records: one row per month × commune × bailleur,
 * with `ligne` the file's first line of the group (errors on the row point at it). Outside QPV,
 * the 1st quartile counts NPNRU rehousing too, as the contract says.
 */
export function aggregateAttributionsSql(): string {
	return `SELECT strftime(date_attribution, '%Y-%m') AS mois, code_commune, siren_bailleur,
  count(*)::INTEGER AS attributions,
  count(*) FILTER (WHERE prioritaire)::INTEGER AS prioritaires,
  count(*) FILTER (WHERE sortant_hebergement)::INTEGER AS sortants_hebergement,
  count(*) FILTER (WHERE sans_abri)::INTEGER AS sans_abri,
  count(*) FILTER (WHERE NOT qpv)::INTEGER AS hors_qpv,
  count(*) FILTER (WHERE NOT qpv AND (quartile = 1 OR coalesce(relogement_npnru, false)))::INTEGER AS hors_qpv_q1,
  count(*) FILTER (WHERE qpv)::INTEGER AS qpv,
  count(*) FILTER (WHERE qpv AND quartile BETWEEN 2 AND 4)::INTEGER AS qpv_q2_q4,
  count(*) FILTER (WHERE qpv AND quartile = 4)::INTEGER AS qpv_q4,
  min(ligne)::INTEGER AS ligne
FROM ${recordsTableName('attributions')}
GROUP BY 1, 2, 3
ORDER BY 1, 2, 3`;
}

/**
 * The contract's `stocks` rows, from the list of households: at every month end from the first
 * labelling to the last date of the list (the latest labelling or exit), and on 1 January of each
 * year, the households labelled on or before the date and not out by then; by department, and by
 * EPCI for the households that name one. `ligne`: the first household's line of the group.
 */
export function aggregateStocksSql(): string {
	const t = recordsTableName('stocks');
	return `WITH bornes AS (
  SELECT date_trunc('month', min(date_labellisation))::DATE AS debut,
    greatest(max(date_labellisation), coalesce(max(date_sortie), max(date_labellisation)))::DATE AS fin
  FROM ${t}),
dates AS (
  SELECT (d + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE AS date FROM bornes, generate_series(debut, date_trunc('month', fin)::DATE, INTERVAL 1 MONTH) s(d)
  UNION
  SELECT make_date(y::INTEGER, 1, 1) FROM bornes, generate_series(year(debut) + 1, year(fin)) s(y)),
niveaux AS (
  SELECT 'departement' AS niveau, code_departement AS code_territoire, public, date_labellisation, date_sortie, ligne FROM ${t}
  UNION ALL
  SELECT 'epci', siren_epci, public, date_labellisation, date_sortie, ligne FROM ${t} WHERE siren_epci IS NOT NULL)
SELECT strftime(dates.date, '%Y-%m-%d') AS date, n.niveau, n.code_territoire, n.public,
  count(*) FILTER (WHERE n.date_labellisation <= dates.date AND (n.date_sortie IS NULL OR n.date_sortie > dates.date))::INTEGER AS menages,
  min(n.ligne)::INTEGER AS ligne
FROM dates CROSS JOIN niveaux n
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 3, 4`;
}

/** The aggregation of a record table. */
export function aggregateSql(name: RecordTableName): string {
	return name === 'attributions' ? aggregateAttributionsSql() : aggregateStocksSql();
}
