/**
 * Each bailleur's objective and attributions for one public at a date, over the
 * whole region: the deck's distribution of bailleurs by share of objective reached.
 */
import { query, type Query } from './query';
import { publicSpec } from './publics';
import type { Indicateur } from '../contract/inputs';

export interface BailleurRealisationRow {
	siren: string;
	nom_court: string;
	/** Sum of the bailleur's own objectives for the year (households); null when any is not fixed, or none exists. */
	objectif: number | null;
	/** Attributions to this public by the bailleur, 1 January → date. */
	realise: number;
	/** All its attributions over the same months. */
	attributions: number;
}

export function bailleursRealisation(indicateur: Indicateur, date: string): Query<BailleurRealisationRow> {
	publicSpec(indicateur);
	return query<BailleurRealisationRow>(
		`bailleurs-realisation:${indicateur}`,
		`SELECT b.siren, b.nom_court, r.objectif, COALESCE(r.realise, 0)::INTEGER AS realise, COALESCE(r.attributions, 0)::INTEGER AS attributions
FROM bailleurs b
LEFT JOIN realisations_bailleurs r ON r.d = $1::DATE AND r.indicateur = $2 AND r.siren = b.siren AND r.code_departement = ''
ORDER BY b.nom_court, b.siren`,
		[date, indicateur]
	);
}
