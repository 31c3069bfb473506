/**
 * A query runner that runs each distinct query (name, SQL and bound values) once: the build
 * prerenders 31 bailleur sheets from the same all-bailleur queries. Failed runs are forgotten.
 */
import type { Query, QueryRunner } from '../queries/query';

export function memoRunner(open: () => Promise<QueryRunner>): QueryRunner {
	const results = new Map<string, Promise<unknown[]>>();
	return {
		run<Row>(query: Query<Row>): Promise<Row[]> {
			const key = JSON.stringify([query.name, query.sql, query.params]);
			let result = results.get(key);
			if (!result) {
				result = open().then((engine) => engine.run(query));
				result.catch(() => results.delete(key));
				results.set(key, result);
			}
			return result as Promise<Row[]>;
		}
	};
}
