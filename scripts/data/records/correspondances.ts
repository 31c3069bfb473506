/**
 * `correspondances.json` beside the inputs: which tables come as record-level exports, and how
 * their columns and codes map onto the record formats (src/lib/contract/mapping.ts). Absent:
 * every table is read in the contract's own format.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Correspondances, TableMapping } from '../../../src/lib/contract/mapping.ts';
import { RECORD_TABLES } from '../../../src/lib/contract/records.ts';
import type { Issues } from '../messages.ts';

export const CORRESPONDANCES_FILE = 'correspondances.json';

/** The mappings of `dir` (empty when the file is absent); each problem is an error naming the file. */
export function readCorrespondances(dir: string, issues: Issues): Correspondances {
	const path = join(dir, CORRESPONDANCES_FILE);
	if (!existsSync(path)) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
	} catch (error) {
		issues.error({ file: CORRESPONDANCES_FILE }, `JSON illisible (${error instanceof Error ? error.message : error}).`);
		return {};
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		issues.error({ file: CORRESPONDANCES_FILE }, 'un objet est attendu : { "attributions": { … }, "stocks": { … } }.');
		return {};
	}
	const result: Correspondances = {};
	for (const [table, value] of Object.entries(parsed)) {
		if (!RECORD_TABLES.some((t) => t.name === table)) {
			issues.error({ file: CORRESPONDANCES_FILE }, `table « ${table} » : seules ${RECORD_TABLES.map((t) => t.name).join(' et ')} peuvent venir d'une liste d'enregistrements.`);
			continue;
		}
		const mapping = value as Partial<TableMapping>;
		if (typeof mapping?.fichier !== 'string' || typeof mapping.colonnes !== 'object' || mapping.colonnes === null) {
			issues.error({ file: CORRESPONDANCES_FILE }, `table « ${table} » : « fichier » (nom du fichier exporté) et « colonnes » (colonne du format → en-tête du fichier) sont obligatoires.`);
			continue;
		}
		result[table as keyof Correspondances] = { fichier: mapping.fichier, format: 'enregistrements', colonnes: mapping.colonnes, valeurs: mapping.valeurs };
	}
	return result;
}
