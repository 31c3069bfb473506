/** The region, its departments and its EPCI, with their names: the territory search list. */
import { query, type Query } from './query';

export interface TerritoireListeRow {
	niveau: 'region' | 'departement' | 'epci';
	/** '32', a department code or an EPCI SIREN. */
	code: string;
	nom: string;
	/** The EPCI's department (most of its population); the department's own code; null for the region. */
	code_departement: string | null;
}

/** Region first, then departments by code, then EPCI by department and name. */
export function territoireListe(): Query<TerritoireListeRow> {
	return query<TerritoireListeRow>(
		'territoire-liste',
		`SELECT niveau, code, nom, CASE niveau WHEN 'departement' THEN code WHEN 'epci' THEN code_departement END AS code_departement
FROM territoires
ORDER BY CASE niveau WHEN 'region' THEN 0 WHEN 'departement' THEN 1 ELSE 2 END, code_departement, nom, code`
	);
}
