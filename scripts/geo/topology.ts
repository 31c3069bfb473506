/**
 * TopoJSON plumbing: merge commune polygons along their shared arcs, then simplify and
 * quantize a set of layers into one compact topology.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { merge, quantize } from 'topojson-client';
import { filter, filterWeight, planarRingArea, presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';

export type Surface = Polygon | MultiPolygon;

/**
 * Groups polygons by key and merges each group into one MultiPolygon. The polygons go
 * through one topology first, so that borders shared by two groups stay identical.
 * Groups come back in the order of their first member.
 */
export function mergeByKey<P>(collection: FeatureCollection<Surface, P>, keyOf: (feature: Feature<Surface, P>) => string): Map<string, MultiPolygon> {
	const topo = topology({ polygons: collection }) as Topology<{ polygons: { type: 'GeometryCollection'; geometries: GeometryObject[] } }>;
	const geometries = topo.objects.polygons.geometries;
	const groups = new Map<string, GeometryObject[]>();
	collection.features.forEach((feature, i) => {
		const key = keyOf(feature);
		const group = groups.get(key) ?? [];
		group.push(geometries[i]);
		groups.set(key, group);
	});
	const merged = new Map<string, MultiPolygon>();
	for (const [key, group] of groups) merged.set(key, merge(topo, group as Parameters<typeof merge>[1]));
	return merged;
}

export interface CompactOptions {
	/** Share of the interior points kept by Visvalingam simplification, in ]0, 1]. */
	retain: number;
	/** Grid size of the quantization (points per axis over the bounding box). */
	quantization: number;
	/** Rings whose planar area (square degrees) falls below this after simplification are dropped. */
	minRingArea: number;
}

/**
 * One topology holding every layer (shared arcs across layers), simplified by spherical
 * triangle area and quantized. Coordinates stay WGS84 lon/lat once decoded.
 */
export function compactTopology(layers: Record<string, FeatureCollection<Surface>>, options: CompactOptions): Topology<Objects> {
	const raw = topology(layers) as Topology<Objects>;
	const weighted = presimplify(raw, sphericalTriangleArea);
	const simplified = simplify(weighted, quantile(weighted, options.retain));
	// Simplification can flatten a small island or hole to a zero-area ring: drop those.
	const cleaned = filter(simplified, filterWeight(simplified, options.minRingArea, planarRingArea)) as Topology<Objects>;
	return quantize(cleaned, options.quantization);
}
