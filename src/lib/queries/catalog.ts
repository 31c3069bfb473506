/**
 * Every query of the site with representative parameters: the list the two-engine
 * test runs on native DuckDB and on DuckDB-wasm, requiring identical rows.
 */
import type { Query } from './query';
import { INDICATEURS } from '../contract/inputs';
import { objectifsRealisation } from './objectifs-realisation';
import { bailleursRealisation } from './bailleurs-realisation';
import { attributionsParEpci } from './attributions-epci';
import { datesDisponibles } from './dates';
import { fnavdlCouverture } from './fnavdl-couverture';
import { catalogPrioritaires } from './catalog-prioritaires';
import { catalogReforme } from './catalog-reforme';
import { catalogFnavdl } from './catalog-fnavdl';
import { catalogBailleur } from './catalog-bailleur';
import { catalogTerritoire } from './catalog-territoire';

export function catalogQueries(): Query<unknown>[] {
	return [
		datesDisponibles(),
		...INDICATEURS.flatMap((i) => [objectifsRealisation(i, '2022-05-31'), objectifsRealisation(i, '2021-04-30')]),
		...INDICATEURS.map((i) => bailleursRealisation(i, '2022-04-30')),
		objectifsRealisation('prioritaires', '2022-05-31', '875284531'),
		attributionsParEpci('2021-12-31'),
		attributionsParEpci('2022-04-30'),
		attributionsParEpci('2022-04-30', '617671607'),
		fnavdlCouverture(2021, '2022-01-01'),
		// Each page family lists its own queries in its catalog file.
		...catalogPrioritaires(),
		...catalogReforme(),
		...catalogFnavdl(),
		...catalogBailleur(),
		...catalogTerritoire()
	] as Query<unknown>[];
}
