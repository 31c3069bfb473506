/**
 * Which rows of a commission table a territory selection shows: the region and its
 * departments; a department and its EPCI; an EPCI alone. Rows keep their own counts
 * (each level's rates are computed from its own sums, never averaged).
 */
import type { ObjectifRealisationRow } from '../queries/objectifs-realisation';
import type { EpciRealisationRow } from '../queries/epci-realisation';

/** A row of a commission table at any level. */
export type LigneTerritoire = Omit<ObjectifRealisationRow, 'niveau'> & { niveau: 'region' | 'departement' | 'epci' };

export const CODE_REGION = '32';

/** Department code of a territory code ('32' → null, an EPCI → its department). */
export function departementDe(territoire: string, epci: readonly EpciRealisationRow[]): string | null {
	if (territoire === CODE_REGION) return null;
	if (territoire.length <= 3) return territoire;
	return epci.find((e) => e.code === territoire)?.code_departement ?? null;
}

/**
 * @param departements region and department rows (region first)
 * @param epci every EPCI row
 */
export function lignesDuTerritoire(
	territoire: string,
	departements: readonly ObjectifRealisationRow[],
	epci: readonly EpciRealisationRow[]
): LigneTerritoire[] {
	if (territoire === CODE_REGION || (territoire.length <= 3 && !departements.some((d) => d.code === territoire))) return [...departements];
	if (territoire.length <= 3) {
		return [...departements.filter((d) => d.code === territoire), ...epci.filter((e) => e.code_departement === territoire)];
	}
	return epci.filter((e) => e.code === territoire);
}

/** EPCI of the selection: all of them for the region, a department's, or the one EPCI. */
export function epciDuTerritoire<R extends { code: string; code_departement: string }>(territoire: string, epci: readonly R[]): R[] {
	if (territoire === CODE_REGION) return [...epci];
	if (territoire.length <= 3) return epci.filter((e) => e.code_departement === territoire);
	return epci.filter((e) => e.code === territoire);
}

/** Name of a territory code among the rows, or the code itself. */
export function nomDuTerritoire(territoire: string, departements: readonly { code: string; nom: string }[], epci: readonly { code: string; nom: string }[]): string {
	return departements.find((d) => d.code === territoire)?.nom ?? epci.find((e) => e.code === territoire)?.nom ?? territoire;
}
