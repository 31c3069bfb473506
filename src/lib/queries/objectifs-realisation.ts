/**
 * Objective vs achieved for one public, by department and for the region, at a
 * month-end date: the commission's tables (priority households, sortants
 * d'hébergement, sans-abri). Counts only; rates are computed in src/lib/indicators.
 */
import { query, type Query } from './query';
import { publicSpec } from './publics';
import { realisationSelect } from './realisation-select';
import type { Indicateur } from '../contract/inputs';

export interface ObjectifRealisationRow {
	niveau: 'departement' | 'region';
	code: string;
	nom: string;
	/** Annual objective of the date's year, households; null when not fixed (or, for the region, when any department's is not). */
	objectif: number | null;
	/** 'fixe', 'en cours de finalisation', …; null when no objective row exists. */
	statut_objectif: string | null;
	/** Attributions to this public from 1 January to the date (households). */
	realise: number;
	/** All attributions over the same months (households). */
	attributions: number;
	/** Households of this public waiting at the date; null when not observed. */
	stock: number | null;
	/** Households of this public waiting on 1 January of the date's year; null when not observed. */
	stock_debut_annee: number | null;
}

/**
 * @param date month end `YYYY-MM-DD`; attributions are cumulated from 1 January of its year.
 * @param bailleur a bailleur SIREN, or '' for all: with a bailleur, its own objectives and
 * attributions, only the departments where it has either, and no stock (stocks are territorial).
 */
export function objectifsRealisation(indicateur: Indicateur, date: string, bailleur = ''): Query<ObjectifRealisationRow> {
	publicSpec(indicateur);
	return query<ObjectifRealisationRow>(
		`objectifs-realisation:${indicateur}`,
		realisationSelect('departements'),
		[date, indicateur, bailleur]
	);
}
