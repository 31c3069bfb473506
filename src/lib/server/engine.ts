/**
 * The build-time engine: native DuckDB over the Parquet extracts, for `+page.server.ts` and
 * `+layout.server.ts` loads during prerendering. Same `run(query)` and same plain rows as the
 * browser engine, so a figure is identical before and after hydration.
 */
import { openExtracts } from '../../../scripts/lib/duckdb-native';
import type { Query, QueryRunner } from '../queries/query';
import { toPlainRows } from '../db/plain-rows';
import { assertExtractsComplete, extractsDir } from './extracts-dir';

/** A build engine that can be closed (tests). */
export interface BuildEngine extends QueryRunner {
	close(): void;
}

/**
 * Opens a native engine where every extract of `dir` is a view. Queries run one at a time
 * (one connection); rows are plain (bigint → number, Date → `YYYY-MM-DD`).
 * Rejects in French if `dir` lacks the manifest or any extract; a query error names the query.
 */
export async function openBuildEngine(dir: string): Promise<BuildEngine> {
	assertExtractsComplete(dir);
	const db = await openExtracts(dir);
	let queue: Promise<unknown> = Promise.resolve();
	return {
		run<Row>(query: Query<Row>): Promise<Row[]> {
			const result = queue.then(async () => {
				try {
					return toPlainRows(await db.run(query as Query<Record<string, unknown>>)) as Row[];
				} catch (error) {
					throw new Error(`Requête « ${query.name} » : ${error instanceof Error ? error.message : String(error)}`, { cause: error });
				}
			});
			queue = result.catch(() => {});
			return result;
		},
		close: () => db.close()
	};
}

let shared: Promise<BuildEngine> | undefined;

/** The build engine over the project's `data/extracts/`, opened once per process. */
export function getBuildEngine(): Promise<QueryRunner> {
	shared ??= openBuildEngine(extractsDir());
	shared.catch(() => (shared = undefined)); // a later call may find the extracts
	return shared;
}
