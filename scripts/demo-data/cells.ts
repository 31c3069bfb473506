/**
 * The working grid of the generator: one cell per (EPCI, landlord, month) with every
 * count of the attributions table. Plans fill it top-down (department → EPCI → cell);
 * households then spread each cell over the EPCI's communes (households.ts).
 */
import { MONTHS } from './calendar.ts';
import type { EpciPlan } from './territory.ts';

export interface Counts {
	attributions: number;
	prioritaires: number;
	sortants_hebergement: number;
	sans_abri: number;
	hors_qpv: number;
	hors_qpv_q1: number;
	qpv: number;
	qpv_q2_q4: number;
	qpv_q4: number;
}

export interface Cell extends Counts {
	/** Index into the EPCI plans. */
	epci: number;
	/** Index into the landlord catalogue. */
	bailleur: number;
	/** Index into MONTHS. */
	month: number;
}

export type CountName = keyof Counts;

export const COUNT_NAMES: readonly CountName[] = [
	'attributions', 'prioritaires', 'sortants_hebergement', 'sans_abri', 'hors_qpv', 'hors_qpv_q1', 'qpv', 'qpv_q2_q4', 'qpv_q4'
];

export class Grid {
	/** byEpciMonth[e][m]: the cells of EPCI e in month m, one per landlord present. */
	readonly byEpciMonth: Cell[][][];

	constructor(readonly epcis: readonly EpciPlan[]) {
		this.byEpciMonth = epcis.map((e, ei) =>
			MONTHS.map((_, m) =>
				[...e.bailleurs.keys()].sort((a, b) => a - b).map((b) => {
					const cell = { epci: ei, bailleur: b, month: m } as Cell;
					for (const k of COUNT_NAMES) cell[k] = 0;
					return cell;
				})
			)
		);
	}

	/** Every cell of the EPCI over the given month indexes. */
	cellsOf(epci: number, months: readonly number[]): Cell[] {
		return months.flatMap((m) => this.byEpciMonth[epci][m]);
	}

	/** Indexes of the EPCI of a department. */
	epcisOf(dep: string): number[] {
		return this.epcis.flatMap((e, i) => (e.dep === dep ? [i] : []));
	}

	all(): Cell[] {
		return this.byEpciMonth.flat(2);
	}

	sum(cells: readonly Cell[], k: CountName): number {
		return cells.reduce((s, c) => s + c[k], 0);
	}
}

/** Month indexes (into MONTHS) of `YYYY-MM` months. */
export function monthIndexes(months: readonly string[]): number[] {
	return months.map((m) => MONTHS.indexOf(m));
}
