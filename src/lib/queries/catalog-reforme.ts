/** Queries of the reforme pages with representative parameters, for the two-engine test (see catalog.ts). */
import type { Query } from './query';
import { reformeAvancement } from './reforme-avancement';
import { reformeQuartiles } from './reforme-quartiles';
import { reformeBailleurs } from './reforme-bailleurs';

export function catalogReforme(): Query<unknown>[] {
	return [
		reformeAvancement('2022-04-30'),
		reformeQuartiles('2022-04-30'),
		reformeQuartiles('2021-12-31'),
		reformeBailleurs('2022-04-30')
	] as Query<unknown>[];
}
