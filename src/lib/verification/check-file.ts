/**
 * What a dropped file says, checked with the ingestion's own rules (src/lib/contract): its
 * format (a contract table, or a record-level list whose mapping is proposed from its header),
 * every cell typed (values.ts, record-values.ts), communes and bailleurs known, a last
 * « Total » line skipped. Every refusal names the line and the column, as `npm run data` does.
 * Pure: the page gives it the file read, the communes and the bailleurs published.
 */
import { inputTable, type InputTableSpec } from '../contract/inputs';
import { checkMapping, proposerCorrespondance, type Correspondances, type MappingProposal } from '../contract/mapping';
import { recordTable, type RecordTableName, type RecordTableSpec } from '../contract/records';
import { recordCellParsers, type RecordValue } from '../contract/record-values';
import { isTotalLabel, parseCell, totalNotLast, totalSkipped } from '../contract/values';
import type { CommuneLookup } from '../contract/communes';
import type { ReadFile } from './read-file';

export interface Probleme {
	ligne?: number;
	colonne?: string;
	message: string;
}

/** A typed line: its file line and one value per column of its format. */
export interface LigneTypee {
	ligne: number;
	valeurs: RecordValue[];
}

export type FormatReconnu =
	| { type: 'enregistrements'; table: RecordTableName; spec: RecordTableSpec; proposition: MappingProposal }
	| { type: 'contrat'; table: 'attributions' | 'stocks'; spec: InputTableSpec };

export interface Verification {
	format: FormatReconnu | null;
	lignes: number;
	typees: LigneTypee[];
	erreurs: Probleme[];
	avertissements: Probleme[];
}

/** At most this many problems are kept (the count goes on). */
export const MAX_PROBLEMES = 500;

/**
 * The format of a header: the mapping of `correspondances.json` that names the file, else a
 * contract table when every column is the contract's, else the record format that matches best.
 */
export function reconnaitreFormat(header: readonly string[], fichier: string, correspondances: Correspondances = {}): FormatReconnu | null {
	for (const [table, mapping] of Object.entries(correspondances)) {
		if (mapping?.fichier !== fichier) continue;
		const spec = recordTable(table);
		const proposition: MappingProposal = { table: spec.name, mapping, nonTrouvees: [], inutilisees: [] };
		return { type: 'enregistrements', table: spec.name, spec, proposition };
	}
	for (const table of ['attributions', 'stocks'] as const) {
		const spec = inputTable(table);
		const names = new Set(header.map((h) => h.trim().toLowerCase()));
		if (spec.columns.filter((c) => c.required).every((c) => names.has(c.name))) return { type: 'contrat', table, spec };
	}
	const proposition = proposerCorrespondance(header, fichier);
	if (Object.keys(proposition.mapping.colonnes).length < 2) return null;
	return { type: 'enregistrements', table: proposition.table, spec: recordTable(proposition.table), proposition };
}

/** Column names of a format's typed values. */
export const colonnesDe = (format: FormatReconnu) => format.spec.columns.map((c) => c.name);

export function verifierFichier(file: ReadFile, fichier: string, communes: CommuneLookup, bailleurs: ReadonlySet<string>, correspondances: Correspondances = {}): Verification {
	const erreurs: Probleme[] = [];
	const avertissements: Probleme[] = [];
	let erreurCount = 0;
	const erreur = (p: Probleme) => (erreurCount++, erreurs.length < MAX_PROBLEMES && erreurs.push(p));
	const format = reconnaitreFormat(file.header, fichier, correspondances);
	const result = (typees: LigneTypee[]): Verification => ({ format, lignes: file.records.length, typees, erreurs, avertissements });
	if (!format) {
		erreur({ ligne: 1, message: `en-tête non reconnu : ni une table du contrat (attributions, stocks), ni une liste d'enregistrements ; colonnes lues : ${file.header.join(', ')}.` });
		return result([]);
	}
	let positions: number[];
	let parsers: ((text: string) => { ok: true; value: RecordValue } | { ok: false; reason: string })[];
	let sourceName: (i: number) => string;
	if (format.type === 'enregistrements') {
		const mapping = format.proposition.mapping;
		for (const message of checkMapping(format.table, mapping, file.header)) erreur({ ligne: 1, message });
		if (erreurCount) return result([]);
		positions = format.spec.columns.map((c) => (mapping.colonnes[c.name] === undefined ? -1 : file.header.findIndex((h) => h.trim() === mapping.colonnes[c.name].trim())));
		parsers = recordCellParsers(format.spec, mapping);
		sourceName = (i) => mapping.colonnes[format.spec.columns[i].name] ?? format.spec.columns[i].name;
	} else {
		const index = new Map(file.header.map((h, i) => [h.trim().toLowerCase(), i]));
		positions = format.spec.columns.map((c) => index.get(c.name) ?? -1);
		parsers = format.spec.columns.map((column) => (text: string) => {
			if (text === '') return column.required ? { ok: false, reason: 'valeur obligatoire manquante.' } : { ok: true, value: null };
			const parsed = parseCell(text, column);
			return parsed.ok ? { ok: true, value: parsed.value } : parsed;
		});
		sourceName = (i) => format.spec.columns[i].name;
	}
	const names = colonnesDe(format);
	const communeAt = names.indexOf('code_commune');
	const bailleurAt = names.indexOf('siren_bailleur');
	const typees: LigneTypee[] = [];
	let total: { line: number; label: string } | null = null;
	for (const record of file.records) {
		if (total !== null) {
			erreur({ ligne: total.line, message: totalNotLast(total.label, record.line) });
			total = null;
		}
		const first = record.cells.find((c) => c !== '') ?? '';
		if (isTotalLabel(first)) {
			total = { line: record.line, label: first };
			continue;
		}
		let valid = true;
		const valeurs = positions.map((position, i) => {
			const parsed = parsers[i](position < 0 ? '' : (record.cells[position] ?? ''));
			if (parsed.ok) return parsed.value;
			valid = false;
			erreur({ ligne: record.line, colonne: sourceName(i), message: parsed.reason });
			return null;
		});
		if (communeAt >= 0 && typeof valeurs[communeAt] === 'string') {
			const current = communes.current(valeurs[communeAt] as string);
			if (!current) {
				valid = false;
				erreur({ ligne: record.line, colonne: sourceName(communeAt), message: `commune « ${valeurs[communeAt]} » inconnue du code officiel géographique de la région.` });
			} else valeurs[communeAt] = current;
		}
		if (bailleurAt >= 0 && typeof valeurs[bailleurAt] === 'string' && !bailleurs.has(valeurs[bailleurAt] as string)) {
			valid = false;
			erreur({ ligne: record.line, colonne: sourceName(bailleurAt), message: `bailleur « ${valeurs[bailleurAt]} » absent de la liste des bailleurs publiée.` });
		}
		if (valid) typees.push({ ligne: record.line, valeurs });
	}
	if (total !== null) avertissements.push({ ligne: total.line, message: totalSkipped(total.label) });
	if (erreurCount > erreurs.length) erreurs.push({ message: `… et ${(erreurCount - erreurs.length).toLocaleString('fr-FR')} autres erreurs.` });
	return result(typees);
}

/** `fichier, ligne N, colonne « c » : message`, the ingestion's form. */
export function problemeTexte(fichier: string, p: Probleme): string {
	let where = fichier;
	if (p.ligne !== undefined) where += `, ligne ${p.ligne}`;
	if (p.colonne !== undefined) where += `, colonne « ${p.colonne} »`;
	return `${where} : ${p.message}`;
}

