/**
 * FNAVDL envelopes by department, as printed in the PDALHPD commission deck of
 * 16 June 2022 (public figures, transcribed in /work/shared/reference:
 * fnavdl-aap-2021-repartition.csv and fnavdl-2022-enveloppes.csv). Kept as the deck has
 * them: Somme 2021's parts sum to 1 € less than its total.
 */
export interface EnveloppeRow {
	annee: number;
	code_departement: string;
	enveloppe_eur: number;
	dont_bailleurs_associations_eur: number;
	dont_associations_eur: number;
}

/** 2021 call for projects: financement, dont associations, dont bailleurs–associations. */
const AAP_2021: [string, number, number, number][] = [
	['02', 164_269, 138_329, 25_940],
	['59', 1_079_862, 676_434, 403_428],
	['60', 386_632, 242_188, 144_444],
	['62', 706_022, 442_257, 263_764],
	['80', 274_970, 172_243, 102_726]
];

/** 2022: sub-envelope landlords, sub-envelope associations, department envelope. */
const ENVELOPPES_2022: [string, number, number, number][] = [
	['02', 25_940, 138_329, 164_269],
	['59', 403_428, 746_339, 1_149_767],
	['60', 144_444, 259_806, 404_250],
	['62', 263_764, 526_857, 790_622],
	['80', 102_726, 172_243, 274_969]
];

export function buildEnveloppes(): EnveloppeRow[] {
	return [
		...AAP_2021.map(([d, total, assos, bailleurs]) => ({ annee: 2021, code_departement: d, enveloppe_eur: total, dont_bailleurs_associations_eur: bailleurs, dont_associations_eur: assos })),
		...ENVELOPPES_2022.map(([d, bailleurs, assos, total]) => ({ annee: 2022, code_departement: d, enveloppe_eur: total, dont_bailleurs_associations_eur: bailleurs, dont_associations_eur: assos }))
	];
}
