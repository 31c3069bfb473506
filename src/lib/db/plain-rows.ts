/**
 * Query results as plain JS rows (numbers, strings, booleans, null), identical on both
 * engines. Queries already cast their results (see src/lib/queries/query.ts); this is the
 * safety net for a BigInt, Date or Decimal that slips through.
 */
import { DataType, type Table } from 'apache-arrow';

/** A result row: column name → number, string, boolean or null. */
export type PlainRow = Record<string, string | number | boolean | null>;

const MS_PER_DAY = 86_400_000;

/** A date at UTC midnight as `YYYY-MM-DD`, any other instant as an ISO timestamp. */
export function formatInstant(epochMs: number): string {
	const iso = new Date(epochMs).toISOString();
	return epochMs % MS_PER_DAY === 0 ? iso.slice(0, 10) : iso;
}

/** One value to its plain form: bigint → number, Date → text, undefined → null. */
export function toPlainValue(value: unknown): string | number | boolean | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return formatInstant(value.getTime());
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
	return String(value);
}

/** Rows of the native engine (or any object rows) to plain rows. */
export function toPlainRows(rows: readonly Record<string, unknown>[]): PlainRow[] {
	return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, toPlainValue(value)])));
}

/** An Arrow result table (DuckDB-wasm) to plain rows; Arrow dates (epoch ms numbers) become text. */
export function arrowToPlainRows(table: Table): PlainRow[] {
	const columns = table.schema.fields.map((field, i) => {
		const vector = table.getChildAt(i);
		const isDate = DataType.isDate(field.type) || DataType.isTimestamp(field.type);
		return { name: field.name, isDate, get: (row: number) => vector?.get(row) };
	});
	const rows: PlainRow[] = new Array(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: PlainRow = {};
		for (const column of columns) {
			const value = column.get(r);
			row[column.name] = column.isDate && typeof value === 'number' ? formatInstant(value) : toPlainValue(value);
		}
		rows[r] = row;
	}
	return rows;
}
