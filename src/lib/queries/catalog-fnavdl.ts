/** Queries of the fnavdl pages with representative parameters, for the two-engine test (see catalog.ts). */
import type { Query } from './query';

export function catalogFnavdl(): Query<unknown>[] {
	return [];
}
