/**
 * The only importer of @duckdb/duckdb-wasm's code. Boots DuckDB 1.4.3 in the library's own Web
 * Worker (started by duckdb-worker.ts, from files served by our origin).
 * Browser only: the package touches `Worker` on import, so it is imported dynamically.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { StartedWorker } from './duckdb-worker';
import type { Query } from '../queries/query';
import { arrowToPlainRows, type PlainRow } from './plain-rows';

/** A booted DuckDB-wasm with one connection. */
export interface WasmDuckDB {
	/** Registers an Arrow IPC stream as table `name`. The buffer is transferred: empty afterwards. */
	insertIpc(name: string, ipc: Uint8Array): Promise<void>;
	/** Runs a prepared statement with the query's bound values, in order. */
	execute(query: Query<unknown>): Promise<PlainRow[]>;
	/** The library's version string, e.g. `v1.4.3`. */
	version(): Promise<string>;
}

/**
 * Boots DuckDB-wasm in `started`, the worker already compiling its module (duckdb-worker.ts).
 * `onInstantiated` is called once DuckDB is instantiated, opened and connected.
 */
export async function bootWasmDuckDB({ worker, mainModule }: StartedWorker, onInstantiated?: () => void): Promise<WasmDuckDB> {
	const duckdb = await import('@duckdb/duckdb-wasm');
	const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(mainModule, null);
	// BigInt and Decimal as doubles: rows must never hold a BigInt (JSON, arithmetic).
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const connection: AsyncDuckDBConnection = await db.connect();
	// Before anything else: no extension may be fetched from extensions.duckdb.org.
	await connection.query('SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;');
	onInstantiated?.();
	const prepare = preparedStatementCache(connection);

	return {
		insertIpc: (name, ipc) => connection.insertArrowFromIPCStream(ipc, { name }),
		async execute(query) {
			const statement = await prepare(query.sql);
			return arrowToPlainRows(await statement.query(...query.params));
		},
		version: () => db.getVersion()
	};
}

/**
 * Prepared statements kept by SQL text (at most `max`, least recently used closed first):
 * a page re-runs the same SQL with new values, and each prepare/close is a worker round trip.
 * Sharing one is safe: the worker runs each bound execution whole, one at a time.
 * Exported for tests only.
 */
export function preparedStatementCache(connection: AsyncDuckDBConnection, max = 100) {
	const statements = new Map<string, Promise<AsyncPreparedStatement>>();
	return (sql: string): Promise<AsyncPreparedStatement> => {
		let statement = statements.get(sql);
		if (statement) statements.delete(sql);
		else {
			statement = connection.prepare(sql);
			statement.catch(() => statements.get(sql) === statement && statements.delete(sql));
		}
		statements.set(sql, statement);
		if (statements.size > max) {
			const [oldestSql, oldest] = statements.entries().next().value!;
			statements.delete(oldestSql);
			oldest.then((s) => s.close()).catch(() => {});
		}
		return statement;
	};
}
