/**
 * The rows of the reform page for the territory chosen in the URL: the region (the whole
 * perimeter), a department (its EPCI) or one EPCI of the perimeter. Pure filtering of the
 * view's rows; the shares are recomputed from the counts of the row shown.
 */
import type { ReformeData } from '$lib/views/reforme';

type Territoire = ReformeData['territoires'][number];

export interface ReformeSelection {
	niveau: 'region' | 'departement' | 'epci';
	/** The territory's own counts (headline figures). */
	total: Territoire;
	/** Departments shown in the department table (all five for the region, else its own). */
	departements: Territoire[];
	/** The perimeter's EPCI of the territory. */
	epci: Territoire[];
	avancement: ReformeData['avancement'];
	/** Set when the URL names an EPCI outside the reform perimeter (or unknown): the region is shown. */
	horsPerimetre: string | null;
}

export function selectTerritoire(data: ReformeData, territoire: string): ReformeSelection {
	const region = data.territoires.find((r) => r.niveau === 'region')!;
	const departements = data.territoires.filter((r) => r.niveau === 'departement');
	const epci = data.territoires.filter((r) => r.niveau === 'epci');
	const found = data.territoires.find((r) => r.code === territoire);
	if (!found || found.niveau === 'region') {
		const horsPerimetre = found || territoire === '' || territoire === region.code ? null : territoire;
		return { niveau: 'region', total: region, departements, epci, avancement: data.avancement, horsPerimetre };
	}
	const inScope = (code: string | null) => (found.niveau === 'epci' ? code === found.code : code === found.code_departement);
	return {
		niveau: found.niveau,
		total: found,
		departements: departements.filter((d) => d.code === found.code_departement),
		epci: epci.filter((r) => inScope(found.niveau === 'epci' ? r.code : r.code_departement)),
		avancement: data.avancement.filter((r) => inScope(found.niveau === 'epci' ? r.siren : r.code_departement)),
		horsPerimetre: null
	};
}
