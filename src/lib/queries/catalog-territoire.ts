/** Queries of the territory sheets and the territory search, with representative parameters, for the two-engine test (see catalog.ts). */
import type { Query } from './query';
import { territoireBailleurs } from './territoire-bailleurs';
import { territoireListe } from './territoire-liste';
import { territoireMensuel } from './territoire-mensuel';

export function catalogTerritoire(): Query<unknown>[] {
	return [territoireMensuel(2022), territoireBailleurs('2022-05-31'), territoireBailleurs('2021-04-30'), territoireListe()] as Query<unknown>[];
}
