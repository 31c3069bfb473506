/**
 * The attribution reform's indicators, from the counts of the reform queries: steps of
 * progress, targets of the Egalité-Citoyenneté law, shares and the small-denominator flag.
 * Pure functions, shared by the page, its components and the tests.
 */
import { part } from '../indicators/rates';
import type { ReformeAvancementRow } from '../queries/reforme-avancement';
import type { QuartilesCounts } from '../queries/reforme-quartiles';

/**
 * A share built on fewer attributions than this is shown greyed with a written warning:
 * the deck warns that « les volumes hors QPV sont parfois très faibles ». Attributions (count).
 */
export const SEUIL_PETIT_EFFECTIF = 20;

/** Law's target: share of outside-QPV attributions to 1st-quartile households and NPNRU rehousing (ratio). */
export const CIBLE_HORS_QPV_Q1 = 0.25;

/** Law's target: share of in-QPV attributions to quartiles 2 to 4, at least (ratio). */
export const CIBLE_QPV_Q2_Q4 = 0.5;

export type EtapeKey = 'premiere_cil' | 'orientations' | 'cia' | 'ppgdid';

/** A step of the reform: its flag and date columns in {@link ReformeAvancementRow}, its French label. */
export interface Etape {
	key: EtapeKey;
	dateKey: `date_${EtapeKey}`;
	label: string;
}

/** The four dated steps, in the deck's order. */
export const ETAPES: readonly Etape[] = [
	{ key: 'premiere_cil', dateKey: 'date_premiere_cil', label: '1re CIL tenue' },
	{ key: 'orientations', dateKey: 'date_orientations', label: 'Adoption des orientations cadre' },
	{ key: 'cia', dateKey: 'date_cia', label: "Convention intercommunale d'attribution (CIA) signée" },
	{ key: 'ppgdid', dateKey: 'date_ppgdid', label: 'Adoption du PPGDID' }
];

/** How many EPCI reached a step at the date, and their share of the perimeter (ratio; null for an empty perimeter). */
export interface EtapeCompte {
	etape: Etape;
	count: number;
	share: number | null;
}

export function compterEtapes(rows: readonly ReformeAvancementRow[]): EtapeCompte[] {
	return ETAPES.map((etape) => {
		const count = rows.filter((r) => r[etape.key]).length;
		return { etape, count, share: part(count, rows.length) };
	});
}

/** Cumulative number of EPCI having reached each step at the end of each year (up to the date, included). */
export interface CumulAnnuel {
	annee: number;
	/** Cut-off `YYYY-MM-DD`: 31 December, or the date for its own year. */
	jusquau: string;
	counts: Record<EtapeKey, number>;
}

/** From the first year any step was reached to the date's year. */
export function cumulParAnnee(rows: readonly ReformeAvancementRow[], date: string): CumulAnnuel[] {
	const fin = Number(date.slice(0, 4));
	const dates = rows.flatMap((r) => ETAPES.map((e) => r[e.dateKey])).filter((d): d is string => d != null && d <= date);
	const debut = dates.length ? Math.min(...dates.map((d) => Number(d.slice(0, 4)))) : fin;
	const years = Array.from({ length: fin - debut + 1 }, (_, i) => debut + i);
	return years.map((annee) => {
		const jusquau = annee === fin ? date : `${annee}-12-31`;
		const counts = Object.fromEntries(
			ETAPES.map((e) => [e.key, rows.filter((r) => r[e.dateKey] != null && r[e.dateKey]! <= jusquau).length])
		) as Record<EtapeKey, number>;
		return { annee, jusquau, counts };
	});
}

/** Share of outside-QPV attributions to 1st-quartile households and NPNRU rehousing (ratio); null without attributions. */
export const partHorsQpvQ1 = (c: QuartilesCounts): number | null => part(c.hors_qpv_q1, c.hors_qpv);

/** Share of in-QPV attributions to quartiles 2 to 4 (ratio); null without attributions. */
export const partQpvQ2Q4 = (c: QuartilesCounts): number | null => part(c.qpv_q2_q4, c.qpv);

/** Share of in-QPV attributions to the 4th quartile (ratio); null without attributions. */
export const partQpvQ4 = (c: QuartilesCounts): number | null => part(c.qpv_q4, c.qpv);

/** The EPCI's outside-QPV target (ratio): the rate set in its CIA (% in the extract), else the law's 25 %. */
export function cibleHorsQpv(tauxCible: number | null | undefined): number {
	return tauxCible == null ? CIBLE_HORS_QPV_Q1 : tauxCible / 100;
}

/** Whether a share rests on too few attributions to be read as a rate (see {@link SEUIL_PETIT_EFFECTIF}). */
export function petitEffectif(denominateur: number): boolean {
	return denominateur < SEUIL_PETIT_EFFECTIF;
}

/** Whether the share reaches the target; null when the share is missing. */
export function atteint(share: number | null, cible: number): boolean | null {
	return share == null ? null : share >= cible;
}
