/**
 * Where the geo job reads and writes, resolved from this file (independent of the cwd).
 */
import { fileURLToPath } from 'node:url';

/** Source contours (2018), committed: data/geo-src/. */
export const GEO_SRC_DIR = fileURLToPath(new URL('../../data/geo-src', import.meta.url));
/** Built contours, committed and served as /geo/…: static/geo/. */
export const GEO_OUT_DIR = fileURLToPath(new URL('../../static/geo', import.meta.url));

/** Built files, under GEO_OUT_DIR. */
export const HAUTS_DE_FRANCE_FILE = 'hauts-de-france.topo.json';
export const FRANCE_DEPARTEMENTS_FILE = 'france-departements.topo.json';

/** Source files, under GEO_SRC_DIR. */
export const SOURCE_FILES = {
	communes2018: 'communes-hauts-de-france-2018.geojson',
	departements2018: 'departements-hauts-de-france-2018.geojson',
	region2018: 'region-hauts-de-france-2018.geojson',
	franceDepartements: 'departements-france-simplifie-2018.geojson'
} as const;
