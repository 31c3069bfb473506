/**
 * The query engine of a diffusion build in the browser: no extracts are shipped and DuckDB-wasm is
 * never started, so every query is refused with a French notice (shown by LiveView as its error).
 */
import type { Query, QueryRunner } from '../queries/query';

/** Message of every refused query. */
export const REFUS_DIFFUSION = 'Version de diffusion : seules les vues publiées sont disponibles ; les filtres ne sont pas disponibles.';

export const diffusionEngine: QueryRunner = {
	run: <Row>(_query: Query<Row>) => Promise.reject<Row[]>(new Error(REFUS_DIFFUSION))
};
