/**
 * Reads every input table of a folder, in the contract's order (bailleurs first: the
 * other tables cite them), into the staging tables, then runs the checks across tables.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INPUT_TABLES } from '../../src/lib/contract/inputs.ts';
import type { Cog } from '../lib/cog.ts';
import { warnMappedCommunes, type CodeContext } from './codes.ts';
import { CrossFacts } from './cross-checks.ts';
import { ingestTable } from './ingest-table.ts';
import type { Issues } from './messages.ts';
import type { Staging } from './staging.ts';
import { findTableFile, openTableSource, type RawLine, type TableSource } from './table-source.ts';
import { CORRESPONDANCES_FILE, readCorrespondances } from './records/correspondances.ts';
import { openRecordSource } from './records/record-source.ts';
import { cogLabel } from './territoires.ts';

/** One input table in the final summary. */
export interface TableSummary {
	table: string;
	/** Input file read, null if absent. */
	file: string | null;
	/** Data lines of the input file. */
	lines: number;
}

/** Reads and checks every table of `dir`; errors and warnings go to `issues`. */
export async function readTables(dir: string, cog: Cog, staging: Staging, issues: Issues): Promise<TableSummary[]> {
	const facts = new CrossFacts();
	const refusedBailleurs = new Map<string, number>();
	const ctx: CodeContext = { cog, cogLabel: cogLabel(cog), bailleurs: facts.bailleurs, refusedBailleurs, bailleursFile: 'bailleurs.csv', issues, mappedCommunes: new Map() };
	const tables: TableSummary[] = [];
	// Record-level exports named in correspondances.json stand for their contract table.
	const correspondances = readCorrespondances(dir, issues);
	for (const spec of INPUT_TABLES) {
		const errorsBefore = issues.errorCount;
		const mapping = correspondances[spec.name as keyof typeof correspondances];
		if (mapping && ['csv', 'xlsx'].some((ext) => existsSync(join(dir, `${spec.name}.${ext}`)))) {
			issues.error({ file: CORRESPONDANCES_FILE }, `la table ${spec.name} a deux sources : ${mapping.fichier} (liste d'enregistrements) et ${spec.name}.csv ou .xlsx ; ne gardez que l'une des deux.`);
		}
		const file = mapping ? mapping.fichier : findTableFile(dir, spec, issues);
		tables.push({ table: spec.name, file: file ?? null, lines: 0 });
		if (spec.name === 'bailleurs' && file) ctx.bailleursFile = file;
		if (spec.name === 'objectifs' && file) facts.objectifsFile = file;
		if (file) {
			const sirenIndex = spec.name === 'bailleurs' ? spec.columns.findIndex((c) => c.name === 'siren') : -1;
			const onRefused = (raw: RawLine) => {
				if (sirenIndex >= 0 && raw.cells[sirenIndex] && !refusedBailleurs.has(raw.cells[sirenIndex])) refusedBailleurs.set(raw.cells[sirenIndex], raw.line);
			};
			const source: TableSource = mapping ? openRecordSource(dir, spec, mapping, issues) : openTableSource(dir, file, spec, issues);
			const result = await ingestTable(spec, source, staging, ctx, (row) => facts.collect(spec.name, row), onRefused);
			tables[tables.length - 1].lines = result.lines;
			if (spec.name === 'attributions' && result.lines === 0 && issues.errorCount === errorsBefore) {
				issues.error({ file }, 'aucune ligne de données ; le tableau de bord ne peut être daté.');
			}
		}
		// Without usable bailleurs, one error says so rather than one per line citing a bailleur.
		if (spec.name === 'bailleurs' && facts.bailleurs.size === 0 && issues.errorCount > errorsBefore) ctx.bailleurs = null;
	}
	warnMappedCommunes(ctx);
	facts.warnBailleursWithoutObjectif(issues);
	return tables;
}
