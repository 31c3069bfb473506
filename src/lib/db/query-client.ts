/**
 * The query client of the pages: runs `Query` objects through an executor (DuckDB-wasm in
 * the browser), caches results by name + bound values, and drops stale answers.
 * Pure logic: no DuckDB here, so it is tested in node.
 */
import type { Query, QueryRunner } from '../queries/query';
import { StaleQueryError } from './errors';
import type { PlainRow } from './plain-rows';

/** Runs one query and returns plain rows. */
export type QueryExecutor = (query: Query<unknown>) => Promise<PlainRow[]>;

export interface QueryClient extends QueryRunner {
	/** Forgets every cached result (e.g. after reloading extracts). */
	clear(): void;
	/** Number of cached results (settled or in flight). */
	readonly size: number;
}

/** Cache key: name and bound values; JSON keeps `1` and `'1'` apart. */
export function cacheKey(query: Query<unknown>): string {
	return JSON.stringify([query.name, query.params]);
}

/**
 * A client with an LRU cache of at most `maxEntries` results (default 500). Identical calls
 * share one execution. A call supersedes the pending call of the same `name` with other
 * params: the older promise rejects at once with a `StaleQueryError` (`name === 'AbortError'`),
 * its execution still finishes and fills the cache. Failed executions are not cached.
 * Returned arrays are fresh copies; the row objects are shared: do not mutate them.
 */
export function createQueryClient(execute: QueryExecutor, maxEntries = 500): QueryClient {
	const cache = new Map<string, Promise<PlainRow[]>>();
	/** Calls awaiting their rows, by query name. */
	const pending = new Map<string, Set<{ key: string; supersede: () => void }>>();

	function cachedExecution(key: string, query: Query<unknown>): Promise<PlainRow[]> {
		const hit = cache.get(key);
		if (hit) {
			cache.delete(key); // re-insert: most recently used last
			cache.set(key, hit);
			return hit;
		}
		const execution = execute(query);
		cache.set(key, execution);
		execution.catch(() => cache.get(key) === execution && cache.delete(key));
		if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
		return execution;
	}

	return {
		run<Row>(query: Query<Row>): Promise<Row[]> {
			const key = cacheKey(query);
			const calls = pending.get(query.name) ?? new Set();
			pending.set(query.name, calls);
			for (const call of calls) if (call.key !== key) call.supersede();
			const execution = cachedExecution(key, query);
			return new Promise<Row[]>((resolve, reject) => {
				const call = { key, supersede: () => (calls.delete(call), reject(new StaleQueryError(query.name))) };
				calls.add(call);
				const settle = () => calls.delete(call);
				execution.then(
					(rows) => (settle(), resolve(rows.slice() as Row[])),
					(error: unknown) => (settle(), reject(error))
				);
			});
		},
		clear: () => cache.clear(),
		get size() {
			return cache.size;
		}
	};
}
