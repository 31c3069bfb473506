/**
 * Decoded Parquet rows → Arrow table with the exact column types of the extract contract,
 * ready to be sent to DuckDB-wasm as an IPC stream.
 */
import { Field, RecordBatch, Schema, Struct, Table, makeData, tableToIPC } from 'apache-arrow';
import { TABLE_COLUMNS, type TableName } from '../contract/extracts';
import { columnData, type ExtractColumnType } from './arrow-columns';

/** One decoded row: column name → value (see `columnData` for the accepted values). */
export type DecodedRow = Record<string, unknown>;

/**
 * Builds the Arrow table of `extract` from its rows, columns in contract order, all nullable.
 * Throws a French message if a contract column is absent from the rows' schema
 * (`columnsInFile`) or holds a value of the wrong type.
 */
export function extractToArrow(extract: TableName, rows: readonly DecodedRow[], columnsInFile?: readonly string[]): Table {
	const contract = Object.entries(TABLE_COLUMNS[extract]) as [string, ExtractColumnType][];
	if (columnsInFile) {
		const missing = contract.map(([column]) => column).filter((column) => !columnsInFile.includes(column));
		if (missing.length > 0) throw new Error(`colonne(s) absente(s) : ${missing.join(', ')}`);
	}
	const children = contract.map(([column, type]) => columnData(column, type, rows.map((row) => row[column])));
	const fields = contract.map(([column], i) => new Field(column, children[i].type, true));
	const schema = new Schema(fields);
	const struct = makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children });
	return new Table(schema, [new RecordBatch(schema, struct)]);
}

/** The table as an Arrow IPC stream, the format `insertArrowFromIPCStream` takes. */
export function arrowToIpcStream(table: Table): Uint8Array {
	return tableToIPC(table, 'stream');
}
