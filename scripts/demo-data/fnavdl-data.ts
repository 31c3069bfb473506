/**
 * FNAVDL figures of the commission deck (16 June 2022): department envelopes 2021 (regional
 * call for projects) and 2022, and the demonstration plan of projects per department.
 */
export interface EnveloppeRow {
	annee: string;
	code_departement: string;
	enveloppe_eur: number;
	dont_bailleurs_associations_eur: number;
	dont_associations_eur: number;
}

/**
 * 2021: financing, of which landlord–association projects and association projects (the
 * deck's values as printed: Somme's parts sum to 1 € less than its total). 2022: department
 * envelope with its landlord and association sub-envelopes.
 */
export const ENVELOPPES: readonly EnveloppeRow[] = [
	{ annee: '2021', code_departement: '02', enveloppe_eur: 164_269, dont_bailleurs_associations_eur: 25_940, dont_associations_eur: 138_329 },
	{ annee: '2021', code_departement: '59', enveloppe_eur: 1_079_862, dont_bailleurs_associations_eur: 403_428, dont_associations_eur: 676_434 },
	{ annee: '2021', code_departement: '60', enveloppe_eur: 386_632, dont_bailleurs_associations_eur: 144_444, dont_associations_eur: 242_188 },
	{ annee: '2021', code_departement: '62', enveloppe_eur: 706_022, dont_bailleurs_associations_eur: 263_764, dont_associations_eur: 442_257 },
	{ annee: '2021', code_departement: '80', enveloppe_eur: 274_970, dont_bailleurs_associations_eur: 102_726, dont_associations_eur: 172_243 },
	{ annee: '2022', code_departement: '02', enveloppe_eur: 164_269, dont_bailleurs_associations_eur: 25_940, dont_associations_eur: 138_329 },
	{ annee: '2022', code_departement: '59', enveloppe_eur: 1_149_767, dont_bailleurs_associations_eur: 403_428, dont_associations_eur: 746_339 },
	{ annee: '2022', code_departement: '60', enveloppe_eur: 404_250, dont_bailleurs_associations_eur: 144_444, dont_associations_eur: 259_806 },
	{ annee: '2022', code_departement: '62', enveloppe_eur: 790_622, dont_bailleurs_associations_eur: 263_764, dont_associations_eur: 526_857 },
	{ annee: '2022', code_departement: '80', enveloppe_eur: 274_969, dont_bailleurs_associations_eur: 102_726, dont_associations_eur: 172_243 }
];

/** Projects of the 2021 call per department: retained (of which partnerships) and only submitted. */
export const PLAN_PROJETS: Readonly<Record<string, { retenus: number; partenariats: number; deposes: number }>> = {
	'02': { retenus: 4, partenariats: 1, deposes: 5 },
	'59': { retenus: 19, partenariats: 7, deposes: 14 },
	'60': { retenus: 6, partenariats: 2, deposes: 6 },
	'62': { retenus: 12, partenariats: 5, deposes: 11 },
	'80': { retenus: 5, partenariats: 3, deposes: 4 }
};

/**
 * Households to accompany in the retained 2021 projects (convention objectives), 1 700 in
 * all; Nord 954 = 30.0 % of its 3 181 priority households waiting on 1 January 2022.
 */
export const MENAGES_RETENUS_2021: Readonly<Record<string, number>> = { '02': 90, '59': 954, '60': 170, '62': 330, '80': 156 };
