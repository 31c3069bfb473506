/**
 * DuckDB-wasm's worker, started before the library's main-thread code is even loaded: the
 * worker fetches and compiles the 34 MB module while the page imports the rest of the engine
 * (duckdb-wasm's glue, apache-arrow, hyparquet), instead of after. Imports nothing but URLs.
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import shimWorker from './duckdb-shim.worker.ts?worker&url';

/** The worker and the wasm module it compiles (absolute URLs). */
export interface StartedWorker {
	worker: Worker;
	mainModule: string;
}

/**
 * The smallest module using a WebAssembly exception (`try … end`): valid where the browser
 * supports them, and so the « eh » build of DuckDB (the test of duckdb-wasm's `selectBundle`).
 */
const EXCEPTIONS_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);

/** Browser only. Creates the worker through our shim (duckdb-shim.worker.ts), eh build where supported, mvp otherwise. */
export function startDuckDBWorker(): StartedWorker {
	const eh = WebAssembly.validate(EXCEPTIONS_PROBE);
	const absolute = (url: string) => new URL(url, location.href).href;
	const mainModule = absolute(eh ? ehWasm : mvpWasm);
	const query = new URLSearchParams({ worker: absolute(eh ? ehWorker : mvpWorker), wasm: mainModule });
	return { worker: new Worker(`${shimWorker}?${query}`), mainModule };
}
