/** Queries of the prioritaires pages with representative parameters, for the two-engine test (see catalog.ts). */
import type { Query } from './query';
import { epciRealisation } from './epci-realisation';
import { trajectoire } from './trajectoire';
import { bailleursDepartements } from './bailleurs-departements';

export function catalogPrioritaires(): Query<unknown>[] {
	return [
		epciRealisation('prioritaires', '2022-05-31'),
		epciRealisation('sortants_hebergement', '2022-04-30'),
		trajectoire('prioritaires', '32', 2022),
		trajectoire('prioritaires', '59', 2022),
		bailleursDepartements('prioritaires', '2022-05-31')
	] as Query<unknown>[];
}
