/**
 * The query client of the pages: runs `Query` objects through an executor (DuckDB-wasm in
 * the browser) and caches results by name + bound values. Dropping stale answers is the
 * caller's job (`LiveView` keeps only its latest load): a query never cancels another.
 * Pure logic: no DuckDB here, so it is tested in node.
 */
import type { Query, QueryRunner } from '../queries/query';
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
 * share one execution; failed executions are not cached. Returned arrays are fresh copies;
 * the row objects are shared: do not mutate them.
 */
export function createQueryClient(execute: QueryExecutor, maxEntries = 500): QueryClient {
	const cache = new Map<string, Promise<PlainRow[]>>();

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
		async run<Row>(query: Query<Row>): Promise<Row[]> {
			const rows = await cachedExecution(cacheKey(query), query);
			return rows.slice() as Row[];
		},
		clear: () => cache.clear(),
		get size() {
			return cache.size;
		}
	};
}
