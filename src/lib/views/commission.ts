/**
 * The data of a commission (the presentation mode): each section of the June 2022 deck's
 * agenda at its own as-of date, for a territory. Runs at build time on native DuckDB (the
 * live commission, and each frozen snapshot on its own extracts) and in the browser on
 * DuckDB-wasm (the live commission when the speaker changes date or territory).
 */
import type { QueryRunner } from '../queries/query';
import { objectifsRealisation, type ObjectifRealisationRow } from '../queries/objectifs-realisation';
import { epciRealisation, type EpciRealisationRow } from '../queries/epci-realisation';
import { attributionsParEpci, type AttributionsEpciRow } from '../queries/attributions-epci';
import { loadLogementDAbord, type LogementDAbordData } from './logement-d-abord';
import { loadReforme, type ReformeData } from './reforme';
import { loadFnavdl, type FnavdlData } from './fnavdl';
import { regionFirst } from './prioritaires';
import { CODE_REGION } from './territoire-lignes';

/** As-of date (month end `YYYY-MM-DD`) of each section of the commission. */
export interface CommissionDates {
	/** SNE data at the month end before the commission (31 May for 16 June). */
	prioritaires: string;
	/** SYPLO data one month earlier (M−1: 30 April for 16 June), as the deck. */
	logementDAbord: string;
	/** Reform progress and quartiles, also at M−1 (« bilan à fin avril »). */
	reforme: string;
	/** FNAVDL: the view at the commission's date shows the previous year's call. */
	fnavdl: string;
}

/** Section keys of {@link CommissionDates}, in the deck's order. */
export const SECTIONS = ['prioritaires', 'logementDAbord', 'reforme', 'fnavdl'] as const;

/** The month end before a month end: `2022-05-31` → `2022-04-30`, `2022-01-31` → `2021-12-31`. */
export function finDuMoisPrecedent(date: string): string {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7));
	const end = new Date(Date.UTC(year, month - 1, 0));
	return end.toISOString().slice(0, 10);
}

/**
 * The as-of date of every section for a commission whose latest data are at `date`:
 * priority households and FNAVDL at `date`, Logement d'abord and the reform one month
 * earlier (M−1) — unless that month is not among `available` (then `date`).
 * `overrides` (a snapshot's commission.json `sections`) win over the rule.
 */
export function datesDesSections(date: string, available?: readonly string[], overrides: Partial<CommissionDates> = {}): CommissionDates {
	const precedent = finDuMoisPrecedent(date);
	const m1 = !available || available.includes(precedent) ? precedent : date;
	return { prioritaires: date, logementDAbord: m1, reforme: m1, fnavdl: date, ...overrides };
}

export interface CommissionData {
	/** Latest month end of the commission (the priority households' date), `YYYY-MM-DD`. */
	date: string;
	/** '32', a department code or an EPCI SIREN. */
	territoire: string;
	dates: CommissionDates;
	prioritaires: { departements: ObjectifRealisationRow[]; epci: EpciRealisationRow[] };
	/** Attributions by EPCI over the whole year before the priority households' date (the deck's map « situation à fin 2021 »). */
	partEpci: { annee: number; rows: AttributionsEpciRow[] };
	logement: LogementDAbordData;
	reforme: ReformeData;
	fnavdl: FnavdlData;
}

export interface CommissionParams {
	date: string;
	territoire: string;
}

export interface CommissionOptions {
	/** Months available in the extracts (for the M−1 rule). */
	available?: readonly string[];
	/** Section dates fixed by a snapshot. */
	sections?: Partial<CommissionDates>;
}

/** @param date month end `YYYY-MM-DD`, validated against the available dates. */
export async function loadCommission(runner: QueryRunner, { date, territoire }: CommissionParams, options: CommissionOptions = {}): Promise<CommissionData> {
	const dates = datesDesSections(date, options.available, options.sections);
	const lieu = territoire || CODE_REGION;
	const anneePrecedente = Number(dates.prioritaires.slice(0, 4)) - 1;
	const [departements, epci, partEpci, logement, reforme, fnavdl] = await Promise.all([
		runner.run(objectifsRealisation('prioritaires', dates.prioritaires)),
		runner.run(epciRealisation('prioritaires', dates.prioritaires)),
		runner.run(attributionsParEpci(`${anneePrecedente}-12-31`)),
		loadLogementDAbord(runner, dates.logementDAbord, lieu),
		loadReforme(runner, dates.reforme),
		loadFnavdl(runner, { date: dates.fnavdl, territoire: lieu, bailleur: '' })
	]);
	return {
		date,
		territoire: lieu,
		dates,
		prioritaires: { departements: regionFirst(departements), epci },
		partEpci: { annee: anneePrecedente, rows: partEpci },
		logement,
		reforme,
		fnavdl
	};
}
