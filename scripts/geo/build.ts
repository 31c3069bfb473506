/**
 * buildContours: 2018 commune contours + current COG → the two TopoJSON files of the site.
 * Pure: sources come in as values, files come out as strings (no file system here).
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import type { Cog } from '../lib/cog.ts';
import { communesSansContour, mapCommunes2018, type FusionsTable } from './communes-2018.ts';
import { FRANCE_DEPARTEMENTS_FILE, HAUTS_DE_FRANCE_FILE } from './paths.ts';
import { compactTopology, mergeByKey, type CompactOptions, type Surface } from './topology.ts';


/** Properties of the 2018 commune contours (INSEE COG 2018 code and name). */
export interface Commune2018Properties {
	code: string;
	nom: string;
}
/** Properties of the metropolitan department contours. */
export interface DepartementProperties {
	code: string;
	nom: string;
}

export interface ContoursConfig {
	communes2018: FeatureCollection<Surface, Commune2018Properties>;
	franceDepartements: FeatureCollection<Surface, DepartementProperties>;
	cog: Cog;
	fusions: FusionsTable;
	hautsDeFrance: CompactOptions;
	france: CompactOptions;
}

export interface ContoursResult {
	/** File name → JSON text (deterministic). */
	files: Record<string, string>;
	/** Features per object, per file. */
	counts: Record<string, Record<string, number>>;
	/** Current communes of the region reached by no 2018 contour (expected empty). */
	communesSansContour: string[];
}

/** Default simplification, measured: ~135 Ko for the region, borders still smooth when one EPCI fills the map. */
export const DEFAULT_OPTIONS: Pick<ContoursConfig, 'hautsDeFrance' | 'france'> = {
	hautsDeFrance: { retain: 0.5, quantization: 1e5, minRingArea: 1e-7 },
	france: { retain: 0.2, quantization: 1e4, minRingArea: 1e-5 }
};

export function buildContours(config: ContoursConfig): ContoursResult {
	const { cog } = config;
	const codes = config.communes2018.features.map((f) => f.properties.code);
	const mapping = mapCommunes2018(codes, cog, config.fusions);
	const current = (f: Feature<Surface, Commune2018Properties>) => mapping.get(f.properties.code)!;

	const byEpci = mergeByKey(config.communes2018, (f) => current(f).sirenEpci);
	const byDepartement = mergeByKey(config.communes2018, (f) => current(f).codeDepartement);
	const region = mergeByKey(config.communes2018, () => cog.region.code);

	const epcis = [...cog.epcis].sort((a, b) => a.siren.localeCompare(b.siren));
	const missing = epcis.filter((e) => !byEpci.has(e.siren)).map((e) => `${e.siren} (${e.nom})`);
	if (missing.length > 0) throw new Error(`Contours : aucun contour 2018 pour les EPCI ${missing.join(', ')}`);

	const hautsDeFrance = compactTopology(
		{
			epci: collection(epcis.map((e) => [e.siren, byEpci.get(e.siren)!, { siren: e.siren, nom: e.nom, code_departement: e.codeDepartement }])),
			departements: collection(
				[...cog.departements].sort((a, b) => a.code.localeCompare(b.code)).map((d) => [d.code, byDepartement.get(d.code)!, { code: d.code, nom: d.nom }])
			),
			region: collection([[cog.region.code, region.get(cog.region.code)!, { code: cog.region.code, nom: cog.region.nom }]])
		},
		config.hautsDeFrance
	);

	const metropole = [...config.franceDepartements.features].sort((a, b) => a.properties.code.localeCompare(b.properties.code));
	const france = compactTopology(
		{ departements: collection(metropole.map((f) => [f.properties.code, f.geometry, { code: f.properties.code, nom: f.properties.nom }])) },
		config.france
	);

	return {
		files: { [HAUTS_DE_FRANCE_FILE]: JSON.stringify(hautsDeFrance), [FRANCE_DEPARTEMENTS_FILE]: JSON.stringify(france) },
		counts: { [HAUTS_DE_FRANCE_FILE]: countFeatures(hautsDeFrance), [FRANCE_DEPARTEMENTS_FILE]: countFeatures(france) },
		communesSansContour: communesSansContour(mapping, cog)
	};
}

function collection<P>(rows: [id: string, geometry: Surface | MultiPolygon, properties: P][]): FeatureCollection<Surface, P> {
	return { type: 'FeatureCollection', features: rows.map(([id, geometry, properties]) => ({ type: 'Feature', id, geometry, properties })) };
}

function countFeatures(topo: Topology<Objects>): Record<string, number> {
	return Object.fromEntries(Object.entries(topo.objects).map(([name, o]) => [name, o.type === 'GeometryCollection' ? o.geometries.length : 1]));
}
