/**
 * A query of the dashboard: one SQL text and its bound values. The same object
 * runs on native DuckDB at build time and on DuckDB-wasm in the browser.
 *
 * Conventions every query keeps, so both engines return identical plain rows:
 * - values are bound as `$1`, `$2`… — never pasted into the SQL text;
 * - table and column names come from fixed lists (src/lib/contract/extracts.ts);
 * - result columns are VARCHAR, INTEGER, DOUBLE or BOOLEAN only: sums are cast
 *   (`SUM(x)::INTEGER`), dates are formatted as `YYYY-MM-DD` text (`strftime`),
 *   so no BigInt, HUGEINT or Date object reaches the page.
 */
export type QueryValue = string | number | boolean | null;

export interface Query<Row> {
	/** Stable name, used for caching, logs and error panels. */
	name: string;
	sql: string;
	params: QueryValue[];
	/** Phantom field carrying the row type; never set. */
	readonly __row?: Row;
}

export type RowOf<Q> = Q extends Query<infer R> ? R : never;

/** Anything able to run a query: the native engine (build, tests) or the wasm client (browser). */
export interface QueryRunner {
	run<Row>(query: Query<Row>): Promise<Row[]>;
}

export function query<Row>(name: string, sql: string, params: QueryValue[] = []): Query<Row> {
	return { name, sql, params };
}
