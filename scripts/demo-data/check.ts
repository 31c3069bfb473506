/**
 * The calibration check: recomputes every figure of the commission of 16 June 2022 from the
 * generated files and throws a French error naming the first figure that is off.
 */
import type { Cog } from '../lib/cog.ts';
import { checkContract } from './check-contract.ts';
import { attributionFigures, bailleurSortantsRates } from './figures.ts';
import { checkOthers } from './check-others.ts';
import { readTables } from './tables.ts';
import { DEPARTEMENTS, TARGETS } from './targets.ts';

export class CalibrationError extends Error {}

/** Throws `CalibrationError` naming the figure when `actual` differs from `expected`. */
export function expectFigure(figure: string, actual: unknown, expected: unknown): void {
	if (JSON.stringify(actual) !== JSON.stringify(expected)) {
		throw new CalibrationError(`Calage des données de démonstration : « ${figure} » vaut ${JSON.stringify(actual)} au lieu de ${JSON.stringify(expected)}`);
	}
}

const byDep = (values: Record<string, number>) => DEPARTEMENTS.map((d) => values[d]);
const round = Math.round;
const countIn = (values: number[], lo: number, hi: number) => values.filter((v) => v >= lo && v < hi).length;

export function checkCalibration(files: ReadonlyMap<string, string>, cog: Cog): void {
	const tables = readTables(files);
	checkContract(files, tables, cog);
	const f = attributionFigures(tables, cog);
	expectFigure('attributions janvier–avril 2022 par département', byDep(f.attributionsJanAvr2022), byDep(TARGETS.attributionsJanAvr2022));
	expectFigure('ménages prioritaires janvier–mai 2022 par département', byDep(f.prioritairesJanMai2022), byDep(TARGETS.prioritairesJanMai2022));
	expectFigure('part des prioritaires dans les attributions janvier–mai 2022 (%)', round(f.partPrioritairesJanMai2022), TARGETS.partPrioritairesJanMai2022Pct);
	expectFigure("sortants d'hébergement janvier–avril 2022 par département", byDep(f.sortantsJanAvr2022), byDep(TARGETS.sortantsJanAvr2022));
	expectFigure('sans-abri janvier–avril 2022 par département', byDep(f.sansAbriJanAvr2022), byDep(TARGETS.sansAbriJanAvr2022));
	expectFigure("sortants d'hébergement janvier–avril 2021 (région)", f.sortantsJanAvr2021, TARGETS.sortantsJanAvr2021Region);
	expectFigure('sans-abri janvier–avril 2021 (région)', f.sansAbriJanAvr2021, TARGETS.sansAbriJanAvr2021Region);
	const prio = f.partPrioritairesEpci2021;
	expectFigure('part des prioritaires par EPCI en 2021 : nombre d’EPCI', prio.length, cog.epcis.length);
	expectFigure('part des prioritaires par EPCI en 2021 : min et max (%)', [round(Math.min(...prio)), round(Math.max(...prio))], [TARGETS.partPrioritairesEpci2021Pct.min, TARGETS.partPrioritairesEpci2021Pct.max]);
	const rates = bailleurSortantsRates(tables);
	expectFigure('bailleurs par taux de sortants à date au 30 avril 2022', [countIn(rates, 0, 50), countIn(rates, 50, 75), countIn(rates, 75, 100), countIn(rates, 100, Infinity)], [...TARGETS.bandesBailleursSortants]);
	const nearEdge = rates.filter((r) => [50, 75, 100].some((edge) => Math.abs(r - edge) < 1));
	expectFigure('taux de sortants des bailleurs à moins d’un point d’une limite de tranche', nearEdge, []);
	const q1 = [...f.q1.epci.values()];
	const t = TARGETS.horsQpvQ1;
	expectFigure('hors QPV Q1 janvier–avril 2022, région (%)', round(f.q1.region), t.region);
	expectFigure('hors QPV Q1 par EPCI : nombre d’EPCI', q1.length, TARGETS.reforme.perimetre);
	expectFigure('hors QPV Q1 par EPCI : min et max (%)', [round(Math.min(...q1.map((v) => v.janAvr2022))), round(Math.max(...q1.map((v) => v.janAvr2022)))], [t.epciMin, t.epciMax]);
	expectFigure('EPCI à 25 % ou plus hors QPV Q1 (marge d’un point)', [countIn(q1.map((v) => v.janAvr2022), 25, Infinity), countIn(q1.map((v) => v.janAvr2022), 24, 26)], [t.epciAuMoins25, 0]);
	expectFigure('EPCI en baisse hors QPV Q1 sur 2021', q1.filter((v) => v.janAvr2022 < v.annee2021).length, t.epciEnBaisse);
	for (const [label, shares] of [['périmètre', f.q1.bailleurPerimetre], ['tous EPCI', f.q1.bailleurTous]] as const) {
		expectFigure(`hors QPV Q1 par bailleur (${label}) : min et max (%)`, [round(Math.min(...shares)), round(Math.max(...shares))], [t.bailleurMin, t.bailleurMax]);
	}
	expectFigure('QPV Q2–Q4 janvier–avril 2022 (%)', round(f.qpv.q2q4JanAvr2022), TARGETS.qpv.q2q4JanAvr2022);
	expectFigure('QPV Q2–Q4 2021 (%)', round(f.qpv.q2q4Annee2021), TARGETS.qpv.q2q4Annee2021);
	expectFigure('QPV Q4 janvier–avril 2022 (%)', round(f.qpv.q4JanAvr2022), TARGETS.qpv.q4JanAvr2022);
	expectFigure('tous les EPCI du périmètre à 50 % ou plus en QPV Q2–Q4', f.qpv.epciMin >= 50, true);
	checkOthers(tables, expectFigure);
}
