/**
 * The data of the attribution reform page at a date: progress of the EPCI of the perimeter,
 * and attributions by quartile (region, departments, EPCI, bailleurs) from 1 January to the
 * date, beside the whole previous year. Runs on native DuckDB at build time and on
 * DuckDB-wasm in the browser; the page filters the rows for the territory chosen.
 */
import type { QueryRunner } from '../queries/query';
import { reformeAvancement, type ReformeAvancementRow } from '../queries/reforme-avancement';
import { reformeQuartiles, type QuartilesCounts, type ReformeQuartilesRow } from '../queries/reforme-quartiles';
import { reformeBailleurs, type ReformeBailleurRow } from '../queries/reforme-bailleurs';

/** A row of the date's year, with the same territory's (or bailleur's) counts over the previous year; null when absent. */
export type AvecPrecedent<Row> = Row & { precedent: QuartilesCounts | null };

export interface ReformeData {
	/** Month end shown, `YYYY-MM-DD`. */
	date: string;
	/** The date's year: its counts run from 1 January to the date. */
	annee: number;
	/** The previous year, counted whole (1 January to 31 December). */
	anneePrecedente: number;
	/** The EPCI of the perimeter, by department then name. */
	avancement: ReformeAvancementRow[];
	/** Region, departments, then the perimeter's EPCI. */
	territoires: AvecPrecedent<ReformeQuartilesRow>[];
	bailleurs: AvecPrecedent<ReformeBailleurRow>[];
}

function joinPrevious<Row extends QuartilesCounts>(rows: Row[], previous: Row[], key: (r: Row) => string): AvecPrecedent<Row>[] {
	const byKey = new Map(previous.map((r) => [key(r), r]));
	return rows.map((row) => {
		const p = byKey.get(key(row));
		const precedent = p ? { hors_qpv: p.hors_qpv, hors_qpv_q1: p.hors_qpv_q1, qpv: p.qpv, qpv_q2_q4: p.qpv_q2_q4, qpv_q4: p.qpv_q4 } : null;
		return { ...row, precedent };
	});
}

/** @param date month end `YYYY-MM-DD`, already validated against the available dates. */
export async function loadReforme(runner: QueryRunner, date: string): Promise<ReformeData> {
	const annee = Number(date.slice(0, 4));
	const anneePrecedente = annee - 1;
	const finPrecedente = `${anneePrecedente}-12-31`;
	const [avancement, territoires, territoiresPrec, bailleurs, bailleursPrec] = await Promise.all([
		runner.run(reformeAvancement(date)),
		runner.run(reformeQuartiles(date)),
		runner.run(reformeQuartiles(finPrecedente)),
		runner.run(reformeBailleurs(date)),
		runner.run(reformeBailleurs(finPrecedente))
	]);
	return {
		date,
		annee,
		anneePrecedente,
		avancement,
		territoires: joinPrevious(territoires, territoiresPrec, (r) => `${r.niveau}:${r.code}`),
		bailleurs: joinPrevious(bailleurs, bailleursPrec, (r) => r.siren)
	};
}
