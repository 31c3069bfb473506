/**
 * Progress of the attribution reform by EPCI: 40 EPCI in the perimeter; at 30 April 2022,
 * first CIL held by 30, orientations adopted by 27, CIA signed by 20, PPGDID adopted by 19
 * (nested steps), scoring active in 4.
 */
import { COTATION_ACTIVE, EPCI } from './epci-codes.ts';
import type { Random } from './random.ts';
import { TARGETS } from './targets.ts';
import type { EpciDemo } from './territory.ts';

export interface ReformeRow {
	siren_epci: string;
	perimetre: boolean;
	date_premiere_cil: string | null;
	date_orientations: string | null;
	date_cia: string | null;
	date_ppgdid: string | null;
	cotation_active: boolean;
	taux_cible_hors_qpv_q1: number | null;
}

/** As-of date of the deck's reform figures. */
export const DATE_BILAN_REFORME = '2022-04-30';
/** EPCI whose CIA sets a hors QPV Q1 target other than 25 % (%). */
export const TAUX_CIBLES_CIA: Readonly<Record<string, number>> = { [EPCI.lens]: 20, [EPCI.bethune]: 20 };
/** CU de Dunkerque: plan revised with the scoring, voted on 1 July 2021 (deck). */
const PPGDID_DUNKERQUE = '2021-07-01';
const CIL_DUNKERQUE = '2016-03-24';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const BILAN = Date.parse(DATE_BILAN_REFORME);

/** A date `min`…`max` days after `from`, kept before (`done`) or after the as-of date (null if past 2022). */
function after(random: Random, from: string, min: number, max: number, done: boolean): string | null {
	const start = Date.parse(from) + min * DAY;
	const end = Math.min(Date.parse(from) + max * DAY, BILAN - 9 * DAY);
	const [lo, hi] = done ? [Math.min(start, end), end] : [Math.max(start, BILAN + 20 * DAY), Date.parse('2022-12-15')];
	if (lo > hi) return null;
	return iso(lo + Math.floor(random.next() * Math.max(1, (hi - lo) / DAY)) * DAY);
}

export function buildReforme(epcis: readonly EpciDemo[], random: Random): ReformeRow[] {
	const { cil, orientations, cia, ppgdid } = TARGETS.reforme;
	const kindRank = { metropole: 0, cu: 0, ca: 1, cc: 2 } as const;
	const ranked = epcis
		.filter((e) => e.perimetre)
		// Scoring needs an adopted PPGDID, a CIA target a signed CIA: those EPCI come first.
		.map((e) => ({ e, score: COTATION_ACTIVE.includes(e.siren) ? -2 : e.siren in TAUX_CIBLES_CIA ? -1 : kindRank[e.kind] + random.uniform(0, 1.6) }))
		.sort((a, b) => a.score - b.score)
		.map((x) => x.e);
	const rank = new Map(ranked.map((e, i) => [e.siren, i]));
	return epcis
		.map((e): ReformeRow => {
			const i = rank.get(e.siren);
			if (i === undefined) {
				return { siren_epci: e.siren, perimetre: false, date_premiere_cil: null, date_orientations: null, date_cia: null,
					date_ppgdid: null, cotation_active: false, taux_cible_hors_qpv_q1: null };
			}
			const cilDate = e.siren === EPCI.dunkerque ? CIL_DUNKERQUE : i < cil ? iso(Date.parse('2015-09-01') + Math.floor(random.next() * 2200) * DAY) : random.next() < 0.5 ? after(random, '2022-05-01', 0, 0, false) : null;
			const orientDate = cilDate && (i < orientations || random.next() < 0.6) ? after(random, cilDate, 90, 700, i < orientations) : null;
			const ciaDate = orientDate && (i < cia || random.next() < 0.5) ? after(random, orientDate, 60, 600, i < cia) : null;
			const ppgdidDate = e.siren === EPCI.dunkerque ? PPGDID_DUNKERQUE
				: cilDate && (i < ppgdid || random.next() < 0.4) ? after(random, cilDate, 120, 1500, i < ppgdid) : null;
			return {
				siren_epci: e.siren, perimetre: true, date_premiere_cil: cilDate, date_orientations: orientDate, date_cia: ciaDate,
				date_ppgdid: ppgdidDate, cotation_active: COTATION_ACTIVE.includes(e.siren), taux_cible_hors_qpv_q1: TAUX_CIBLES_CIA[e.siren] ?? null
			};
		})
		.sort((a, b) => a.siren_epci.localeCompare(b.siren_epci));
}
