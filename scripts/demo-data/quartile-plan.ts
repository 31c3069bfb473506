/**
 * Rates of the Egalité-Citoyenneté indicators by EPCI and period, chosen so that the
 * deck's figures come out: hors QPV Q1 from 7 % to 37 % by EPCI (3 EPCI ≥ 25 %, 9 down
 * on 2021), the Métropole balancing the region to 18 %.
 */
import { EPCI } from './epci-codes.ts';
import type { Random } from './random.ts';
import type { EpciDemo } from './territory.ts';

/** EPCI with the extreme January–April 2022 hors QPV Q1 shares. */
export const Q1_EPCI = {
	min: EPCI.caudresis,
	/** The first one has the largest share (37 %). */
	auMoins25: [EPCI.chateauThierry, EPCI.sablons, EPCI.retzEnValois] as readonly string[],
	/** Their January–April 2022 share is below 2021. */
	enBaisse: [EPCI.chauny, EPCI.laon, EPCI.coeurOstrevent, EPCI.maubeuge, EPCI.beauvaisis,
		EPCI.heninCarvin, EPCI.boulonnais, EPCI.baieDeSomme, EPCI.pevele] as readonly string[],
	/** Balances the regional totals (its volume is the largest). */
	balance: EPCI.mel
};
const HIGH_RATES = [0.37, 0.3, 0.285];

/** Allowed January–April 2022 hors QPV Q1 share of a perimeter EPCI (margins kept off the rounding edges). */
export function q1Bounds(siren: string): [number, number] {
	if (siren === Q1_EPCI.min) return [0.065, 0.0749];
	const high = Q1_EPCI.auMoins25.indexOf(siren);
	if (high === 0) return [0.365, 0.3749];
	if (high > 0) return [0.26, 0.34];
	return [0.085, 0.235];
}

/** Landlords with the extreme regional hors QPV Q1 shares, January–April 2022 (by short name). */
export const Q1_BAILLEUR = { zero: 'Habitat St-Quentinois', max: 'Cottage', maxRate: 0.33 } as const;

export interface EpciRates {
	/** hors_qpv_q1 / hors_qpv. */
	q1: { annee2021: number; janAvr2022: number; suite2022: number };
	/** qpv_q2_q4 / qpv. */
	q2q4: { annee2021: number; janAvr2022: number; suite2022: number };
	/** qpv_q4 / qpv. */
	q4: { annee2021: number; janAvr2022: number; suite2022: number };
}

/** Target rates by EPCI (before rounding to whole households). */
export function planQuartileRates(epcis: readonly EpciDemo[], random: Random): Map<string, EpciRates> {
	const out = new Map<string, EpciRates>();
	for (const e of epcis) {
		let q1 = e.perimetre ? random.uniform(0.11, 0.23) : random.uniform(0.1, 0.28);
		const high = Q1_EPCI.auMoins25.indexOf(e.siren);
		if (high >= 0) q1 = HIGH_RATES[high];
		if (e.siren === Q1_EPCI.min) q1 = 0.07;
		if (e.siren === EPCI.dunkerque || e.siren === EPCI.hautsDeFlandre || e.siren === EPCI.coeurFlandre || e.siren === EPCI.flandreLys)
			q1 = Math.max(q1, random.uniform(0.19, 0.23));
		const down = Q1_EPCI.enBaisse.includes(e.siren);
		const q1In2021 = e.perimetre
			? down ? q1 + random.uniform(0.035, 0.07) : Math.max(0.03, q1 - random.uniform(0.025, 0.06))
			: q1 * random.noise(0.15);
		const q2q4 = e.perimetre ? random.uniform(0.64, 0.86) : random.uniform(0.55, 0.9);
		const q4 = random.uniform(0.15, 0.3);
		out.set(e.siren, {
			q1: { annee2021: q1In2021, janAvr2022: q1, suite2022: q1 * random.noise(0.08) },
			q2q4: { annee2021: Math.min(0.92, q2q4 + random.uniform(-0.01, 0.06)), janAvr2022: q2q4, suite2022: q2q4 * random.noise(0.04) },
			q4: { annee2021: random.uniform(0.15, 0.32), janAvr2022: q4, suite2022: q4 * random.noise(0.08) }
		});
	}
	return out;
}
