/**
 * Objective vs achieved for one public at a month end, for the region, its departments and its
 * EPCI in one query: the pages that show both (the commission's table and the EPCI map) ask once.
 */
import { query, type Query } from './query';
import { publicSpec } from './publics';
import { realisationSelect } from './realisation-select';
import type { Indicateur } from '../contract/inputs';
import type { ObjectifRealisationRow } from './objectifs-realisation';
import type { EpciRealisationRow } from './epci-realisation';

/** A row of either level, with the department of the territory (its own for a department, null for the region). */
export type TerritoireRealisationRow = (Omit<ObjectifRealisationRow, 'niveau'> | Omit<EpciRealisationRow, 'niveau' | 'code_departement'>) & {
	niveau: 'region' | 'departement' | 'epci';
	code_departement: string | null;
};

/** Departments (by code), the region, then the EPCI (by department and name). `bailleur`: as in objectifsRealisation. */
export function realisationTerritoires(indicateur: Indicateur, date: string, bailleur = ''): Query<TerritoireRealisationRow> {
	publicSpec(indicateur);
	return query<TerritoireRealisationRow>(`realisation-territoires:${indicateur}`, realisationSelect('tous'), [date, indicateur, bailleur]);
}

/** The rows of objectifsRealisation and of epciRealisation, from one realisationTerritoires answer. */
export function parNiveau(rows: readonly TerritoireRealisationRow[]): { departements: ObjectifRealisationRow[]; epci: EpciRealisationRow[] } {
	const departements: ObjectifRealisationRow[] = [];
	const epci: EpciRealisationRow[] = [];
	for (const { code_departement, ...row } of rows) {
		if (row.niveau === 'epci') epci.push({ ...row, niveau: 'epci', code_departement: code_departement ?? '' });
		else departements.push({ ...row, niveau: row.niveau });
	}
	return { departements, epci };
}
