/**
 * The data of /logement-d-abord at a date: sortants d'hébergement and sans-abri, this
 * year and the same date of the previous year, by department and EPCI, and by bailleur.
 * Runs at build time on native DuckDB and in the browser on DuckDB-wasm.
 */
import type { QueryRunner } from '../queries/query';
import { PUBLICS } from '../queries/publics';
import { objectifsRealisation, type ObjectifRealisationRow } from '../queries/objectifs-realisation';
import type { EpciRealisationRow } from '../queries/epci-realisation';
import { parNiveau, realisationTerritoires } from '../queries/realisation-territoires';
import { bailleursLignes, parPerimetre } from '../queries/bailleurs-lignes';
import type { BailleurRealisationRow } from '../queries/bailleurs-realisation';
import type { BailleurDepartementRow } from '../queries/bailleurs-departements';
import { trajectoire } from '../queries/trajectoire';
import { objectifDuTerritoire, regionFirst } from './prioritaires';
import { trajectoireCumulee, type Trajectoire } from './trajectoire-points';
import { monthsElapsed } from '../indicators/rates';
import { CODE_REGION } from './territoire-lignes';

export type PublicLogementDAbord = 'sortants_hebergement' | 'sans_abri';
export const PUBLICS_LOGEMENT_D_ABORD: readonly PublicLogementDAbord[] = ['sortants_hebergement', 'sans_abri'];

export interface PublicLogementDAbordData {
	indicateur: PublicLogementDAbord;
	label: string;
	/** Region first, then departments, at the date. */
	rows: ObjectifRealisationRow[];
	/** Same, at the same month end of the previous year (its objective is the previous year's). */
	rowsAnneePrecedente: ObjectifRealisationRow[];
	epci: EpciRealisationRow[];
	/** Cumulative attributions of the selected territory (and bailleur) against the pro-rata objective. */
	trajectoire: Trajectoire;
	bailleurs: BailleurRealisationRow[];
	bailleursDepartements: BailleurDepartementRow[];
}

export interface LogementDAbordData {
	date: string;
	/** Same month end, one year earlier. */
	datePrecedente: string;
	territoire: string;
	/** A bailleur SIREN: the tables and the trajectory are this bailleur's; '' for all. */
	bailleur: string;
	publics: PublicLogementDAbordData[];
}

/** The same month end one year earlier (29 February → 28 February). */
export function memeDateAnneePrecedente(date: string): string {
	const year = Number(date.slice(0, 4)) - 1;
	const month = Number(date.slice(5, 7));
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${date.slice(5, 7)}-${String(lastDay).padStart(2, '0')}`;
}

interface Selection {
	date: string;
	datePrecedente: string;
	territoire: string;
	bailleur: string;
}

async function loadPublic(runner: QueryRunner, indicateur: PublicLogementDAbord, { date, datePrecedente, territoire, bailleur }: Selection): Promise<PublicLogementDAbordData> {
	const annee = Number(date.slice(0, 4));
	const [territoires, precedente, mensuel, lignes] = await Promise.all([
		runner.run(realisationTerritoires(indicateur, date, bailleur)),
		runner.run(objectifsRealisation(indicateur, datePrecedente, bailleur)),
		runner.run(trajectoire(indicateur, territoire, annee, bailleur)),
		runner.run(bailleursLignes(indicateur, date))
	]);
	const { departements: rows, epci } = parNiveau(territoires);
	const { region: bailleurs, departements: parDepartement } = parPerimetre(lignes);
	const sorted = regionFirst(rows);
	return {
		indicateur,
		label: PUBLICS[indicateur].label,
		rows: sorted,
		rowsAnneePrecedente: regionFirst(precedente),
		epci,
		trajectoire: trajectoireCumulee(mensuel, annee, monthsElapsed(date), objectifDuTerritoire(territoire, sorted, epci)),
		bailleurs,
		bailleursDepartements: parDepartement
	};
}

/**
 * @param date month end `YYYY-MM-DD`, validated against the available dates
 * @param territoire and @param bailleur validated by the view state ('' = all bailleurs).
 */
export async function loadLogementDAbord(runner: QueryRunner, date: string, territoire: string = CODE_REGION, bailleur = ''): Promise<LogementDAbordData> {
	const selection = { date, datePrecedente: memeDateAnneePrecedente(date), territoire, bailleur };
	const publics = await Promise.all(PUBLICS_LOGEMENT_D_ABORD.map((i) => loadPublic(runner, i, selection)));
	return { ...selection, publics };
}
