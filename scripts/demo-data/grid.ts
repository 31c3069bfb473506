/**
 * Monthly counts per cell (month index × cell index) for each measure of the attributions
 * table, and the helper that spreads an exact total over a set of (month, cell) slots.
 */
import { allocateCapped } from './allocate.ts';
import { MONTHS } from './calendar.ts';
import type { Cell } from './territory.ts';

export const MEASURES = [
	'attributions', 'prioritaires', 'sortants_hebergement', 'sans_abri',
	'hors_qpv', 'hors_qpv_q1', 'qpv', 'qpv_q2_q4', 'qpv_q4'
] as const;
export type Measure = (typeof MEASURES)[number];

export type Grid = Record<Measure, number[][]>;

export function emptyGrid(cellCount: number): Grid {
	const grid = {} as Grid;
	for (const m of MEASURES) grid[m] = MONTHS.map(() => new Array<number>(cellCount).fill(0));
	return grid;
}

/** A (month index, cell) slot. */
export interface Slot {
	month: number;
	cell: Cell;
}

/** Slots of the months `from`…`to` (`YYYY-MM`, inclusive) and the cells kept by `keep`. */
export function slots(cells: readonly Cell[], from: string, to: string, keep: (c: Cell) => boolean = () => true): Slot[] {
	const out: Slot[] = [];
	MONTHS.forEach((m, month) => {
		if (m < from || m > to) return;
		for (const cell of cells) if (keep(cell)) out.push({ month, cell });
	});
	return out;
}

/** Sum of a measure over slots. */
export function total(grid: Grid, measure: Measure, where: readonly Slot[]): number {
	return where.reduce((s, { month, cell }) => s + grid[measure][month][cell.index], 0);
}

/**
 * Adds exactly `amount` of `measure` over `where`, in proportion to `weight`, without any
 * slot exceeding `cap` (its room). Throws (French) if the slots cannot hold it.
 */
export function spread(
	grid: Grid,
	measure: Measure,
	amount: number,
	where: readonly Slot[],
	weight: (s: Slot) => number,
	cap: (s: Slot) => number
): void {
	const caps = where.map((s) => Math.max(0, cap(s) - grid[measure][s.month][s.cell.index]));
	const parts = allocateCapped(amount, where.map(weight), caps);
	where.forEach((s, k) => (grid[measure][s.month][s.cell.index] += parts[k]));
}
