/**
 * The only importer of @duckdb/duckdb-wasm. Boots DuckDB 1.4.3 in the library's own Web
 * Worker, from files served by our origin (Vite `?url`): eh bundle, mvp fallback.
 * Browser only: the package touches `Worker` on import, so it is imported dynamically.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
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

/** Boots DuckDB-wasm. `onInstantiated` is called as soon as the module is compiled. */
export async function bootWasmDuckDB(onInstantiated?: () => void): Promise<WasmDuckDB> {
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	// BigInt and Decimal as doubles: rows must never hold a BigInt (JSON, arithmetic).
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const connection: AsyncDuckDBConnection = await db.connect();
	// Before anything else: no extension may be fetched from extensions.duckdb.org.
	await connection.query('SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;');
	onInstantiated?.();

	return {
		insertIpc: (name, ipc) => connection.insertArrowFromIPCStream(ipc, { name }),
		async execute(query) {
			const statement = await connection.prepare(query.sql);
			try {
				return arrowToPlainRows(await statement.query(...query.params));
			} finally {
				await statement.close();
			}
		},
		version: () => db.getVersion()
	};
}
