/**
 * The project catalogue's loader: the one reader of data/catalogue/projets.json. The region is a
 * parameter (the site passes its own, `CODE_REGION`), so a build for another region shows its projects.
 * Server-only: the browser receives a page's projects, never the whole file (a bailleur's site names no other).
 */
import fichier from '../../../data/catalogue/projets.json';
import type { CatalogueRegion, FichierCatalogue, Projet, ProjetSaisi } from './types';

const CATALOGUE = fichier as FichierCatalogue;

function resoudre(p: ProjetSaisi): Projet {
	const nom = (code: string) => (CATALOGUE.departements[code] ? `${CATALOGUE.departements[code]} (${code})` : code);
	return {
		...p,
		appelLibelle: CATALOGUE.appels[p.appel] ?? p.appel,
		regionNom: CATALOGUE.regions[p.region] ?? p.region,
		departementsNoms: p.departements.map(nom),
		sourceTitre: CATALOGUE.sources[p.source] ?? p.source
	};
}

/**
 * Every project of the catalogue, in the file's order (by source document). With `bailleur` (the
 * SIREN of a bailleur's own site, `npm run build -- --bailleur`), only that landlord's projects and
 * those of landlords outside the demonstration data (other regions'): a bailleur's site names no other.
 */
export function tousLesProjets(bailleur: string | null = null): Projet[] {
	const projets = CATALOGUE.projets.map(resoudre);
	return bailleur ? projets.filter((p) => p.siren === null || p.siren === bailleur) : projets;
}

/** Name of a region of the catalogue; the code itself when unknown. */
export function nomRegion(region: string): string {
	return CATALOGUE.regions[region] ?? region;
}

/** The projects of `region` (INSEE code), and those of every other region, regions in code order; `bailleur` as in `tousLesProjets`. */
export function catalogueRegion(region: string, bailleur: string | null = null): CatalogueRegion {
	const projets = tousLesProjets(bailleur);
	const autres = [...new Set(projets.map((p) => p.region))].filter((r) => r !== region).sort();
	return {
		region,
		regionNom: nomRegion(region),
		projets: projets.filter((p) => p.region === region),
		autresRegions: autres.map((r) => ({ region: r, regionNom: nomRegion(r), projets: projets.filter((p) => p.region === r) }))
	};
}

/** One project by id, whatever its region; undefined when unknown (or outside `bailleur`'s site). */
export function projetCatalogue(id: string, bailleur: string | null = null): Projet | undefined {
	return tousLesProjets(bailleur).find((p) => p.id === id);
}
