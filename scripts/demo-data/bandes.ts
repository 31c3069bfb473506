/**
 * Landlords' 2022 sortants d'hébergement objectives, chosen so that their rates at date on
 * 30 April 2022 fall 6 / 6 / 6 / 13 in the deck's bands, each at least 1 point off a
 * band boundary.
 */
import type { Random } from './random.ts';
import { TARGETS } from './targets.ts';

/** Where the chosen rates may lie, by band (< 50 %, 50–75 %, 75–100 %, ≥ 100 %), 1 point off each boundary. */
const ALLOWED: readonly [number, number][] = [[0, 0.49], [0.51, 0.74], [0.76, 0.99], [1.01, 2.5]];
/** Where the generator aims within each band. */
const AIM: readonly [number, number][] = [[0.25, 0.45], [0.56, 0.7], [0.8, 0.95], [1.05, 1.45]];
/** 30 April: 4 months of 12. */
const PRORATA = 4 / 12;

export interface BailleurSortants {
	siren: string;
	/** Sortants d'hébergement attributions, January–April 2022, all departments. */
	attributions: number;
	/** Departments where it lets (one objective row each, so the objective is ≥ this). */
	departements: number;
	/** Its share of the department objectives by its share of lettings (fractional). */
	naturel: number;
}

/** Smallest and largest whole objective keeping the rate within `band` (null: impossible). */
function objectiveRange(b: BailleurSortants, band: number): [number, number] | null {
	const [lo, hi] = ALLOWED[band];
	if (b.attributions === 0) return band === 0 ? [b.departements, b.departements + 20] : null;
	const min = Math.max(b.departements, Math.ceil(b.attributions / (hi * PRORATA)));
	const max = lo === 0 ? min + 40 : Math.floor(b.attributions / (lo * PRORATA));
	return min <= max ? [min, max] : null;
}

/** Annual sortants objective (all departments) by landlord SIREN. */
export function sortantsObjectives(bailleurs: readonly BailleurSortants[], random: Random): Map<string, number> {
	const bands = TARGETS.bandesBailleursSortants.flatMap((n, band) => Array<number>(n).fill(band));
	// Lowest natural rates in the lowest bands, so that objectives stay close to each one's share.
	let order = [...bailleurs].sort((a, b) => a.attributions / a.naturel - b.attributions / b.naturel || a.siren.localeCompare(b.siren));
	// Swap until every landlord can reach its band (small volumes cannot reach every band).
	for (let attempt = 0; attempt < 200; attempt++) {
		const bad = order.findIndex((b, i) => !objectiveRange(b, bands[i]));
		if (bad < 0) break;
		const swap = order.findIndex((b, j) => j !== bad && objectiveRange(b, bands[bad]) && objectiveRange(order[bad], bands[j]));
		if (swap < 0) order = random.shuffle(order);
		else [order[bad], order[swap]] = [order[swap], order[bad]];
	}
	const out = new Map<string, number>();
	order.forEach((b, i) => {
		const range = objectiveRange(b, bands[i]);
		if (!range) throw new Error(`Objectif sortants impossible à caler pour le bailleur ${b.siren}`);
		const natural = Math.round(b.naturel * random.noise(0.05));
		const aim = random.uniform(...AIM[bands[i]]);
		const wanted = b.attributions === 0 ? Math.max(natural, b.departements) : natural >= range[0] && natural <= range[1] ? natural : Math.round(b.attributions / (aim * PRORATA));
		out.set(b.siren, Math.min(range[1], Math.max(range[0], wanted)));
	});
	return out;
}
