/**
 * Egalité-Citoyenneté counts: hors QPV lettings to 1st-quartile households, QPV lettings
 * to quartiles 2–4 and to the 4th quartile. Totals are fixed by EPCI and period from the
 * plan, then spread over the EPCI's cells.
 */
import { allocateCapped } from './allocate.ts';
import { bailleurByNomCourt } from './bailleurs.ts';
import { spread, slots, total, type Grid, type Measure, type Slot } from './grid.ts';
import { planQuartileRates, q1Bounds, Q1_BAILLEUR, Q1_EPCI, type EpciRates } from './quartile-plan.ts';
import type { Random } from './random.ts';
import { TARGETS } from './targets.ts';
import type { EpciDemo, Territory } from './territory.ts';

const PERIODS = [
	{ key: 'annee2021', from: '2021-01', to: '2021-12' },
	{ key: 'janAvr2022', from: '2022-01', to: '2022-04' },
	{ key: 'suite2022', from: '2022-05', to: '2022-12' }
] as const;
type PeriodKey = (typeof PERIODS)[number]['key'];

/** Regional goals over the perimeter EPCI (fraction), met by adjusting the balancing EPCI. */
const REGION_GOALS: Partial<Record<string, number>> = {
	'q1/janAvr2022': TARGETS.horsQpvQ1.region / 100,
	'q2q4/janAvr2022': TARGETS.qpv.q2q4JanAvr2022 / 100,
	'q2q4/annee2021': TARGETS.qpv.q2q4Annee2021 / 100,
	'q4/janAvr2022': TARGETS.qpv.q4JanAvr2022 / 100
};

interface Indicator { key: keyof EpciRates; measure: Measure; base: Measure; cap: Measure }
const INDICATORS: Indicator[] = [
	{ key: 'q2q4', measure: 'qpv_q2_q4', base: 'qpv', cap: 'qpv' },
	{ key: 'q4', measure: 'qpv_q4', base: 'qpv', cap: 'qpv_q2_q4' },
	{ key: 'q1', measure: 'hors_qpv_q1', base: 'hors_qpv', cap: 'hors_qpv' }
];

/** Whole-household targets by EPCI for one indicator and period. */
function epciTargets(grid: Grid, territory: Territory, rates: Map<string, EpciRates>, ind: Indicator, period: (typeof PERIODS)[number]) {
	const base = new Map<string, number>();
	const targets = new Map<string, number>();
	for (const e of territory.epcis) {
		const b = total(grid, ind.base, slots(territory.cells, period.from, period.to, (c) => c.epci.siren === e.siren));
		base.set(e.siren, b);
		let t = Math.round(rates.get(e.siren)![ind.key][period.key] * b);
		if (ind.key === 'q2q4' && e.perimetre) t = Math.max(t, Math.ceil(b / 2));
		if (ind.key === 'q1' && period.key === 'janAvr2022' && e.perimetre && e.siren !== Q1_EPCI.balance) t = fitShare(t, b, q1Bounds(e.siren), e.nom);
		targets.set(e.siren, t);
	}
	const goal = REGION_GOALS[`${ind.key}/${period.key}`];
	if (goal !== undefined) {
		const perimetre = territory.epcis.filter((e) => e.perimetre);
		const all = perimetre.reduce((s, e) => s + base.get(e.siren)!, 0);
		const others = perimetre.filter((e) => e.siren !== Q1_EPCI.balance).reduce((s, e) => s + targets.get(e.siren)!, 0);
		targets.set(Q1_EPCI.balance, Math.round(goal * all) - others);
	}
	return { base, targets };
}

/** The whole number nearest to `t` whose share of `base` lies within `bounds`. */
function fitShare(t: number, base: number, [lo, hi]: [number, number], nom: string): number {
	const fits = (x: number) => x >= 0 && x <= base && x / base >= lo && x / base <= hi;
	for (let d = 0; d <= base; d++) {
		if (fits(t - d)) return t - d;
		if (fits(t + d)) return t + d;
	}
	throw new Error(`Part hors QPV Q1 impossible à caler pour ${nom} (${base} attributions hors QPV)`);
}

/** Moves 2021 hors QPV Q1 targets so that each perimeter EPCI goes the planned way versus 2022. */
function enforceDirection(epcis: readonly EpciDemo[], t21: Map<string, number>, b21: Map<string, number>, t22: Map<string, number>, b22: Map<string, number>) {
	for (const e of epcis.filter((x) => x.perimetre)) {
		const down = Q1_EPCI.enBaisse.includes(e.siren);
		const r22 = t22.get(e.siren)! / b22.get(e.siren)!;
		let t = t21.get(e.siren)!;
		const b = b21.get(e.siren)!;
		while (down ? t / b < r22 + 0.01 && t < b : t / b > r22 - 0.01 && t > 0) t += down ? 1 : -1;
		t21.set(e.siren, t);
	}
}

export function fillQuartiles(grid: Grid, territory: Territory, random: Random): void {
	const rates = planQuartileRates(territory.epcis, random);
	const zero = bailleurByNomCourt(Q1_BAILLEUR.zero).siren;
	const max = bailleurByNomCourt(Q1_BAILLEUR.max).siren;
	const factor = new Map(territory.cells.map((c) => [c.bailleur.siren, Math.min(1.3, Math.max(0.75, random.noise(0.2)))]));
	for (const ind of INDICATORS) {
		const plans = new Map(PERIODS.map((p) => [p.key, epciTargets(grid, territory, rates, ind, p)]));
		if (ind.key === 'q1') {
			const [p21, p22] = [plans.get('annee2021')!, plans.get('janAvr2022')!];
			enforceDirection(territory.epcis, p21.targets, p21.base, p22.targets, p22.base);
		}
		for (const period of PERIODS) {
			const { targets } = plans.get(period.key)!;
			const cap = (s: Slot) => grid[ind.cap][s.month][s.cell.index];
			const special = ind.key === 'q1' && period.key === 'janAvr2022';
			const weight = (s: Slot) => {
				const f = s.cell.bailleur.siren === zero ? (special ? 0 : 0.4) : s.cell.bailleur.siren === max ? 1.5 : factor.get(s.cell.bailleur.siren)!;
				return grid[ind.base][s.month][s.cell.index] * f;
			};
			const fixed = special ? maxBailleurAmounts(grid, territory, targets, max, period) : new Map<string, number>();
			for (const e of territory.epcis) {
				const where = slots(territory.cells, period.from, period.to, (c) => c.epci.siren === e.siren);
				const own = fixed.get(e.siren) ?? 0;
				if (own > 0) spread(grid, ind.measure, own, where.filter((s) => s.cell.bailleur.siren === max), weight, cap);
				const rest = special ? where.filter((s) => s.cell.bailleur.siren !== max) : where;
				spread(grid, ind.measure, targets.get(e.siren)! - own, rest, weight, cap);
			}
		}
	}
}

/** The landlord with the highest share gets exactly `maxRate` of its hors QPV lettings, spread over its EPCI. */
function maxBailleurAmounts(grid: Grid, territory: Territory, targets: Map<string, number>, siren: string, period: { from: string; to: string }) {
	const epcis = territory.epcis.filter((e) => territory.cells.some((c) => c.epci.siren === e.siren && c.bailleur.siren === siren));
	const volumes = epcis.map((e) => total(grid, 'hors_qpv', slots(territory.cells, period.from, period.to, (c) => c.epci.siren === e.siren && c.bailleur.siren === siren)));
	const goal = Math.round(Q1_BAILLEUR.maxRate * volumes.reduce((s, v) => s + v, 0));
	const parts = allocateCapped(goal, volumes, epcis.map((e, k) => Math.min(volumes[k], targets.get(e.siren)!)));
	return new Map(epcis.map((e, k) => [e.siren, parts[k]]));
}
