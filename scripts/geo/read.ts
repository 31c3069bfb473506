/**
 * Loads the built contours (static/geo/*.topo.json) as GeoJSON FeatureCollections, for
 * tests and for build-time rendering (d3-geo SVG). Rings follow the d3-geo winding
 * (exterior clockwise on a north-up map), so d3 geoPath / geoArea work without rewinding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { FRANCE_DEPARTEMENTS_FILE, GEO_OUT_DIR, HAUTS_DE_FRANCE_FILE } from './paths.ts';

/** One feature per EPCI of the current COG; `id` is the SIREN too. */
export interface EpciContourProperties {
	siren: string;
	nom: string;
	/** Department holding most of the EPCI's population. */
	code_departement: string;
}
/** One feature per department; `id` is the code too. */
export interface DepartementContourProperties {
	code: string;
	nom: string;
}
/** The single region feature (code '32'). */
export interface RegionContourProperties {
	code: string;
	nom: string;
}

type Surfaces<P> = FeatureCollection<Polygon | MultiPolygon, P>;

export interface Contours {
	epci: Surfaces<EpciContourProperties>;
	departements: Surfaces<DepartementContourProperties>;
	region: Surfaces<RegionContourProperties>;
	/** Metropolitan departments (96, Corsica as 2A/2B), a light context layer. */
	franceDepartements: Surfaces<DepartementContourProperties>;
}

/** Reads both topology files from `dir` (default static/geo). */
export function readContours(dir: string = GEO_OUT_DIR): Contours {
	const hdf = readTopology(join(dir, HAUTS_DE_FRANCE_FILE));
	const france = readTopology(join(dir, FRANCE_DEPARTEMENTS_FILE));
	return {
		epci: toFeatures(hdf, 'epci'),
		departements: toFeatures(hdf, 'departements'),
		region: toFeatures(hdf, 'region'),
		franceDepartements: toFeatures(france, 'departements')
	};
}

/** Parses one topology file. */
export function readTopology(path: string): Topology {
	return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

/** One object of a topology as a FeatureCollection; throws in French if the object is missing. */
export function toFeatures<P>(topology: Topology, name: string): Surfaces<P> {
	const object = topology.objects[name];
	if (!object || object.type !== 'GeometryCollection') throw new Error(`Contours : objet « ${name} » absent de la topologie`);
	return feature(topology, object as GeometryCollection<P & object>) as unknown as Surfaces<P>;
}
