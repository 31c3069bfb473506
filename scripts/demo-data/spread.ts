/** Spreading an exact total of one count over cells, never above what each cell can hold. */
import { allocateCapped } from './allocate.ts';
import type { Cell, CountName } from './cells.ts';

/**
 * Adds `total` to `field` over `cells`, in proportion to `weight(cell)`, each cell
 * receiving at most `cap(cell)` more. Throws (French) if the cells cannot hold it.
 */
export function spread(total: number, cells: readonly Cell[], field: CountName, weight: (c: Cell) => number, cap: (c: Cell) => number): void {
	if (total < 0) throw new Error(`Répartition impossible d'un total négatif (${field} : ${total})`);
	const caps = cells.map((c) => Math.max(0, cap(c)));
	const parts = allocateCapped(total, cells.map(weight), caps);
	cells.forEach((c, i) => (c[field] += parts[i]));
}

/** Room left for a public: attributions not yet counted in it. */
export const roomFor = (field: CountName) => (c: Cell) => c.attributions - c[field];

export interface Group {
	cells: Cell[];
	weight: number;
}

/**
 * Two-level spread: `total` over groups (in proportion to their weight, capped by the
 * room of their cells), then each group's part over its cells with {@link spread}.
 */
export function spreadGroups(total: number, groups: readonly Group[], field: CountName, weight: (c: Cell) => number, cap: (c: Cell) => number): void {
	const caps = groups.map((g) => g.cells.reduce((s, c) => s + Math.max(0, cap(c)), 0));
	const parts = allocateCapped(total, groups.map((g) => g.weight), caps);
	groups.forEach((g, i) => spread(parts[i], g.cells, field, weight, cap));
}
