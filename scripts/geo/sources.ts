/**
 * Reads the committed source contours (data/geo-src/, see its README for source and licence).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { GEO_SRC_DIR, SOURCE_FILES } from './paths.ts';
import type { Surface } from './topology.ts';
import type { Commune2018Properties, DepartementProperties } from './build.ts';


export interface GeoSources {
	communes2018: FeatureCollection<Surface, Commune2018Properties>;
	franceDepartements: FeatureCollection<Surface, DepartementProperties>;
}

/** The two sources the build needs (the department and region files only serve as checks). */
export function readGeoSources(dir: string = GEO_SRC_DIR): GeoSources {
	return {
		communes2018: readGeoJson(join(dir, SOURCE_FILES.communes2018)),
		franceDepartements: readGeoJson(join(dir, SOURCE_FILES.franceDepartements))
	};
}

/** Parses one GeoJSON file; throws a French error naming the file when it is missing or invalid. */
export function readGeoJson<T>(path: string): T {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new Error(`Contours : fichier source introuvable : ${path}`);
	}
	try {
		return JSON.parse(text) as T;
	} catch {
		throw new Error(`Contours : ${path} n'est pas un JSON valide`);
	}
}
