/**
 * Where a bailleur stands among its peers, without naming any of them: the sorted values of
 * every bailleur (rates or shares, its own flagged), its rank, and the deck's band counts.
 */
import { repartitionParBande, type Band } from '../indicators/bands';

/** A peer's value, anonymous: only whether it is the bailleur of the sheet. */
export interface PointPair {
	/** Ratio (0.82 for 82 %). */
	valeur: number;
	soi: boolean;
}

export interface PositionPairs {
	/** Values of the bailleurs that have one, ascending (ties: the bailleur itself last). */
	points: PointPair[];
	/** Bailleurs without a value (no objective fixed, no attribution): not placed. */
	sansValeur: number;
	/** All bailleurs of the extracts. */
	total: number;
	/** Rank of the bailleur, 1 = highest value; null when it has no value. */
	rang: number | null;
	/** Bailleurs per band of the deck (0–50 / 50–75 / 75–100 / ≥ 100 %), in band order. */
	bandes: { band: Band; count: number }[];
	/** Bailleurs at or above `cible` (when one is given, e.g. 25 % for the quartile share); null otherwise. */
	auDessusCible: number | null;
}

/**
 * @param valeurs one entry per bailleur of the extracts: its value (null when none) and whether it is the sheet's
 * @param cible optional threshold (ratio) whose reach is counted
 */
export function positionParmiPairs(valeurs: readonly { valeur: number | null; soi: boolean }[], cible: number | null = null): PositionPairs {
	const points = valeurs
		.filter((v): v is PointPair => v.valeur != null)
		.map(({ valeur, soi }) => ({ valeur, soi }))
		.sort((a, b) => a.valeur - b.valeur || Number(a.soi) - Number(b.soi));
	const own = points.find((p) => p.soi);
	return {
		points,
		sansValeur: valeurs.length - points.length,
		total: valeurs.length,
		rang: own ? points.filter((p) => p.valeur > own.valeur).length + 1 : null,
		bandes: repartitionParBande(points.map((p) => p.valeur)),
		auDessusCible: cible == null ? null : points.filter((p) => p.valeur >= cible).length
	};
}
