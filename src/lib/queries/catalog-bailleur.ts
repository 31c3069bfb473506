/** Queries of the bailleur sheets with representative parameters, for the two-engine test (see catalog.ts). */
import type { Query } from './query';
import { bailleurIdentite, bailleursListe } from './bailleur-identite';
import { bailleursEpci, bailleursMensuel, departementsNoms } from './bailleur-repartition';

export function catalogBailleur(): Query<unknown>[] {
	// Amiens Habitat (Somme) in the demonstration extracts.
	return [bailleursListe(), bailleurIdentite('617671607'), bailleursEpci('2022-04-30'), bailleursMensuel(2022), departementsNoms()] as Query<unknown>[];
}
