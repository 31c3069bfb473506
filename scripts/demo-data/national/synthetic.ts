/**
 * Synthetic rows of the national-scale dataset, shaped like the extracts: plausible volumes
 * from population, seasonality and noise, every sub-count within its total. Deterministic
 * (seeded PRNG). Nothing here is calibrated: only the Hauts-de-France demonstration is.
 */
import { createRandom, type Random } from '../random.ts';
import { syntheticSiren } from '../siren.ts';

export interface Territoire {
	code: string;
	nom: string;
	codeDepartement: string;
	region: string;
	population: number;
}
export interface BailleurSynthetique {
	siren: string;
	nom: string;
	nom_court: string;
	type: string;
	codeDepartement: string;
	region: string;
}

const TYPES = ['OPH', 'ESH', 'ESH', 'SEM', 'COOP'];
const MOIS_SAISON = [0.85, 0.9, 1, 1, 1.05, 1.1, 1.15, 0.9, 1.1, 1.05, 1, 0.9];

/** `count` bailleurs spread over departments by population, at least 2 each. */
export function bailleursSynthetiques(departements: readonly Territoire[], count: number, random: Random): BailleurSynthetique[] {
	const total = departements.reduce((s, d) => s + d.population, 0);
	const shares = departements.map((d) => Math.max(2, Math.round(((count - 2 * departements.length) * d.population) / total) + 2));
	let excess = shares.reduce((s, n) => s + n, 0) - count;
	for (let i = 0; excess !== 0; i = (i + 1) % shares.length) {
		if (excess > 0 && shares[i] > 2) (shares[i]--, excess--);
		else if (excess < 0) (shares[i]++, excess++);
	}
	return departements.flatMap((d, i) =>
		Array.from({ length: shares[i] }, (_, k) => {
			const nom = `Bailleur social ${d.code}-${String(k + 1).padStart(2, '0')}`;
			return { siren: syntheticSiren(`national/${nom}`), nom: `${nom} (démonstration)`, nom_court: nom, type: TYPES[random.int(0, TYPES.length - 1)], codeDepartement: d.codeDepartement, region: d.region };
		})
	);
}

/** `YYYY-MM-01` of every month from `debut` (YYYY-MM) to `fin` included. */
export function moisEntre(debut: string, fin: string): string[] {
	const out: string[] = [];
	for (let [y, m] = debut.split('-').map(Number); y * 12 + m <= Number(fin.slice(0, 4)) * 12 + Number(fin.slice(5, 7)); m === 12 ? (y++, (m = 1)) : m++)
		out.push(`${y}-${String(m).padStart(2, '0')}-01`);
	return out;
}

export type AttributionRow = [string, string, string, string, number, number, number, number, number, number, number, number, number, string];

/**
 * Monthly attributions of each EPCI (about 5 lettings a month per 10 000 inhabitants) by
 * bailleurs of its region, those of its own department first; the larger the EPCI, the more
 * bailleurs (1 for a rural community, about 20 for a metropolis).
 * Row: mois, département, EPCI, bailleur, the nine counts, region.
 */
export function attributionsSynthetiques(epci: readonly Territoire[], bailleurs: readonly BailleurSynthetique[], mois: readonly string[], random: Random): AttributionRow[] {
	const rows: AttributionRow[] = [];
	for (const e of epci) {
		const region = bailleurs.filter((b) => b.region === e.region);
		const candidats = [...random.shuffle(region.filter((b) => b.codeDepartement === e.codeDepartement)), ...random.shuffle(region.filter((b) => b.codeDepartement !== e.codeDepartement))];
		if (candidats.length === 0) continue;
		const actifs = candidats.slice(0, Math.min(candidats.length, Math.max(1, Math.round(Math.sqrt(e.population / 20_000)))));
		const base = Math.max(0.5, (e.population / 10_000) * 5);
		for (const m of mois) {
			const saison = MOIS_SAISON[Number(m.slice(5, 7)) - 1];
			for (const b of actifs) {
				const attributions = Math.round((base / actifs.length) * saison * random.noise(0.25));
				if (attributions === 0) continue;
				const horsQpv = random.binomial(attributions, 0.7);
				const qpv = attributions - horsQpv;
				const q2q4 = random.binomial(qpv, 0.75);
				rows.push([
					m, e.codeDepartement, e.code, b.siren, attributions,
					random.binomial(attributions, 0.21), random.binomial(attributions, 0.035), random.binomial(attributions, 0.02),
					horsQpv, random.binomial(horsQpv, 0.18), qpv, q2q4, Math.min(q2q4, random.binomial(qpv, 0.23)), e.region
				]);
			}
		}
	}
	return rows;
}
