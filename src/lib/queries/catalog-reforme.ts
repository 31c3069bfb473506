/** Queries of the reforme pages with representative parameters, for the two-engine test (see catalog.ts). */
import type { Query } from './query';

export function catalogReforme(): Query<unknown>[] {
	return [];
}
