/**
 * Column mapping of a real export onto a record format (./records.ts): which source column
 * holds each record column, and which source codes mean yes / no or a quartile. Written in
 * `correspondances.json` beside the inputs; proposed from a file's headers by
 * `npm run data -- --init-mapping export.csv` (accents, case and punctuation ignored, known
 * synonyms). Pure: used by the ingestion and by the page that checks a file in the browser.
 */
import { normaliser } from '../format/search-text';
import { RECORD_TABLES, recordTable, type RecordColumnSpec, type RecordTableName, type RecordTableSpec } from './records';

/** One table's mapping, as written in `correspondances.json`. */
export interface TableMapping {
	/** The export's file name, beside `correspondances.json`. */
	fichier: string;
	/** Always « enregistrements » (one line per attribution or per household). */
	format: 'enregistrements';
	/** Record column → the export's header. */
	colonnes: Record<string, string>;
	/** Record column → source code → value (`oui` / `non`, a quartile `1`–`4`, a public): added to the defaults. */
	valeurs?: Record<string, Record<string, string>>;
}

export type Correspondances = Partial<Record<RecordTableName, TableMapping>>;

/** « Date d'attribution », « DATE_ATTRIBUTION », « date-attribution » → « date attribution » (the search's own normalisation). */
export const normaliserEntete = normaliser;

/** Whether a header names a column: its name, its label or a synonym, once normalised. */
function names(column: RecordColumnSpec): Set<string> {
	return new Set([column.name, column.label, ...column.synonyms].map(normaliserEntete));
}

export interface MappingProposal {
	table: RecordTableName;
	mapping: TableMapping;
	/** Record columns no header matched: required ones must be filled in by hand. */
	nonTrouvees: { colonne: string; requise: boolean; libelle: string }[];
	/** Headers of the export no record column uses. */
	inutilisees: string[];
}

function proposeFor(spec: RecordTableSpec, headers: readonly string[], fichier: string): MappingProposal {
	const colonnes: Record<string, string> = {};
	const used = new Set<number>();
	for (const column of spec.columns) {
		const wanted = names(column);
		const index = headers.findIndex((h, i) => !used.has(i) && wanted.has(normaliserEntete(h)));
		if (index >= 0) {
			colonnes[column.name] = headers[index];
			used.add(index);
		}
	}
	return {
		table: spec.name,
		mapping: { fichier, format: 'enregistrements', colonnes },
		nonTrouvees: spec.columns.filter((c) => !(c.name in colonnes)).map((c) => ({ colonne: c.name, requise: c.required, libelle: c.label })),
		inutilisees: headers.filter((h, i) => !used.has(i) && h.trim() !== '')
	};
}

/** The mapping of the record format that matches the most headers (ties: attributions). */
export function proposerCorrespondance(headers: readonly string[], fichier: string): MappingProposal {
	const proposals = RECORD_TABLES.map((spec) => proposeFor(spec, headers, fichier));
	return proposals.reduce((best, p) => (Object.keys(p.mapping.colonnes).length > Object.keys(best.mapping.colonnes).length ? p : best));
}

/** Source codes read as yes / no whatever the mapping says (compared normalised). */
const OUI = ['oui', 'o', 'yes', 'y', '1', 'vrai', 'true', 'x'];
const NON = ['non', 'n', 'no', '0', 'faux', 'false'];

/** The values a record column accepts: source code (normalised) → value. */
export function valueCodes(column: RecordColumnSpec, mapping?: TableMapping): Map<string, string> {
	const codes = new Map<string, string>();
	if (column.type === 'bool') {
		for (const c of OUI) codes.set(c, 'oui');
		for (const c of NON) codes.set(c, 'non');
	} else if (column.type === 'quartile') {
		for (const q of ['1', '2', '3', '4']) {
			for (const c of [q, `q${q}`, `quartile ${q}`, `${q}er quartile`, `${q}e quartile`, `${q}eme quartile`]) codes.set(normaliserEntete(c), q);
		}
	} else if (column.type === 'enum') {
		for (const v of column.values ?? []) codes.set(normaliserEntete(v), v);
	}
	for (const [code, value] of Object.entries(mapping?.valeurs?.[column.name] ?? {})) codes.set(normaliserEntete(code), value);
	return codes;
}

/** Problems of a mapping before any line is read: unknown columns, required ones not mapped, headers absent from the file. */
export function checkMapping(table: RecordTableName, mapping: TableMapping, headers: readonly string[]): string[] {
	const spec = recordTable(table);
	const problems: string[] = [];
	for (const name of Object.keys(mapping.colonnes)) {
		if (!spec.columns.some((c) => c.name === name)) problems.push(`colonne « ${name} » inconnue du format ; colonnes possibles : ${spec.columns.map((c) => c.name).join(', ')}.`);
	}
	for (const column of spec.columns) {
		const source = mapping.colonnes[column.name];
		if (source === undefined) {
			if (column.required) problems.push(`colonne « ${column.name} » (${column.label}) non renseignée dans la correspondance.`);
		} else if (!headers.some((h) => h.trim() === source.trim())) {
			problems.push(`colonne « ${source} » (pour ${column.name}) absente de l'en-tête du fichier.`);
		}
	}
	return problems;
}
