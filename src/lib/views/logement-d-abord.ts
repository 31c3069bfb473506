/**
 * The data of /logement-d-abord at a date: sortants d'hébergement and sans-abri, this
 * year and the same date of the previous year, by department and EPCI, and by bailleur.
 * Runs at build time on native DuckDB and in the browser on DuckDB-wasm.
 */
import type { QueryRunner } from '../queries/query';
import { PUBLICS } from '../queries/publics';
import { objectifsRealisation, type ObjectifRealisationRow } from '../queries/objectifs-realisation';
import { epciRealisation, type EpciRealisationRow } from '../queries/epci-realisation';
import { bailleursRealisation, type BailleurRealisationRow } from '../queries/bailleurs-realisation';
import { bailleursDepartements, type BailleurDepartementRow } from '../queries/bailleurs-departements';
import { inSequence, regionFirst } from './prioritaires';
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
	bailleurs: BailleurRealisationRow[];
	bailleursDepartements: BailleurDepartementRow[];
}

export interface LogementDAbordData {
	date: string;
	/** Same month end, one year earlier. */
	datePrecedente: string;
	territoire: string;
	publics: PublicLogementDAbordData[];
}

/** The same month end one year earlier (29 February → 28 February). */
export function memeDateAnneePrecedente(date: string): string {
	const year = Number(date.slice(0, 4)) - 1;
	const month = Number(date.slice(5, 7));
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${date.slice(5, 7)}-${String(lastDay).padStart(2, '0')}`;
}

async function loadPublic(runner: QueryRunner, indicateur: PublicLogementDAbord, date: string, datePrecedente: string): Promise<PublicLogementDAbordData> {
	const [[rows, precedente], epci, bailleurs, parDepartement] = await Promise.all([
		inSequence(runner, [objectifsRealisation(indicateur, date), objectifsRealisation(indicateur, datePrecedente)]),
		runner.run(epciRealisation(indicateur, date)),
		runner.run(bailleursRealisation(indicateur, date)),
		runner.run(bailleursDepartements(indicateur, date))
	]);
	return {
		indicateur,
		label: PUBLICS[indicateur].label,
		rows: regionFirst(rows),
		rowsAnneePrecedente: regionFirst(precedente),
		epci,
		bailleurs,
		bailleursDepartements: parDepartement
	};
}

/** @param date month end `YYYY-MM-DD`, validated against the available dates. */
export async function loadLogementDAbord(runner: QueryRunner, date: string, territoire: string = CODE_REGION): Promise<LogementDAbordData> {
	const datePrecedente = memeDateAnneePrecedente(date);
	const publics = await Promise.all(PUBLICS_LOGEMENT_D_ABORD.map((i) => loadPublic(runner, i, date, datePrecedente)));
	return { date, datePrecedente, territoire, publics };
}
