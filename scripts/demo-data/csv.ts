/**
 * CSV writing in the input contract's format: UTF-8, `;` separated, LF, header = the
 * contract's column names in order, empty cell for null, `oui`/`non` for booleans.
 */
import { inputTable, type InputTableName } from '../../src/lib/contract/inputs.ts';

export type CsvValue = string | number | boolean | null | undefined;

function cell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'oui' : 'non';
	const text = String(value);
	return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of `rows` for a contract table (columns taken from the contract, in order). */
export function toCsv<Row extends object>(table: InputTableName, rows: readonly Row[]): string {
	const columns = inputTable(table).columns.map((c) => c.name);
	const lines = [columns.join(';'), ...rows.map((r) => columns.map((c) => cell((r as Record<string, CsvValue>)[c])).join(';'))];
	return lines.join('\n') + '\n';
}
