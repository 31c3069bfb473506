/**
 * From cells (EPCI × landlord × month) to the rows of attributions.csv
 * (month × commune × landlord): each cell is expanded into households carrying their
 * QPV / quartile category and their public, then each household is placed in a commune
 * (in-QPV households in a QPV commune). Rows are sums of households, so every sub-count
 * rule of the contract holds on every row by construction.
 */
import { MONTHS } from './calendar.ts';
import { type Cell, COUNT_NAMES, type Counts } from './cells.ts';
import type { Rng } from './random.ts';
import type { EpciPlan } from './territory.ts';

export interface AttributionRow extends Counts {
	mois: string;
	code_commune: string;
	/** Index into the landlord catalogue. */
	bailleur: number;
}

type Category = 'q4' | 'q23' | 'q1_qpv' | 'h_q1' | 'h';

function categories(c: Cell): Category[] {
	const n = (k: Category, count: number) => Array.from({ length: count }, () => k);
	return [
		...n('q4', c.qpv_q4),
		...n('q23', c.qpv_q2_q4 - c.qpv_q4),
		...n('q1_qpv', c.qpv - c.qpv_q2_q4),
		...n('h_q1', c.hors_qpv_q1),
		...n('h', c.hors_qpv - c.hors_qpv_q1)
	];
}

/** Communes of the EPCI where a landlord lets, with weights (the largest always kept). */
function landlordCommunes(e: EpciPlan, rng: Rng): number[] {
	const w = e.communes.map((c, i) => {
		const f = rng.lognormal(0.7);
		return i === 0 || f > 0.6 ? c.poids * f : 0;
	});
	return w;
}

export function toAttributionRows(cells: readonly Cell[], epcis: readonly EpciPlan[], rng: Rng): AttributionRow[] {
	const footprint = new Map<string, number[]>();
	const rows = new Map<string, AttributionRow>();
	for (const cell of cells) {
		if (cell.attributions === 0) continue;
		const e = epcis[cell.epci];
		const key = `${cell.epci}|${cell.bailleur}`;
		if (!footprint.has(key)) footprint.set(key, landlordCommunes(e, rng));
		const weights = footprint.get(key)!;
		const qpvWeights = e.communes.map((c, i) => (c.qpv ? c.poids * (0.3 + weights[i] / c.poids) : 0));
		const households = categories(cell);
		const order = rng.shuffle(households.map((_, i) => i));
		const sortants = new Set(order.slice(0, cell.sortants_hebergement));
		const sansAbri = new Set(order.slice(cell.sortants_hebergement, cell.sortants_hebergement + cell.sans_abri));
		const prioritaires = new Set(rng.shuffle(households.map((_, i) => i)).slice(0, cell.prioritaires));
		households.forEach((cat, i) => {
			const inQpv = cat === 'q4' || cat === 'q23' || cat === 'q1_qpv';
			const commune = e.communes[rng.pickWeighted(inQpv ? qpvWeights : weights)].code;
			const rowKey = `${MONTHS[cell.month]}|${commune}|${cell.bailleur}`;
			let row = rows.get(rowKey);
			if (!row) {
				row = { mois: MONTHS[cell.month], code_commune: commune, bailleur: cell.bailleur } as AttributionRow;
				for (const k of COUNT_NAMES) row[k] = 0;
				rows.set(rowKey, row);
			}
			row.attributions++;
			if (prioritaires.has(i)) row.prioritaires++;
			if (sortants.has(i)) row.sortants_hebergement++;
			if (sansAbri.has(i)) row.sans_abri++;
			if (inQpv) row.qpv++;
			else row.hors_qpv++;
			if (cat === 'h_q1') row.hors_qpv_q1++;
			if (cat === 'q4' || cat === 'q23') row.qpv_q2_q4++;
			if (cat === 'q4') row.qpv_q4++;
		});
	}
	return [...rows.values()];
}
