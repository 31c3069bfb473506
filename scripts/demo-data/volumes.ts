/**
 * All attributions: department × month totals (January–April 2022 exactly as the deck),
 * spread over the cells; then each letting in or outside a QPV.
 */
import { largestRemainder } from './allocate.ts';
import { MONTHS, SEASONALITY } from './calendar.ts';
import type { Grid } from './grid.ts';
import type { Random } from './random.ts';
import { DEPARTEMENTS, TARGETS } from './targets.ts';
import type { Cell } from './territory.ts';

/**
 * How 2022 starts against 2021 (the deck: a marked deficit early in 2022, back to about
 * −3 % by the end of April). 2021 is the reference level 1.
 */
const YEAR_FACTOR: Record<string, number> = {
	'2022-01': 0.9, '2022-02': 0.94, '2022-03': 1.0, '2022-04': 1.02
};
const LEVEL_2022_AFTER_APRIL = 0.975;

/** Department × month totals of all attributions. */
export function departementTotals(random: Random): Map<string, number[]> {
	const out = new Map<string, number[]>();
	for (const dep of DEPARTEMENTS) {
		const janAvr = ['2022-01', '2022-02', '2022-03', '2022-04'];
		const weights = janAvr.map((m) => SEASONALITY[m.slice(5)] * YEAR_FACTOR[m] * random.noise(0.03));
		const exact = largestRemainder(TARGETS.attributionsJanAvr2022[dep], weights);
		// Level of 2021 (per unit of seasonality) implied by January–April 2022.
		const level2021 = TARGETS.attributionsJanAvr2022[dep] / janAvr.reduce((s, m) => s + SEASONALITY[m.slice(5)] * YEAR_FACTOR[m], 0);
		const trend = random.uniform(-0.012, 0.012);
		const series = MONTHS.map((m, i) => {
			const k = janAvr.indexOf(m);
			if (k >= 0) return exact[k];
			const factor = m.startsWith('2021') ? 1 + trend * (i - 6) : LEVEL_2022_AFTER_APRIL;
			return Math.round(level2021 * SEASONALITY[m.slice(5)] * factor * random.noise(0.04));
		});
		out.set(dep, series);
	}
	return out;
}

/** Fills `attributions`, `qpv` and `hors_qpv` of the grid. */
export function fillVolumes(grid: Grid, cells: readonly Cell[], random: Random): void {
	const totals = departementTotals(random);
	for (const dep of DEPARTEMENTS) {
		const depCells = cells.filter((c) => c.codeDepartement === dep);
		totals.get(dep)!.forEach((amount, month) => {
			const parts = largestRemainder(amount, depCells.map((c) => c.poids * random.noise(0.3)));
			depCells.forEach((c, k) => (grid.attributions[month][c.index] = parts[k]));
		});
	}
	MONTHS.forEach((_, month) => {
		for (const c of cells) {
			const a = grid.attributions[month][c.index];
			const q = random.binomial(a, c.partQpv);
			grid.qpv[month][c.index] = q;
			grid.hors_qpv[month][c.index] = a - q;
		}
	});
}
