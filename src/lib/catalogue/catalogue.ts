/**
 * The project catalogue's loader: the one reader of data/catalogue/projets.json. The region is a
 * parameter (the site passes its own, `CODE_REGION`), so a build for another region shows its projects.
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

/** Every project of the catalogue, in the file's order (by source document). */
export function tousLesProjets(): Projet[] {
	return CATALOGUE.projets.map(resoudre);
}

/** Name of a region of the catalogue; the code itself when unknown. */
export function nomRegion(region: string): string {
	return CATALOGUE.regions[region] ?? region;
}

/** The projects of `region` (INSEE code), and those of every other region, regions in code order. */
export function catalogueRegion(region: string): CatalogueRegion {
	const projets = tousLesProjets();
	const autres = [...new Set(projets.map((p) => p.region))].filter((r) => r !== region).sort();
	return {
		region,
		regionNom: nomRegion(region),
		projets: projets.filter((p) => p.region === region),
		autresRegions: autres.map((r) => ({ region: r, regionNom: nomRegion(r), projets: projets.filter((p) => p.region === r) }))
	};
}

/** One project by id, whatever its region; undefined when unknown. */
export function projetCatalogue(id: string): Projet | undefined {
	return tousLesProjets().find((p) => p.id === id);
}
