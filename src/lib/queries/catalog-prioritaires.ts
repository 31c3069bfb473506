/** Queries of the prioritaires pages with representative parameters, for the two-engine test (see catalog.ts). */
import type { Query } from './query';

export function catalogPrioritaires(): Query<unknown>[] {
	return [];
}
