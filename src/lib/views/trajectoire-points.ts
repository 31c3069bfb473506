/**
 * Cumulated monthly attributions of a year and the year before, against the pro-rata
 * objective line: the points of the trajectory chart and of its table.
 */
import type { TrajectoireRow } from '../queries/trajectoire';

export interface PointTrajectoire {
	/** Month number, 1–12. */
	mois: number;
	/** Cumulated attributions of the year at the end of the month; null after the date shown. */
	cumul: number | null;
	/** Cumulated attributions of the previous year at the end of the same month. */
	cumulPrecedent: number;
	/** Objective due at the end of the month, pro rata temporis (households); null without objective. */
	objectifProrata: number | null;
}

export interface Trajectoire {
	annee: number;
	/** Last month of the year included (month of the date shown). */
	moisFin: number;
	/** Annual objective of the territory; null when not fixed. */
	objectif: number | null;
	points: PointTrajectoire[];
}

export function trajectoireCumulee(rows: readonly TrajectoireRow[], annee: number, moisFin: number, objectif: number | null): Trajectoire {
	const monthly = (year: number, mois: number) => rows.find((r) => r.annee === year && r.mois === mois)?.realise ?? 0;
	let cumul = 0;
	let cumulPrecedent = 0;
	const points: PointTrajectoire[] = [];
	for (let mois = 1; mois <= 12; mois++) {
		cumul += monthly(annee, mois);
		cumulPrecedent += monthly(annee - 1, mois);
		points.push({
			mois,
			cumul: mois <= moisFin ? cumul : null,
			cumulPrecedent,
			objectifProrata: objectif == null ? null : (objectif * mois) / 12
		});
	}
	return { annee, moisFin, objectif, points };
}
