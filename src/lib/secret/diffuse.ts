/**
 * `diffuse(data)`: the data of a prerendered view, as a build for a wide audience may publish it.
 * Every household count under the threshold is masked (NaN, see ./masque), with the cells that
 * would let it be recomputed from the sums shown beside it; cumulated series keep only the points
 * that reveal no small monthly count; rates and shares of a row with a masked count are masked.
 */
import { Cellules, CHAMPS_TAUX, sommesVoisines, type Row } from './cellules';
import { cumulsSecrets } from './cumul';
import { MASQUE } from './masque';
import { suppress } from './suppression';

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields of a trajectory point (src/lib/views/trajectoire-points.ts) masked as cumulated series. */
const SERIES = ['cumul', 'cumulPrecedent'] as const;

/**
 * A masked copy of `data` (the argument is left as is).
 * @param seuil threshold in households: counts from 1 to `seuil − 1` are masked
 * @param registre `entity=value` figures masked elsewhere in the build (see ./registre.server), masked here too
 */
export function diffuse<T>(data: T, seuil: number, registre: ReadonlySet<string> = new Set()): T {
	return diffuser(data, seuil, registre).data;
}

/** The masked copy and the `entity=value` identities of its masked cells. */
export function diffuser<T>(data: T, seuil: number, registre: ReadonlySet<string> = new Set()): { data: T; masques: Set<string> } {
	const copy = structuredClone(data);
	const cellules = new Cellules();
	const seen = new WeakSet<object>();
	const visit = (value: unknown): void => {
		if (typeof value !== 'object' || value === null || seen.has(value)) return;
		seen.add(value);
		if (Array.isArray(value)) return value.forEach(visit);
		const node = value as Row;
		cellules.add(node);
		sommesVoisines(node, cellules);
		if (Array.isArray(node.points)) series.push(node.points.filter(isRow));
		Object.values(node).forEach(visit);
	};
	const series: Row[][] = [];
	visit(copy);
	const masked = suppress(cellules.values, cellules.groups, seuil, { liens: cellules.liens(), masques: cellules.cles(registre) });
	const maskedValues = new Set([...masked].map((key) => cellules.values.get(key)));
	const touched = new Set<Row>();
	for (const key of masked) {
		const place = cellules.places.get(key);
		if (!place) continue;
		place.row[place.field] = MASQUE;
		touched.add(place.row);
	}
	for (const row of touched) for (const field of Object.keys(row)) if (CHAMPS_TAUX.has(field) && typeof row[field] === 'number') row[field] = MASQUE;
	for (const points of series) masquerSeries(points, seuil, maskedValues);
	return { data: copy, masques: cellules.identites(masked) };
}

/** Masks a trajectory's cumulated points; a point equal to a figure masked on the page (its year total) is masked too. */
function masquerSeries(points: Row[], seuil: number, maskedValues: ReadonlySet<number | null | undefined>): void {
	for (const field of SERIES) {
		const values = points.map((p) => (typeof p[field] === 'number' ? (p[field] as number) : null));
		const caches = new Set(values.flatMap((v, i) => (v != null && v > 0 && maskedValues.has(v) ? [i] : [])));
		for (const i of cumulsSecrets(values, seuil, caches)) points[i][field] = MASQUE;
	}
}
