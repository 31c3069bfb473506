/**
 * Objective vs achieved for one public, by EPCI, at a month-end date: the rows a
 * department's table and the EPCI maps need. Counts only; rates come from src/lib/indicators.
 */
import { query, type Query } from './query';
import { publicSpec } from './publics';
import { realisationSelect } from './realisation-select';
import type { Indicateur } from '../contract/inputs';

export interface EpciRealisationRow {
	niveau: 'epci';
	/** EPCI SIREN. */
	code: string;
	nom: string;
	code_departement: string;
	/** The EPCI's annual objective of the date's year (households); null when none is fixed. */
	objectif: number | null;
	/** Status of the objective row; null when the EPCI has none. */
	statut_objectif: string | null;
	/** Attributions to this public, 1 January → date (households). */
	realise: number;
	/** All attributions over the same months. */
	attributions: number;
	/** Households of this public waiting at the date; null when not observed at EPCI level. */
	stock: number | null;
	/** Households waiting on 1 January of the date's year; null when not observed. */
	stock_debut_annee: number | null;
}

/**
 * @param date month end `YYYY-MM-DD`; attributions are cumulated from 1 January of its year.
 * @param bailleur a bailleur SIREN, or '' for all: its attributions and EPCI objectives, no stock.
 */
export function epciRealisation(indicateur: Indicateur, date: string, bailleur = ''): Query<EpciRealisationRow> {
	publicSpec(indicateur);
	return query<EpciRealisationRow>(
		`epci-realisation:${indicateur}`,
		realisationSelect('epci'),
		[date, indicateur, bailleur]
	);
}
