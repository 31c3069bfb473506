/** Queries of the fnavdl pages with representative parameters, for the two-engine test (see catalog.ts). */
import type { Query } from './query';
import { fnavdlDepartements } from './fnavdl-departements';
import { fnavdlEnveloppes } from './fnavdl-enveloppes';
import { fnavdlEpci } from './fnavdl-epci';
import { fnavdlProjets, fnavdlTousProjets } from './fnavdl-projets';

export function catalogFnavdl(): Query<unknown>[] {
	return [fnavdlEnveloppes(2021), fnavdlEnveloppes(2021, 2022), fnavdlDepartements(2021), fnavdlEpci(2021, '2022-01-01'), fnavdlProjets('32', ''), fnavdlProjets('62', ''), fnavdlTousProjets()];
}
