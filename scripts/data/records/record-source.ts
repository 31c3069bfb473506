/**
 * A record-level export (one line per attribution, per household) read as a contract table:
 * every cell is typed with the record format and its mapping (file, line, column and value of
 * each refusal; all of them), the valid records go into an in-memory DuckDB, and the shared
 * aggregation SQL (src/lib/contract/records.ts) gives the contract's rows. Those rows then go
 * through the contract's own checks (codes, sub-counts, keys) like any file: a row's line is
 * the first record of its group, so an unknown commune points at a line of the export.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { InputTableSpec } from '../../../src/lib/contract/inputs.ts';
import { checkMapping, type TableMapping } from '../../../src/lib/contract/mapping.ts';
import { aggregateSql, recordColumnSql, recordsTableName, recordTable } from '../../../src/lib/contract/records.ts';
import { recordCellParsers } from '../../../src/lib/contract/record-values.ts';
import { openNativeDb } from '../../lib/duckdb-native.ts';
import { InputReadError } from '../input-read-error.ts';
import type { Issues } from '../messages.ts';
import { readCsvRecords } from '../read-csv.ts';
import { readXlsxRecords } from '../read-xlsx.ts';
import type { RawLine, RawRecord, TableSource } from '../table-source.ts';
import { isTotalLabel, totalNotLast, totalSkipped } from '../../../src/lib/contract/values.ts';

/** The label of a line of totals (« Total », « Total général », « Ensemble »), or null. */
function totalLabel(cells: readonly string[]): string | null {
	const first = cells.find((c) => c.trim() !== '')?.trim() ?? '';
	return isTotalLabel(first) ? first : null;
}

async function* recordsOf(path: string, sheet: string): AsyncGenerator<RawRecord[]> {
	if (path.toLowerCase().endsWith('.xlsx')) yield await readXlsxRecords(path, sheet, () => undefined);
	else yield* readCsvRecords(path);
}

/** Text of an aggregated value, as a contract file would hold it. */
const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export function openRecordSource(dir: string, spec: InputTableSpec, mapping: TableMapping, issues: Issues): TableSource {
	const file = mapping.fichier;
	const format = recordTable(spec.name);
	async function* batches(): AsyncGenerator<RawLine[]> {
		const path = join(dir, file);
		if (!existsSync(path)) {
			issues.error({ file }, `fichier absent ; correspondances.json le nomme pour la table ${spec.name}.`);
			return;
		}
		const db = await openNativeDb();
		try {
			const table = recordsTableName(format.name);
			await db.exec(`CREATE TABLE ${table} (ligne INTEGER, ${format.columns.map((c) => `${c.name} ${recordColumnSql(c)}`).join(', ')})`);
			const appender = await db.connection.createAppender(table);
			const parsers = recordCellParsers(format, mapping);
			const errorsBefore = issues.errorCount;
			let positions: number[] | null = null;
			let header: string[] = [];
			let total: { line: number; label: string } | null = null;
			try {
				for await (const records of recordsOf(path, spec.name)) {
					for (const record of records) {
						if (!positions) {
							header = record.cells;
							const problems = checkMapping(format.name, mapping, header);
							for (const problem of problems) issues.error({ file, line: 1 }, problem);
							if (problems.length) return;
							positions = format.columns.map((c) => (mapping.colonnes[c.name] === undefined ? -1 : header.findIndex((h) => h.trim() === mapping.colonnes[c.name].trim())));
							continue;
						}
						if (record.cells.every((c) => c.trim() === '')) continue;
						if (total !== null) {
							issues.error({ file, line: total.line }, totalNotLast(total.label, record.line));
							total = null;
						}
						const label = totalLabel(record.cells);
						if (label) {
							total = { line: record.line, label };
							continue;
						}
						const values = format.columns.map((column, i) => {
							const parsed = parsers[i](positions![i] < 0 ? '' : (record.cells[positions![i]] ?? ''));
							if (!parsed.ok) issues.error({ file, line: record.line, column: mapping.colonnes[column.name] ?? column.name }, parsed.reason);
							return parsed.ok ? parsed.value : undefined;
						});
						if (values.some((v) => v === undefined) || issues.errorCount > errorsBefore) continue;
						appender.appendInteger(record.line);
						values.forEach((value, i) => {
							const column = format.columns[i];
							if (value === null) appender.appendNull();
							else if (column.type === 'bool') appender.appendBoolean(value as boolean);
							else if (column.type === 'quartile') appender.appendInteger(value as number);
							else appender.appendVarchar(String(value)); // codes, enums, and dates cast from their text
						});
						appender.endRow();
					}
				}
			} catch (error) {
				if (!(error instanceof InputReadError)) throw error;
				issues.error({ file, line: error.line, column: error.column ?? (error.fieldIndex === undefined ? undefined : header[error.fieldIndex]) }, error.message);
			}
			appender.closeSync();
			if (!positions) issues.error({ file, line: 1 }, 'fichier vide ; la première ligne doit porter les noms de colonnes.');
			if (total !== null) issues.warning({ file, line: total.line }, totalSkipped(total.label));
			if (issues.errorCount > errorsBefore) return;
			const rows = await db.all<Record<string, unknown>>(aggregateSql(format.name));
			yield rows.map((row) => ({ line: Number(row.ligne), cells: spec.columns.map((c) => cellText(row[c.name])) }));
		} finally {
			db.close();
		}
	}
	return { file, batches };
}
