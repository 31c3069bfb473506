/**
 * Turns the raw text cells of one line into typed values, column by column, reporting
 * each refused cell: required but empty, or not of the column's type.
 */
import type { InputTableSpec } from '../../src/lib/contract/inputs.ts';
import { parseCell, type CellValue } from './french-values.ts';
import type { Issues } from './messages.ts';
import type { RawLine } from './table-source.ts';

/** A line's values by column; null for an empty optional cell. */
export type TypedRow = Record<string, CellValue | null>;

/** The typed row, or undefined when at least one cell was refused (each is reported). */
export function parseLine(raw: RawLine, spec: InputTableSpec, file: string, issues: Issues): TypedRow | undefined {
	const row: TypedRow = {};
	let valid = true;
	for (let i = 0; i < spec.columns.length; i++) {
		const column = spec.columns[i];
		const text = raw.cells[i];
		if (text === '') {
			row[column.name] = null;
			if (column.required) {
				issues.error({ file, line: raw.line, column: column.name }, 'valeur obligatoire manquante.');
				valid = false;
			}
			continue;
		}
		const parsed = parseCell(text, column);
		if (parsed.ok) row[column.name] = parsed.value;
		else {
			issues.error({ file, line: raw.line, column: column.name }, parsed.reason);
			valid = false;
		}
	}
	return valid ? row : undefined;
}
