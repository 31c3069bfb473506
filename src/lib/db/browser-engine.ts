/**
 * The browser engine: boots DuckDB-wasm (from `hooks.client.ts` right after the first paint,
 * before hydration, on the pages that query) and, in parallel, fetches and decodes every
 * extract, then registers each one as a table. All extracts are loaded at
 * start: they are small and pre-aggregated, and decoding them costs less than the engine's
 * own boot, so they are ready when it is; lazy loading would add a round trip to the first
 * query of each page instead.
 */
import { resolve } from '$app/paths';
import { DERIVED_NAMES, EXTRACT_NAMES, type TableName } from '../contract/extracts';
import type { Query } from '../queries/query';
import { engineFailureMessage, updateEngineStatus } from './engine-status';
import { ExtractError, messageOf, unreadableExtract } from './errors';
import type { PlainRow } from './plain-rows';
import { createQueryClient, type QueryClient } from './query-client';
import { startDuckDBWorker } from './duckdb-worker';
import { startExtractDecoder } from './extract-decoder';
import type { WasmDuckDB } from './wasm-duckdb';
import { createPrebuiltRows, type PrebuiltRows } from './prebuilt-rows';

/** What the engine loaded: the tables available and the extracts that failed, with their French message. */
export interface EngineReport {
	loaded: TableName[];
	broken: Partial<Record<TableName, string>>;
}

interface RunningEngine {
	duckdb: WasmDuckDB;
	broken: Map<TableName, ExtractError>;
}

let started: Promise<RunningEngine> | undefined;
/** Set once DuckDB answers: from then on it computes every query (faster than fetching a file). */
let running: RunningEngine | undefined;
/** The answers prebuilt at build time, for the queries asked before DuckDB is up. */
let prebuilt: PrebuiltRows | undefined;

/** The tables DuckDB-wasm gets: the extracts and the tables derived from them at build time. */
const TABLES: readonly TableName[] = [...EXTRACT_NAMES, ...DERIVED_NAMES];

const extractUrl = (name: TableName) => resolve('/extraits/[file]', { file: `${name}.parquet` });

async function boot(): Promise<RunningEngine> {
	performance.mark('pdalhpd:engine-start');
	prebuilt = createPrebuiltRows(resolve('/requetes/index.json'), (cle) => resolve('/requetes/[cle].json', { cle }));
	updateEngineStatus({ state: 'loading' });
	let duckdb: WasmDuckDB;
	let decoding: Promise<Uint8Array>[];
	try {
		// First the workers: DuckDB's downloads and compiles its wasm, the other fetches and decodes
		// the extracts, while the page hydrates on the main thread.
		const worker = startDuckDBWorker();
		const decoder = startExtractDecoder();
		decoding = TABLES.map((name) => decoder.decode(name, new URL(extractUrl(name), location.href).href));
		for (const pending of decoding) pending.catch(() => {}); // handled below, once DuckDB is up
		// Loaded now, not with the page: DuckDB's glue and apache-arrow would delay hydration.
		const { bootWasmDuckDB } = await import('./wasm-duckdb');
		const duckdbBooting = bootWasmDuckDB(worker, () => performance.mark('pdalhpd:duckdb-instantiated'));
		duckdb = await duckdbBooting;
	} catch (error) {
		updateEngineStatus({ state: 'failed', message: engineFailureMessage(messageOf(error)) });
		throw error;
	}
	const broken = new Map<TableName, ExtractError>();
	await Promise.all(
		TABLES.map(async (name, i) => {
			try {
				await duckdb.insertIpc(name, await decoding[i]);
				performance.mark(`pdalhpd:extract:${name}`);
			} catch (error) {
				broken.set(name, error instanceof ExtractError ? error : unreadableExtract(name, error));
			}
		})
	);
	const brokenExtracts = Object.fromEntries([...broken].map(([name, error]) => [name, error.message]));
	updateEngineStatus({ state: 'ready', brokenExtracts });
	performance.mark('pdalhpd:ready');
	running = { duckdb, broken };
	return running;
}

/**
 * Starts the engine once (idempotent: later calls wait for the same start). Browser only.
 * Resolves when DuckDB is up and every extract is loaded or marked broken;
 * rejects only if DuckDB itself cannot boot.
 */
export function startEngine(): Promise<EngineReport> {
	started ??= boot();
	return started.then(({ broken }) => ({
		loaded: TABLES.filter((name) => !broken.has(name)),
		broken: Object.fromEntries([...broken].map(([name, error]) => [name, error.message]))
	}));
}

/** A missing table that belongs to a broken extract gets the extract's French error. */
function explainMissingTable(error: unknown, broken: Map<TableName, ExtractError>): unknown {
	const table = /Table with name "?(\w+)"? does not exist/.exec(messageOf(error))?.[1];
	return (table && broken.get(table as TableName)) || error;
}

async function execute(query: Query<unknown>): Promise<PlainRow[]> {
	started ??= boot();
	if (!running) {
		const rows = await prebuilt?.lookup(query);
		if (rows) return rows;
	}
	const { duckdb, broken } = await started;
	try {
		return await duckdb.execute(query);
	} catch (error) {
		throw explainMissingTable(error, broken);
	}
}

/**
 * A table of the page's own (a file checked in the browser, /donnees/verifier): replaces any
 * table of that name. Never one of the extracts.
 */
export async function registerTable(name: string, ipc: Uint8Array): Promise<void> {
	if ((TABLES as readonly string[]).includes(name)) throw new Error(`Table réservée aux extraits : ${name}`);
	started ??= boot();
	const { duckdb } = await started;
	await duckdb.execute({ name: 'drop', sql: `DROP TABLE IF EXISTS ${name}`, params: [] });
	await duckdb.insertIpc(name, ipc);
}

/** Runs a query on DuckDB itself, past the client's cache: the page's own tables change from one file to the next. */
export async function runUncached<Row>(q: Query<Row>): Promise<Row[]> {
	started ??= boot();
	const { duckdb } = await started;
	return (await duckdb.execute(q)) as Row[];
}

/** The browser's query client (cache + stale cancellation); its first `run` starts the engine. */
export const browserEngine: QueryClient = createQueryClient(execute);

declare global {
	interface Window {
		/** For browser tests and the benchmark: the browser engine's `run` and its readiness. */
		__pdalhpd?: { run: QueryClient['run']; ready: Promise<EngineReport> };
	}
}

/** Starts the engine and exposes it as `window.__pdalhpd` (browser only). */
export function startAndExposeEngine(): void {
	window.__pdalhpd ??= { run: (query) => browserEngine.run(query), ready: startEngine() };
}
