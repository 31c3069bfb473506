/**
 * The data of /prioritaires at a date, for a territory: the commission's table, the
 * EPCI shares of priority households, the trajectory and the bailleurs. Runs at build
 * time on native DuckDB (prerendered) and in the browser on DuckDB-wasm.
 */
import type { QueryRunner } from '../queries/query';
import type { ObjectifRealisationRow } from '../queries/objectifs-realisation';
import type { EpciRealisationRow } from '../queries/epci-realisation';
import { parNiveau, realisationTerritoires } from '../queries/realisation-territoires';
import { bailleursLignes, parPerimetre } from '../queries/bailleurs-lignes';
import { attributionsParEpci, type AttributionsEpciRow } from '../queries/attributions-epci';
import type { BailleurRealisationRow } from '../queries/bailleurs-realisation';
import type { BailleurDepartementRow } from '../queries/bailleurs-departements';
import { trajectoire } from '../queries/trajectoire';
import { trajectoireCumulee, type Trajectoire } from './trajectoire-points';
import { CODE_REGION } from './territoire-lignes';
import { monthsElapsed } from '../indicators/rates';

export interface PrioritairesData {
	/** Month end shown, `YYYY-MM-DD`. */
	date: string;
	/** '32', a department code or an EPCI SIREN. */
	territoire: string;
	/** A bailleur SIREN: every figure is this bailleur's; '' for all bailleurs. */
	bailleur: string;
	/** Region first, then departments by code. */
	departements: ObjectifRealisationRow[];
	/** All 92 EPCI (the page filters by territoire). */
	epci: EpciRealisationRow[];
	/** Attributions by EPCI over the whole previous year, and over the year to date. */
	partEpci: { anneePrecedente: number; precedente: AttributionsEpciRow[]; courante: AttributionsEpciRow[] };
	trajectoire: Trajectoire;
	bailleurs: BailleurRealisationRow[];
	bailleursDepartements: BailleurDepartementRow[];
}

export const regionFirst = <R extends { niveau: string; code: string }>(rows: R[]) =>
	[...rows].sort((a, b) => (a.niveau === b.niveau ? a.code.localeCompare(b.code) : a.niveau === 'region' ? -1 : 1));

/** Annual objective of the selected territory among the rows; null when not fixed or unknown. */
export function objectifDuTerritoire(territoire: string, departements: readonly ObjectifRealisationRow[], epci: readonly EpciRealisationRow[]): number | null {
	const row = departements.find((d) => d.code === territoire) ?? epci.find((e) => e.code === territoire);
	return row?.objectif ?? null;
}

/**
 * @param date month end `YYYY-MM-DD`, validated against the available dates
 * @param territoire and @param bailleur validated by the view state ('' = all bailleurs).
 * The bailleur tables always list every bailleur (the selected one is highlighted by the page).
 */
export async function loadPrioritaires(runner: QueryRunner, date: string, territoire: string = CODE_REGION, bailleur = ''): Promise<PrioritairesData> {
	const annee = Number(date.slice(0, 4));
	// One query per panel group: what a change of date, territory or bailleur asks again is little.
	const [territoires, [precedente, courante], mensuel, lignes] = await Promise.all([
		runner.run(realisationTerritoires('prioritaires', date, bailleur)),
		Promise.all([attributionsParEpci(`${annee - 1}-12-31`, bailleur), attributionsParEpci(date, bailleur)].map((q) => runner.run(q))),
		runner.run(trajectoire('prioritaires', territoire, annee, bailleur)),
		runner.run(bailleursLignes('prioritaires', date))
	]);
	const { departements, epci } = parNiveau(territoires);
	const { region: bailleurs, departements: parDepartement } = parPerimetre(lignes);
	const sorted = regionFirst(departements);
	return {
		date,
		territoire,
		bailleur,
		departements: sorted,
		epci,
		partEpci: { anneePrecedente: annee - 1, precedente, courante },
		trajectoire: trajectoireCumulee(mensuel, annee, monthsElapsed(date), objectifDuTerritoire(territoire, sorted, epci)),
		bailleurs,
		bailleursDepartements: parDepartement
	};
}
