/**
 * Mixité sociale (loi Égalité et Citoyenneté): attributions in and outside QPV, the
 * 1st-quartile households outside QPV and the quartiles 2–4 in QPV. Over the 40 EPCI
 * of the reform, January–April 2022 and 2021 hit the deck's figures exactly.
 */
import { MONTHS, monthsUpTo } from './calendar.ts';
import { type Cell, Grid, monthIndexes } from './cells.ts';
import type { Rng } from './random.ts';
import { roomFor, spread, spreadGroups } from './spread.ts';
import { REFORME } from './targets.ts';

/** Quartile-1 share outside QPV, January–April 2022, of the EPCI pinned by the deck. */
export const EPCI_Q1_PINNED: Record<string, number> = {
	'CA du Pays de Saint-Omer': 0.37,
	'CU de Dunkerque': 0.272,
	'CA de la Région de Château-Thierry': 0.266,
	'CA Creil Sud Oise': 0.07
};
const MEL = 'Métropole Européenne de Lille';

export interface QpvOptions {
	/** Landlord with the highest quartile-1 share (33 %) and the one at 0 %, January–April 2022. */
	bailleurMax: number;
	bailleurZero: number;
}

const JAN_AVR_22 = monthIndexes(monthsUpTo(2022, 4));
const Y2021 = monthIndexes(monthsUpTo(2021, 12));
const LATER_2022 = MONTHS.map((_, i) => i).filter((i) => i >= MONTHS.indexOf('2022-05'));

/** Whole targets per EPCI from rates, the adjusted EPCI absorbing the gap to the region rate. */
function exactTargets(wholes: number[], rates: number[], regionRate: number, adjusted: number): number[] {
	const parts = wholes.map((w, i) => Math.round(w * rates[i]));
	const total = wholes.reduce((s, w) => s + w, 0);
	parts[adjusted] = Math.round(regionRate * total - parts.reduce((s, p, i) => (i === adjusted ? s : s + p), 0));
	if (parts[adjusted] < 0 || parts[adjusted] > wholes[adjusted]) throw new Error('Calage régional QPV impossible');
	return parts;
}

/** In-QPV attributions per cell (perimeter EPCI only: outside it, no QPV). */
function fillQpv(grid: Grid, rng: Rng): void {
	const propensity = Array.from({ length: 64 }, () => rng.lognormal(0.3));
	grid.epcis.forEach((e, ei) => {
		const share = e.perimetre ? Math.min(0.6, Math.max(0.15, (e.nom === MEL ? 0.42 : 0.32) * rng.lognormal(0.25))) : 0;
		MONTHS.forEach((_, m) => {
			const cells = grid.byEpciMonth[ei][m];
			const total = cells.reduce((s, c) => s + c.attributions, 0);
			if (share > 0) spread(Math.min(total, Math.round(total * share * rng.lognormal(0.1))), cells, 'qpv', (c) => c.attributions * propensity[c.bailleur], roomFor('qpv'));
			for (const c of cells) c.hors_qpv = c.attributions - c.qpv;
		});
	});
}

/** Per-cell rounding of a rate, for months without calibration. */
function fillFree(cells: Cell[], field: 'hors_qpv_q1' | 'qpv_q2_q4' | 'qpv_q4', whole: (c: Cell) => number, rate: (c: Cell) => number, rng: Rng): void {
	for (const c of cells) c[field] = Math.min(whole(c), Math.round(whole(c) * rate(c) * rng.lognormal(0.2)));
}

export function fillMixite(grid: Grid, options: QpvOptions, rng: Rng): void {
	fillQpv(grid, rng);
	const perimeter = grid.epcis.flatMap((e, i) => (e.perimetre ? [i] : []));
	const mel = perimeter.findIndex((i) => grid.epcis[i].nom === MEL);
	const bailleurFactor = new Map<number, number>();
	const factor = (b: number) => {
		if (b === options.bailleurZero) return 0.3;
		if (!bailleurFactor.has(b)) bailleurFactor.set(b, rng.lognormal(0.3));
		return bailleurFactor.get(b)!;
	};
	const sumOver = (i: number, months: number[], k: 'hors_qpv' | 'qpv') => grid.sum(grid.cellsOf(i, months), k);

	// Quartile 1 outside QPV, January–April 2022.
	const h22 = perimeter.map((i) => sumOver(i, JAN_AVR_22, 'hors_qpv'));
	const t22 = perimeter.map((i, k) => EPCI_Q1_PINNED[grid.epcis[i].nom] ?? clampRate(rng.uniform(0.1, 0.225), h22[k], 0.08, 0.235));
	const q1Targets = exactTargets(h22, t22, REFORME.horsQpvQ1.regionPct / 100, mel);
	const maxCells = perimeter.flatMap((i) => grid.cellsOf(i, JAN_AVR_22)).filter((c) => c.bailleur === options.bailleurMax);
	spread(Math.round(0.33 * maxCells.reduce((s, c) => s + c.hors_qpv, 0)), maxCells, 'hors_qpv_q1', (c) => c.hors_qpv, (c) => c.hors_qpv);
	perimeter.forEach((i, k) => {
		const cells = grid.cellsOf(i, JAN_AVR_22);
		const done = cells.reduce((s, c) => s + c.hors_qpv_q1, 0);
		const others = cells.filter((c) => c.bailleur !== options.bailleurMax && c.bailleur !== options.bailleurZero);
		spread(q1Targets[k] - done, others, 'hors_qpv_q1', (c) => c.hors_qpv * factor(c.bailleur), (c) => c.hors_qpv);
	});

	// Quartile 1 outside QPV, 2021: exactly 9 EPCI did better in 2021 than in early 2022.
	const decliners = new Set(rng.shuffle(perimeter.filter((i) => !(grid.epcis[i].nom in EPCI_Q1_PINNED) && grid.epcis[i].nom !== MEL)).slice(0, REFORME.horsQpvQ1.epciEnBaisse));
	perimeter.forEach((i, k) => {
		const realised = q1Targets[k] / h22[k];
		const delta = rng.uniform(0.025, 0.06);
		const rate2021 = Math.max(0.03, decliners.has(i) ? realised + delta : realised - delta);
		const cells = grid.cellsOf(i, Y2021);
		const h = cells.reduce((s, c) => s + c.hors_qpv, 0);
		spreadGroups(Math.round(rate2021 * h), [{ cells, weight: 1 }], 'hors_qpv_q1', (c) => c.hors_qpv * factor(c.bailleur), (c) => c.hors_qpv);
		fillFree(grid.cellsOf(i, LATER_2022), 'hors_qpv_q1', (c) => c.hors_qpv, (c) => realised * Math.sqrt(factor(c.bailleur)), rng);
	});
	grid.epcis.forEach((e, i) => {
		if (e.perimetre) return;
		const rate = rng.uniform(0.1, 0.24);
		const cells = grid.cellsOf(i, MONTHS.map((_, m) => m));
		fillFree(cells, 'hors_qpv_q1', (c) => c.hors_qpv, (c) => (c.bailleur === options.bailleurZero && JAN_AVR_22.includes(c.month) ? 0 : rate * Math.sqrt(factor(c.bailleur))), rng);
	});

	// Quartiles 2–4 (and 4) in QPV.
	for (const [months, regionQ24, regionQ4] of [[JAN_AVR_22, REFORME.qpv.q2q4Pct2022, REFORME.qpv.q4Pct2022], [Y2021, REFORME.qpv.q2q4Pct2021, 22]] as const) {
		const q = perimeter.map((i) => sumOver(i, [...months], 'qpv'));
		const q24 = exactTargets(q, perimeter.map(() => rng.uniform(0.63, 0.88)), regionQ24 / 100, mel);
		const q4 = exactTargets(q24, perimeter.map(() => rng.uniform(0.24, 0.38)), regionQ4 / 100 * (q.reduce((s, x) => s + x, 0) / q24.reduce((s, x) => s + x, 0)), mel);
		perimeter.forEach((i, k) => {
			const cells = grid.cellsOf(i, [...months]);
			spread(q24[k], cells, 'qpv_q2_q4', (c) => c.qpv, (c) => c.qpv);
			spread(q4[k], cells, 'qpv_q4', (c) => c.qpv_q2_q4, (c) => c.qpv_q2_q4);
			if (months === JAN_AVR_22) {
				const later = grid.cellsOf(i, LATER_2022);
				fillFree(later, 'qpv_q2_q4', (c) => c.qpv, () => Math.min(0.95, q24[k] / Math.max(1, q[k])), rng);
				fillFree(later, 'qpv_q4', (c) => c.qpv_q2_q4, () => 0.3, rng);
			}
		});
	}
}

/** A rate drawn for an EPCI, nudged so that its whole count keeps it inside [lo, hi]. */
function clampRate(rate: number, whole: number, lo: number, hi: number): number {
	if (whole === 0) return rate;
	const count = Math.min(Math.floor(hi * whole), Math.max(Math.ceil(lo * whole), Math.round(rate * whole)));
	return count / whole;
}
