/**
 * The check of a dropped file, in the browser: read (read-file.ts), typed with the ingestion's
 * rules (check-file.ts), then, when every line is valid, loaded into DuckDB-wasm and aggregated
 * into the contract's rows with the ingestion's own SQL; its totals beside the published ones,
 * and the file converted to the contract. Nothing is sent: the only requests are the site's own
 * (DuckDB, the extracts, the region's communes).
 */
import { registerTable, runUncached } from '../db/browser-engine';
import { communeLookup, type CommunesRegion } from '../contract/communes';
import { inputTable, type ColumnSpec } from '../contract/inputs';
import type { Correspondances } from '../contract/mapping';
import type { RecordColumnSpec } from '../contract/records';
import { attributionsTotals, bailleursPublies, contractRows, contractToContract, recordsToContract, stocksTotals, TABLE_BRUTE, type TotalRow } from '../queries/verification';
import { problemeTexte, verifierFichier, type FormatReconnu } from './check-file';
import { FileReadError, readDroppedFile } from './read-file';
import { linesToIpc, type KindOfColumn } from './load-lines';

export interface TotalAttributions {
	niveau: 'departement' | 'epci';
	code: string;
	nom: string;
	fichier: number;
	publie: number | null;
	prioritairesFichier: number;
	prioritairesPublie: number | null;
}

export interface ResultatVerification {
	fichier: string;
	octets: number;
	encodage: string;
	separateur: string;
	lignes: number;
	format: FormatReconnu | null;
	erreurs: string[];
	avertissements: string[];
	attributions: TotalAttributions[] | null;
	stocks: (TotalRow & { public: string; date: string })[] | null;
	/** The file in the contract's format (`attributions.csv`, `stocks.csv`), when every line is valid. */
	converti: { nom: string; contenu: string; lignes: number } | null;
}

let communes: Promise<CommunesRegion> | undefined;

/** The region's communes, fetched once from the site and loaded as `communes_region`. */
function loadCommunes(): Promise<CommunesRegion> {
	communes ??= fetch('/donnees/communes.json')
		.then((r) => (r.ok ? (r.json() as Promise<CommunesRegion>) : Promise.reject(new Error(`communes : ${r.status}`))))
		.then(async (data) => {
			const lines = data.communes.map(([code, dep, epci], i) => ({ ligne: i + 1, valeurs: [code, dep, epci] }));
			await registerTable('communes_region', linesToIpc(['code', 'dep', 'epci'].map((name) => ({ name, kind: 'text' as const })), lines));
			return data;
		})
		.catch((error) => {
			// A failed fetch is tried again with the next file.
			communes = undefined;
			throw error;
		});
	return communes;
}

const recordKind = (c: RecordColumnSpec): KindOfColumn => (c.type === 'bool' ? 'bool' : c.type === 'quartile' ? 'int' : 'text');
const contractKind = (c: ColumnSpec): KindOfColumn => (c.type === 'bool' ? 'bool' : c.type === 'count' || c.type === 'year' || c.type === 'euros' ? 'int' : 'text');

/** `;`-separated, quoted where needed: what `npm run data` reads. */
function toContractCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
	const cell = (v: unknown) => {
		const text = v === null || v === undefined ? '' : String(v);
		return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return [columns.join(';'), ...rows.map((r) => columns.map((c) => cell(r[c])).join(';'))].join('\r\n') + '\r\n';
}

/** `correspondances.json` dropped with the file: its own columns and codes. */
async function readCorrespondances(file: File | undefined): Promise<{ correspondances: Correspondances; erreur?: string }> {
	if (!file) return { correspondances: {} };
	try {
		return { correspondances: JSON.parse((await file.text()).replace(/^\uFEFF/, '')) as Correspondances };
	} catch (error) {
		return { correspondances: {}, erreur: `${file.name} : JSON illisible (${error instanceof Error ? error.message : error}).` };
	}
}

/** Checks the data file among `files` (with its `correspondances.json` if one is dropped with it). */
export async function verifier(files: readonly File[]): Promise<ResultatVerification> {
	const mappingFile = files.find((f) => f.name.toLowerCase().endsWith('.json'));
	const file = files.find((f) => f !== mappingFile);
	if (!file) throw new Error('aucun fichier de données : déposez un CSV ou un XLSX (et, s\'il y en a un, son correspondances.json).');
	const { correspondances, erreur } = await readCorrespondances(mappingFile);
	const base: ResultatVerification = { fichier: file.name, octets: file.size, encodage: '', separateur: '', lignes: 0, format: null, erreurs: [], avertissements: [], attributions: null, stocks: null, converti: null };
	let read;
	try {
		read = await readDroppedFile(new Uint8Array(await file.arrayBuffer()));
	} catch (error) {
		if (!(error instanceof FileReadError)) throw error;
		return { ...base, erreurs: [problemeTexte(file.name, { ligne: error.line, message: error.message })] };
	}
	if (erreur) return { ...base, erreurs: [erreur] };
	const [region, bailleurs] = await Promise.all([loadCommunes(), runUncached(bailleursPublies())]);
	const check = verifierFichier(read, file.name, communeLookup(region), new Set(bailleurs.map((b) => b.siren)), correspondances);
	const result: ResultatVerification = {
		...base,
		encodage: read.encoding,
		separateur: read.separateur,
		lignes: check.lignes,
		format: check.format,
		erreurs: check.erreurs.map((p) => problemeTexte(file.name, p)),
		avertissements: check.avertissements.map((p) => problemeTexte(file.name, p))
	};
	const format = check.format;
	if (!format || check.erreurs.length || check.typees.length === 0) return result;
	const kinds = format.type === 'enregistrements' ? format.spec.columns.map((c) => ({ name: c.name, kind: recordKind(c) })) : format.spec.columns.map((c) => ({ name: c.name, kind: contractKind(c) }));
	await registerTable(TABLE_BRUTE, linesToIpc(kinds, check.typees));
	const contract = inputTable(format.table);
	for (const statement of format.type === 'enregistrements' ? recordsToContract(format.spec) : contractToContract(contract)) await runUncached(statement);
	const rows = await runUncached(contractRows(contract));
	result.converti = { nom: `${format.table}.csv`, contenu: toContractCsv(contract.columns.map((c) => c.name), rows), lignes: rows.length };
	if (format.table === 'attributions') {
		const [toutes, prioritaires] = await Promise.all([runUncached(attributionsTotals('attributions')), runUncached(attributionsTotals('prioritaires'))]);
		result.attributions = toutes.map((t, i) => ({ ...t, prioritairesFichier: prioritaires[i]?.fichier ?? 0, prioritairesPublie: prioritaires[i]?.publie ?? null }));
	} else result.stocks = await runUncached(stocksTotals());
	return result;
}
