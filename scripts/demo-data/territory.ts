/**
 * The lettings grid: for each EPCI, a few of its largest communes × the landlords that let
 * there. Every monthly figure is spread over these cells.
 */
import type { Cog, Epci } from '../lib/cog.ts';
import { BAILLEURS, type BailleurDemo } from './bailleurs.ts';
import { PERIMETRE_REFORME } from './epci-codes.ts';
import type { Random } from './random.ts';

export type EpciKind = 'metropole' | 'cu' | 'ca' | 'cc';

export interface EpciDemo extends Epci {
	kind: EpciKind;
	perimetre: boolean;
	/** Relative volume of lettings in the department (arbitrary unit). */
	poids: number;
}

/** One (commune, landlord) pair of an EPCI. */
export interface Cell {
	index: number;
	codeCommune: string;
	/** Rank of the commune in its EPCI by population (0 = largest). */
	rangCommune: number;
	epci: EpciDemo;
	codeDepartement: string;
	bailleur: BailleurDemo;
	/** Relative volume of lettings within the department. */
	poids: number;
	/** Probability that a letting of this cell is in a QPV. */
	partQpv: number;
}

export interface Territory {
	epcis: EpciDemo[];
	cells: Cell[];
}

function kindOf(nom: string): EpciKind {
	if (nom.startsWith('Métropole')) return 'metropole';
	if (nom.startsWith('CU ')) return 'cu';
	if (nom.startsWith('CA ')) return 'ca';
	return 'cc';
}

const KIND_FACTOR: Record<EpciKind, number> = { metropole: 1.35, cu: 1.35, ca: 1.15, cc: 0.55 };
const COMMUNES_PER_KIND: Record<EpciKind, number> = { metropole: 6, cu: 4, ca: 3, cc: 2 };

function bailleursOf(epci: EpciDemo): { bailleur: BailleurDemo; poids: number }[] {
	return BAILLEURS.flatMap((bailleur) => {
		const poids = bailleur.zones[epci.siren] ?? (bailleur.partout?.departement === epci.codeDepartement ? bailleur.partout.poids : 0);
		return poids > 0 ? [{ bailleur, poids }] : [];
	});
}

/** Builds the EPCI list and the cells from the COG, deterministically from `random`. */
export function buildTerritory(cog: Cog, random: Random): Territory {
	const epcis: EpciDemo[] = cog.epcis.map((e) => {
		const kind = kindOf(e.nom);
		return { ...e, kind, perimetre: PERIMETRE_REFORME.includes(e.siren), poids: e.population * KIND_FACTOR[kind] * random.noise(0.15) };
	});
	const cells: Cell[] = [];
	for (const epci of epcis) {
		const communes = epci.communes
			.map((code) => cog.communes.get(code)!)
			.filter((c) => c.codeDepartement === epci.codeDepartement)
			.sort((a, b) => b.population - a.population || a.code.localeCompare(b.code));
		const small = epci.kind === 'cc' && epci.population < 25_000;
		const chosen = communes.slice(0, small ? 1 : COMMUNES_PER_KIND[epci.kind]);
		const communeWeights = chosen.map((c) => Math.pow(c.population, 1.15));
		const communeSum = communeWeights.reduce((s, w) => s + w, 0);
		const bailleurs = bailleursOf(epci);
		if (bailleurs.length === 0) throw new Error(`Aucun bailleur pour l'EPCI ${epci.nom}`);
		const bailleurSum = bailleurs.reduce((s, b) => s + b.poids, 0);
		chosen.forEach((commune, rang) => {
			for (const { bailleur, poids } of bailleurs) {
				const qpvBase = epci.perimetre
					? [random.uniform(0.35, 0.55), random.uniform(0.2, 0.4)][rang] ?? random.uniform(0.04, 0.22)
					: rang === 0 && random.next() < 0.3 ? random.uniform(0.05, 0.18) : 0;
				cells.push({
					index: cells.length,
					codeCommune: commune.code,
					rangCommune: rang,
					epci,
					codeDepartement: epci.codeDepartement,
					bailleur,
					poids: epci.poids * (communeWeights[rang] / communeSum) * (poids / bailleurSum) * random.noise(0.2),
					partQpv: Math.min(0.8, qpvBase * (bailleur.type === 'OPH' ? 1.15 : 0.92))
				});
			}
		});
	}
	return { epcis, cells };
}
