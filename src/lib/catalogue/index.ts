/** The project catalogue in the browser: filters and types (the loader is server-only, ./catalogue.server). */
export { AUCUN_FILTRE, cleBailleur, ecrireFiltres, lireFiltres, optionsFiltres, passeLesFiltres, type FiltresCatalogue, type Option } from './filtres';
export type { CatalogueRegion, Projet } from './types';
