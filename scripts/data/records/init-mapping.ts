/**
 * `npm run data -- --init-mapping export.csv`: reads the export's header, proposes its mapping
 * onto the record format it matches best (src/lib/contract/mapping.ts) and writes it into
 * `correspondances.json` beside the export (kept if one exists: the proposal is then printed),
 * listing the columns it could not match and the headers it left unused.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { proposerCorrespondance, type MappingProposal } from '../../../src/lib/contract/mapping.ts';
import { InputReadError } from '../input-read-error.ts';
import { readCsvRecords } from '../read-csv.ts';
import { readXlsxRecords } from '../read-xlsx.ts';
import { CORRESPONDANCES_FILE } from './correspondances.ts';

async function headerOf(path: string): Promise<string[]> {
	if (path.toLowerCase().endsWith('.xlsx')) return (await readXlsxRecords(path, basename(path).replace(/\.xlsx$/i, ''), () => undefined))[0]?.cells ?? [];
	for await (const records of readCsvRecords(path)) if (records.length) return records[0].cells;
	return [];
}

export interface InitMappingResult {
	ok: boolean;
	lines: string[];
	proposal?: MappingProposal;
}

export async function initMapping(path: string): Promise<InitMappingResult> {
	if (!existsSync(path)) return { ok: false, lines: [`${path} : fichier introuvable.`] };
	let header: string[];
	try {
		header = (await headerOf(path)).filter((h, i, all) => h.trim() !== '' || i < all.findLastIndex((x) => x.trim() !== ''));
	} catch (error) {
		if (error instanceof InputReadError) return { ok: false, lines: [`${basename(path)}, ligne ${error.line} : ${error.message}`] };
		throw error;
	}
	if (header.length === 0) return { ok: false, lines: [`${basename(path)} : fichier vide ; la première ligne doit porter les noms de colonnes.`] };
	const proposal = proposerCorrespondance(header, basename(path));
	const target = join(dirname(path), CORRESPONDANCES_FILE);
	const existing = existsSync(target) ? (JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>) : null;
	const json = `${JSON.stringify({ ...(existing ?? {}), [proposal.table]: proposal.mapping }, null, 2)}\n`;
	const lines = [`${basename(path)} : liste d'enregistrements « ${proposal.table} » (${Object.keys(proposal.mapping.colonnes).length} colonnes reconnues sur ${header.length}).`];
	for (const [colonne, source] of Object.entries(proposal.mapping.colonnes)) lines.push(`  ${colonne} ← « ${source} »`);
	for (const missing of proposal.nonTrouvees) lines.push(`  ${missing.colonne} : non trouvée${missing.requise ? ' (obligatoire : à renseigner à la main)' : ' (facultative)'} — ${missing.libelle}`);
	if (proposal.inutilisees.length) lines.push(`  En-têtes non utilisés : ${proposal.inutilisees.map((h) => `« ${h} »`).join(', ')}.`);
	if (existing && proposal.table in existing) {
		lines.push(`${CORRESPONDANCES_FILE} existe déjà et décrit ${proposal.table} : il est gardé. Proposition :`, json.trimEnd());
	} else {
		writeFileSync(target, json);
		lines.push(`Écrit : ${target}. Vérifiez-le, complétez les colonnes non trouvées et les codes (« valeurs »), puis lancez npm run data.`);
	}
	return { ok: proposal.nonTrouvees.every((m) => !m.requise), lines, proposal };
}
