/**
 * Households waiting (stocks) at every month end and on 1 January: by department for the
 * three publics (the deck's values on its dates), and by EPCI for priority households
 * (summing to the department).
 */
import { largestRemainder } from './allocate.ts';
import { STOCK_DATES } from './calendar.ts';
import type { Random } from './random.ts';
import { DEPARTEMENTS, TARGETS, type CodeDepartement } from './targets.ts';
import type { EpciDemo } from './territory.ts';

export interface StockRow {
	date: string;
	niveau: 'departement' | 'epci';
	code_territoire: string;
	public: 'prioritaires' | 'heberges' | 'sans_abri';
	menages: number;
}

type Anchors = Record<string, number>;

/** Anchored values exactly; elsewhere log-linear between anchors with noise. */
function series(anchors: Anchors, random: Random): number[] {
	const dates = Object.keys(anchors).sort();
	const first = dates[0];
	const last = dates[dates.length - 1];
	const points: Anchors = { ...anchors };
	if (!('2021-01-01' in points)) points['2021-01-01'] = Math.round(anchors[first] * random.uniform(0.86, 1.02));
	if (!('2022-12-31' in points)) points['2022-12-31'] = Math.round(anchors[last] * random.uniform(0.97, 1.12));
	const known = Object.keys(points).sort();
	const time = (d: string) => Date.parse(d) / 86_400_000;
	return STOCK_DATES.map((date) => {
		if (date in points) return points[date];
		const after = known.find((k) => k > date)!;
		const before = [...known].reverse().find((k) => k < date)!;
		const f = (time(date) - time(before)) / (time(after) - time(before));
		const value = Math.exp((1 - f) * Math.log(points[before]) + f * Math.log(points[after]));
		return Math.round(value * random.noise(0.025));
	});
}

export function buildStocks(epcis: readonly EpciDemo[], random: Random): StockRow[] {
	const rows: StockRow[] = [];
	const ratio = (a: number, b: number) => a * random.uniform(b * 0.98, b * 1.02);
	for (const dep of DEPARTEMENTS) {
		const d = dep as CodeDepartement;
		const jan = TARGETS.stockPrioritaires20220101[d];
		const prioritaires = series({ '2021-12-31': jan, '2022-01-01': jan, '2022-05-31': TARGETS.stockPrioritaires20220531[d] }, random);
		const heberges = series({ '2022-04-30': TARGETS.stockHeberges20220430[d], '2022-01-01': Math.round(ratio(TARGETS.stockHeberges20220430[d], 0.95)) }, random);
		const sansAbri = series({ '2022-04-30': TARGETS.stockSansAbri20220430[d], '2022-01-01': Math.round(ratio(TARGETS.stockSansAbri20220430[d], 0.93)) }, random);
		STOCK_DATES.forEach((date, i) => {
			rows.push({ date, niveau: 'departement', code_territoire: dep, public: 'prioritaires', menages: prioritaires[i] });
			rows.push({ date, niveau: 'departement', code_territoire: dep, public: 'heberges', menages: heberges[i] });
			rows.push({ date, niveau: 'departement', code_territoire: dep, public: 'sans_abri', menages: sansAbri[i] });
		});
		// EPCI shares drift slowly around their weight in the department.
		const members = epcis.filter((e) => e.codeDepartement === dep);
		const base = members.map((e) => e.poids * random.noise(0.3));
		const drift = members.map(() => random.uniform(-0.1, 0.1));
		STOCK_DATES.forEach((date, i) => {
			const t = i / (STOCK_DATES.length - 1);
			const parts = largestRemainder(prioritaires[i], base.map((w, k) => w * (1 + drift[k] * t) * random.noise(0.03)));
			members.forEach((e, k) => rows.push({ date, niveau: 'epci', code_territoire: e.siren, public: 'prioritaires', menages: parts[k] }));
		});
	}
	const key = (r: StockRow) => `${r.date}|${r.niveau}|${r.code_territoire}|${r.public}`;
	return rows.sort((a, b) => key(a).localeCompare(key(b)));
}
