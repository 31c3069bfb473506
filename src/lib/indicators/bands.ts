/**
 * Bands of achievement used by the deck for bailleurs (share of their objective reached
 * at date): 0–50 %, 50–75 %, 75–100 %, ≥ 100 %. Lower bounds included.
 */
export interface Band {
	id: 'moins-50' | '50-75' | '75-100' | 'plus-100';
	label: string;
	/** Lower bound, ratio (0.5 for 50 %). */
	min: number;
}

export const BANDES_REALISATION: readonly Band[] = [
	{ id: 'moins-50', label: 'moins de 50 %', min: 0 },
	{ id: '50-75', label: 'de 50 à 75 %', min: 0.5 },
	{ id: '75-100', label: 'de 75 à 100 %', min: 0.75 },
	{ id: 'plus-100', label: '100 % et plus', min: 1 }
];

/** The band of a rate (ratio); null when the rate is missing (no objective). */
export function bandeDe(taux: number | null): Band | null {
	if (taux == null) return null;
	let found = BANDES_REALISATION[0];
	for (const band of BANDES_REALISATION) if (taux >= band.min) found = band;
	return found;
}

/** How many rates fall in each band, in band order; missing rates are not counted. */
export function repartitionParBande(taux: readonly (number | null)[]): { band: Band; count: number }[] {
	return BANDES_REALISATION.map((band) => ({ band, count: taux.filter((t) => bandeDe(t)?.id === band.id).length }));
}
