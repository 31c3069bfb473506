/**
 * The one importer of native DuckDB (@duckdb/node-api), used by the ingestion
 * (writing Parquet), by the build (prerendering figures) and by tests.
 * DuckDB 1.4.4, a patch release of the browser engine (DuckDB-wasm 1.32 = DuckDB 1.4.3;
 * 1.4.3 bindings are not on the registry for every platform), so one SQL text
 * gives the same rows on both.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { join } from 'node:path';
import type { Query, QueryRunner } from '../../src/lib/queries/query.ts';
import { EXTRACT_NAMES } from '../../src/lib/contract/extracts.ts';
import { derivedTableStatements } from '../../src/lib/queries/derived.ts';

export interface NativeDb extends QueryRunner {
	/** Runs SQL with positional values (`$1`…) and returns plain JS rows. */
	all<Row = Record<string, unknown>>(sql: string, values?: DuckDBValue[]): Promise<Row[]>;
	/** Runs SQL that returns nothing useful (DDL, COPY). */
	exec(sql: string, values?: DuckDBValue[]): Promise<void>;
	connection: DuckDBConnection;
	close(): void;
}

/** Opens an in-memory database. One thread keeps Parquet output byte-for-byte reproducible. */
export async function openNativeDb(options: { threads?: number } = {}): Promise<NativeDb> {
	const instance = await DuckDBInstance.create(':memory:', { threads: String(options.threads ?? 1) });
	const connection = await instance.connect();
	// One connection runs one statement at a time: concurrent callers are queued.
	let queue: Promise<unknown> = Promise.resolve();
	const serial = <T>(task: () => Promise<T>): Promise<T> => {
		const result = queue.then(task);
		queue = result.catch(() => {});
		return result;
	};
	const all = <Row>(sql: string, values: DuckDBValue[] = []) =>
		serial(async () => (await connection.runAndReadAll(sql, values)).getRowObjectsJS() as Row[]);
	return {
		connection,
		all,
		exec: (sql, values = []) => serial(async () => void (await connection.run(sql, values))),
		async run<Row>(q: Query<Row>) {
			return all<Row>(q.sql, q.params as DuckDBValue[]);
		},
		close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}

/**
 * Opens a database where every extract of `dir` is a view named after it (as in the browser),
 * and the tables derived from them (src/lib/queries/derived.ts) are computed.
 */
export async function openExtracts(dir: string): Promise<NativeDb> {
	const db = await openNativeDb({ threads: 2 });
	for (const name of EXTRACT_NAMES) {
		const file = join(dir, `${name}.parquet`).replaceAll("'", "''");
		await db.exec(`CREATE VIEW ${name} AS SELECT * FROM read_parquet('${file}')`);
	}
	for (const statement of derivedTableStatements()) await db.exec(statement);
	return db;
}
