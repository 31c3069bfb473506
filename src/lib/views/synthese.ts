/**
 * The data of the synthèse régionale (home page) at a date: the same function runs at
 * build time on native DuckDB (figures prerendered into the HTML) and in the browser on
 * DuckDB-wasm when the date changes. Pages never write SQL: they call views like this one.
 */
import type { QueryRunner } from '../queries/query';
import { INDICATEURS, type Indicateur } from '../contract/inputs';
import { PUBLICS } from '../queries/publics';
import { objectifsRealisation, type ObjectifRealisationRow } from '../queries/objectifs-realisation';
import { fnavdlCouverture, type FnavdlCouvertureRow } from '../queries/fnavdl-couverture';
import { attributionsParEpci, type AttributionsEpciRow } from '../queries/attributions-epci';
import { trajectoire } from '../queries/trajectoire';
import { trajectoireCumulee, type Trajectoire } from './trajectoire-points';
import { monthsElapsed } from '../indicators/rates';
import { CODE_REGION } from './territoire-lignes';

export interface PublicSynthese {
	indicateur: Indicateur;
	label: string;
	/** Region first, then departments by code. */
	rows: ObjectifRealisationRow[];
	/** The region's months of the year and of the year before (the headline's trend and comparison). */
	tendance: Trajectoire;
}

export interface SyntheseData {
	/** Month end shown, `YYYY-MM-DD`. */
	date: string;
	/** A bailleur SIREN: the tables are this bailleur's objectives and attributions; '' for all. */
	bailleur: string;
	publics: PublicSynthese[];
	/** Attributions by EPCI from 1 January to the date: the map of the priority share and the alerts. */
	epci: AttributionsEpciRow[];
	fnavdl: {
		/** Year of the call for projects whose households are counted. */
		annee: number;
		/** Date of the priority stock they are compared with (1 January of the next year). */
		dateStock: string;
		rows: FnavdlCouvertureRow[];
	};
}

const regionFirst = <R extends { niveau: string; code: string }>(rows: R[]) =>
	[...rows].sort((a, b) => (a.niveau === b.niveau ? a.code.localeCompare(b.code) : a.niveau === 'region' ? -1 : 1));

/**
 * @param date month end `YYYY-MM-DD`, already validated against the available dates
 * @param bailleur a SIREN or '' (all bailleurs); FNAVDL coverage is territorial whatever it is.
 */
export async function loadSynthese(runner: QueryRunner, date: string, bailleur = ''): Promise<SyntheseData> {
	const year = Number(date.slice(0, 4));
	// FNAVDL: the previous year's call, against the priority stock on 1 January (as the deck does).
	const annee = year - 1;
	const dateStock = `${year}-01-01`;
	const [fnavdl, epci, publics, mensuels] = await Promise.all([
		runner.run(fnavdlCouverture(annee, dateStock)),
		runner.run(attributionsParEpci(date, bailleur)),
		Promise.all(INDICATEURS.map((i) => runner.run(objectifsRealisation(i, date, bailleur)))),
		Promise.all(INDICATEURS.map((i) => runner.run(trajectoire(i, CODE_REGION, year, bailleur))))
	]);
	return {
		date,
		bailleur,
		publics: INDICATEURS.map((indicateur, i) => {
			const rows = regionFirst(publics[i]);
			const region = rows.find((r) => r.niveau === 'region');
			return {
				indicateur,
				label: PUBLICS[indicateur].label,
				rows,
				tendance: trajectoireCumulee(mensuels[i], year, monthsElapsed(date), region?.objectif ?? null)
			};
		}),
		epci,
		fnavdl: { annee, dateStock, rows: regionFirst(fnavdl) }
	};
}
