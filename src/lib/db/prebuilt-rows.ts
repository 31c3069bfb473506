/**
 * The answers prebuilt at build time (`/requetes/<key>.json`, src/lib/server/prebuilt.ts): what the
 * browser engine gives while DuckDB-wasm is still starting, so that a shared link to a month or a
 * department shows its figures at once. The index is fetched once; a query not in it waits for
 * DuckDB. Rows are the build engine's, identical to DuckDB-wasm's (tests/e2e/engines.e2e.ts).
 */
import { prebuiltKey } from '../queries/prebuilt-key';
import type { Query } from '../queries/query';
import type { PlainRow } from './plain-rows';

export interface PrebuiltRows {
	/** The prebuilt rows of `query`, or null when it was not prebuilt (or cannot be read). */
	lookup(query: Query<unknown>): Promise<PlainRow[] | null>;
}

/** `url(key)`: the file of a key; `indexUrl`: the list of keys. Starts fetching the index now. */
export function createPrebuiltRows(indexUrl: string, url: (key: string) => string, fetchFn: typeof fetch = fetch): PrebuiltRows {
	const index: Promise<Set<string>> = fetchFn(indexUrl)
		.then((response) => (response.ok ? (response.json() as Promise<{ cles: string[] }>) : { cles: [] }))
		.then(({ cles }) => new Set(cles))
		.catch(() => new Set());
	return {
		async lookup(query) {
			const key = prebuiltKey(query);
			if (!(await index).has(key)) return null;
			try {
				const response = await fetchFn(url(key));
				return response.ok ? ((await response.json()) as PlainRow[]) : null;
			} catch {
				return null;
			}
		}
	};
}
