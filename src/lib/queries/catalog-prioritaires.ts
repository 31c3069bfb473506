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
		// A bailleur's view: Amiens Habitat (Somme) in the demonstration extracts.
		trajectoire('prioritaires', '80', 2022, '617671607'),
		epciRealisation('prioritaires', '2022-05-31', '617671607'),
		bailleursDepartements('prioritaires', '2022-05-31')
	] as Query<unknown>[];
}
