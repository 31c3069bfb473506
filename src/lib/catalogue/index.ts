/** The project catalogue: loader (per region), filters, types. */
export { catalogueRegion, nomRegion, projetCatalogue, tousLesProjets } from './catalogue';
export { AUCUN_FILTRE, cleBailleur, ecrireFiltres, lireFiltres, optionsFiltres, passeLesFiltres, type FiltresCatalogue, type Option } from './filtres';
export type { CatalogueRegion, Projet } from './types';
