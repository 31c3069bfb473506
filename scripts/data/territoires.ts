/**
 * The `territoires` extract, from the COG only: the region, its departments and its
 * EPCI, with their population (municipal population of the COG's communes).
 */
import type { Cog } from '../lib/cog.ts';

/** One row of the `territoires` extract; code_departement is null for the region. */
export interface TerritoireRow {
	[column: string]: string | number | null;
	niveau: 'region' | 'departement' | 'epci';
	code: string;
	nom: string;
	code_departement: string | null;
	population: number;
}

/** The COG year of the package's data, e.g. `COG 2026` for @etalab/decoupage-administratif 6.x. */
export function cogLabel(cog: Cog): string {
	const year = 2020 + Number(cog.version.split('.')[0]);
	return `COG ${year}`;
}

export function territoireRows(cog: Cog): TerritoireRow[] {
	const regionPopulation = cog.departements.reduce((sum, d) => sum + d.population, 0);
	return [
		{ niveau: 'region', code: cog.region.code, nom: cog.region.nom, code_departement: null, population: regionPopulation },
		...cog.departements.map((d): TerritoireRow => ({ niveau: 'departement', code: d.code, nom: d.nom, code_departement: d.code, population: d.population })),
		...cog.epcis.map((e): TerritoireRow => ({ niveau: 'epci', code: e.siren, nom: e.nom, code_departement: e.codeDepartement, population: e.population }))
	];
}
