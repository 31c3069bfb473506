/**
 * The commission's rates, as the June 2022 deck computes them (see docs/methodologie.md).
 * Every function takes counts summed at the level shown — a region's rate is never an
 * average of its departments' rates — and returns a ratio (0.82 for 82 %), or null when
 * an input is missing: a missing objective yields no rate, never 0.
 */

/** Months elapsed in the year at a month-end date `YYYY-MM-DD` (31 May → 5). */
export function monthsElapsed(date: string): number {
	const month = Number(date.slice(5, 7));
	if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`Date invalide : « ${date} »`);
	return month;
}

/** Objective due at the date, pro rata temporis: annual objective × months elapsed / 12 (households). */
export function objectifADate(objectif: number | null, date: string): number | null {
	return objectif == null ? null : (objectif * monthsElapsed(date)) / 12;
}

/** Rate at date: attributions / (annual objective × months elapsed / 12). Aisne 31 May 2022: 459 / (1343 × 5/12) = 0.82. */
export function tauxADate(realise: number, objectif: number | null, date: string): number | null {
	const due = objectifADate(objectif, date);
	return due == null || due === 0 ? null : realise / due;
}

/** Annual rate: attributions / annual objective. Aisne sortants 30 April 2022: 25 / 130 = 0.19. */
export function tauxAnnuel(realise: number, objectif: number | null): number | null {
	return objectif == null || objectif === 0 ? null : realise / objectif;
}

/** Share of a part in its total ("poids"): 25 sortants / 1 395 attributions = 0.018. Null when the total is 0. */
export function part(partie: number | null, total: number | null): number | null {
	return partie == null || total == null || total === 0 ? null : partie / total;
}

/** Relative change: current / previous − 1 (Somme stock 1 125 / 933 − 1 = 0.21). Null when previous is 0 or missing. */
export function evolution(actuel: number | null, precedent: number | null): number | null {
	return actuel == null || precedent == null || precedent === 0 ? null : actuel / precedent - 1;
}
