/**
 * The region's contours for the browser map: `/geo/hauts-de-france.topo.json` (built by
 * `npm run geo`) converted to GeoJSON once per page with topojson-client.
 */
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MapContours {
	epci: FeatureCollection<Geometry, { siren: string; nom: string; code_departement: string }>;
	departements: FeatureCollection<Geometry, { code: string; nom: string }>;
	/** [west, south, east, north] in degrees. */
	bbox: [number, number, number, number];
}

export const CONTOURS_URL = '/geo/hauts-de-france.topo.json';

let cached: Promise<MapContours> | null = null;

/** Fetches and converts the contours (same origin; cached for the page's life). */
export function loadContours(fetcher: typeof fetch = fetch): Promise<MapContours> {
	cached ??= fetcher(CONTOURS_URL)
		.then((response) => {
			if (!response.ok) throw new Error(`Contours introuvables (${response.status})`);
			return response.json() as Promise<Topology>;
		})
		.then((topology) => ({
			epci: feature(topology, topology.objects.epci as GeometryCollection) as unknown as MapContours['epci'],
			departements: feature(topology, topology.objects.departements as GeometryCollection) as unknown as MapContours['departements'],
			bbox: (topology.bbox ?? [1.38, 48.83, 4.26, 51.09]).slice(0, 4) as MapContours['bbox']
		}))
		.catch((error) => {
			cached = null;
			throw error;
		});
	return cached;
}

/** Whether the browser can draw WebGL (maplibre needs it); checked before loading maplibre. */
export function webglAvailable(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}
