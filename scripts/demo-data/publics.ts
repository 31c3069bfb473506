/**
 * Attributions to the three publics with objectives: priority households, households
 * leaving shelter, homeless households. Department totals of the calibrated periods are
 * exact; the other periods follow each department's own pace (and objective), with noise.
 */
import { largestRemainder } from './allocate.ts';
import { spread, slots, total, type Grid, type Measure, type Slot } from './grid.ts';
import type { Random } from './random.ts';
import { DEPARTEMENTS, TARGETS, type CodeDepartement } from './targets.ts';
import type { Cell, EpciDemo, Territory } from './territory.ts';

/** 2021 share of priority households by EPCI: these two EPCI are the extremes (7 % and 42 %). */
export const EPCI_PART_PRIORITAIRES_MIN = '246000848'; // CC de la Picardie Verte
export const EPCI_PART_PRIORITAIRES_MAX = '200068047'; // CA Creil Sud Oise
const MEAN_PRIORITAIRES_2021: Record<CodeDepartement, number> = { '02': 0.26, '59': 0.19, '60': 0.19, '62': 0.22, '80': 0.3 };

/** A noise factor per landlord (its propensity to house a public). */
function perBailleur(territory: Territory, random: Random, sigma: number): Map<string, number> {
	const out = new Map<string, number>();
	for (const c of territory.cells) if (!out.has(c.bailleur.siren)) out.set(c.bailleur.siren, random.noise(sigma));
	return out;
}

/**
 * Share of priority households in each EPCI's 2021 attributions (before rounding): noise
 * around the department mean, rescaled so that each department's 2021 share matches its
 * January–May 2022 one (the deck: priority households no longer affected by the deficit).
 */
export function partsPrioritaires2021(epcis: readonly EpciDemo[], volumes2021: Map<string, number>, rateByDep: Map<string, number>, random: Random): Map<string, number> {
	const out = new Map<string, number>();
	const fixed = new Map([[EPCI_PART_PRIORITAIRES_MIN, 0.07], [EPCI_PART_PRIORITAIRES_MAX, 0.42]]);
	for (const dep of DEPARTEMENTS) {
		const members = epcis.filter((e) => e.codeDepartement === dep);
		const drawn = new Map(members.map((e) => [e.siren, fixed.get(e.siren) ?? MEAN_PRIORITAIRES_2021[dep] * random.noise(0.28)]));
		const volume = (e: EpciDemo) => volumes2021.get(e.siren)!;
		const wanted = rateByDep.get(dep)! * members.reduce((s, e) => s + volume(e), 0);
		const fixedPart = members.filter((e) => fixed.has(e.siren)).reduce((s, e) => s + drawn.get(e.siren)! * volume(e), 0);
		const freePart = members.filter((e) => !fixed.has(e.siren)).reduce((s, e) => s + drawn.get(e.siren)! * volume(e), 0);
		const k = (wanted - fixedPart) / freePart;
		for (const e of members) out.set(e.siren, fixed.get(e.siren) ?? Math.min(0.38, Math.max(0.09, drawn.get(e.siren)! * k)));
	}
	return out;
}

type Weight = (s: Slot) => number;
const inDep = (dep: string) => (c: Cell) => c.codeDepartement === dep;

/** Spreads, in each department, `amount(dep, its attributions of the period)` over its cells and months. */
function fillDepartements(grid: Grid, cells: readonly Cell[], measure: Measure, from: string, to: string,
	amount: (dep: CodeDepartement, attributions: number) => number, weight: Weight, cap: (s: Slot) => number): void {
	for (const dep of DEPARTEMENTS) {
		const where = slots(cells, from, to, inDep(dep));
		spread(grid, measure, amount(dep, total(grid, 'attributions', where)), where, weight, cap);
	}
}

/** Fills `prioritaires`; returns the EPCI shares used for 2021. */
export function fillPrioritaires(grid: Grid, territory: Territory, random: Random): Map<string, number> {
	const { cells, epcis } = territory;
	const volumes2021 = new Map(epcis.map((e) => [e.siren, total(grid, 'attributions', slots(cells, '2021-01', '2021-12', (c) => c.epci.siren === e.siren))]));
	const rateJanMai = new Map(DEPARTEMENTS.map((d) => [d as string, TARGETS.prioritairesJanMai2022[d] / total(grid, 'attributions', slots(cells, '2022-01', '2022-05', inDep(d)))]));
	const parts = partsPrioritaires2021(epcis, volumes2021, rateJanMai, random);
	const bailleur = perBailleur(territory, random, 0.25);
	const a = (s: Slot) => grid.attributions[s.month][s.cell.index];
	const weight: Weight = (s) => a(s) * parts.get(s.cell.epci.siren)! * bailleur.get(s.cell.bailleur.siren)!;
	for (const e of epcis) {
		const where = slots(cells, '2021-01', '2021-12', (c) => c.epci.siren === e.siren);
		spread(grid, 'prioritaires', Math.round(parts.get(e.siren)! * volumes2021.get(e.siren)!), where, weight, a);
	}
	const rate2022 = new Map<string, number>();
	fillDepartements(grid, cells, 'prioritaires', '2022-01', '2022-05', (dep, attributions) => {
		rate2022.set(dep, TARGETS.prioritairesJanMai2022[dep] / attributions);
		return TARGETS.prioritairesJanMai2022[dep];
	}, weight, a);
	fillDepartements(grid, cells, 'prioritaires', '2022-06', '2022-12',
		(dep, attributions) => Math.round(attributions * rate2022.get(dep)! * random.uniform(0.96, 1.1)), weight, a);
	return parts;
}

/**
 * Sortants d'hébergement then sans-abri (a household is one or the other, so their sum
 * stays within the attributions of each row).
 */
export function fillSortantsEtSansAbri(grid: Grid, territory: Territory, random: Random): void {
	const { cells } = territory;
	const a = (s: Slot) => grid.attributions[s.month][s.cell.index];
	const urban = { metropole: 1.3, cu: 1.3, ca: 1, cc: 0.6 } as const;
	const publics = [
		{ measure: 'sortants_hebergement', janAvr2022: TARGETS.sortantsJanAvr2022, janAvr2021: TARGETS.sortantsJanAvr2021Region, later2021: 1.08, later2022: 1.22,
			objectif: TARGETS.objectifSortants2022, objectif2021: TARGETS.objectifSortants2021Region / 2100, cap: a },
		{ measure: 'sans_abri', janAvr2022: TARGETS.sansAbriJanAvr2022, janAvr2021: TARGETS.sansAbriJanAvr2021Region, later2021: 1.05, later2022: 1.15,
			objectif: TARGETS.objectifSansAbri2022, objectif2021: TARGETS.objectifSansAbri2021Region / 1150,
			cap: (s: Slot) => a(s) - grid.sortants_hebergement[s.month][s.cell.index] }
	] as const;
	for (const p of publics) {
		const bailleur = perBailleur(territory, random, 0.45);
		const epci = new Map(territory.epcis.map((e) => [e.siren, urban[e.kind] * random.noise(0.3)]));
		const weight: Weight = (s) => a(s) * bailleur.get(s.cell.bailleur.siren)! * epci.get(s.cell.epci.siren)!;
		const rate = new Map<string, number>();
		fillDepartements(grid, cells, p.measure, '2022-01', '2022-04', (dep, attributions) => {
			rate.set(dep, p.janAvr2022[dep] / attributions);
			return p.janAvr2022[dep];
		}, weight, p.cap);
		const depWeights = DEPARTEMENTS.map((dep) => rate.get(dep)! * total(grid, 'attributions', slots(cells, '2021-01', '2021-04', inDep(dep))) * random.noise(0.1));
		const split = largestRemainder(p.janAvr2021, depWeights);
		fillDepartements(grid, cells, p.measure, '2021-01', '2021-04', (dep) => split[DEPARTEMENTS.indexOf(dep)], weight, p.cap);
		// After April: half the department's own pace, half what reaches about its annual objective.
		const later = (dep: CodeDepartement, attributions: number, pace: number, objectif: number, janAvr: number) =>
			Math.round(0.5 * attributions * rate.get(dep)! * pace * random.noise(0.06) + 0.5 * Math.max(0, objectif * random.uniform(0.85, 1.05) - janAvr));
		fillDepartements(grid, cells, p.measure, '2021-05', '2021-12', (dep, attributions) =>
			later(dep, attributions, p.later2021, p.objectif[dep] * p.objectif2021, split[DEPARTEMENTS.indexOf(dep)]), weight, p.cap);
		fillDepartements(grid, cells, p.measure, '2022-05', '2022-12', (dep, attributions) =>
			later(dep, attributions, p.later2022, p.objectif[dep], p.janAvr2022[dep]), weight, p.cap);
	}
}
