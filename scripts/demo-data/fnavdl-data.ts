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
 * 2021: financing, of which landlord–association projects and association projects; 2022:
 * department envelope with its landlord and association sub-envelopes. The deck prints whole
 * euros of amounts with cents: these cents make every department round to its printed value
 * AND every total round to the printed total (2 611 756 €, not the 2 611 755 € of the printed
 * lines; 1 671 452 €; 940 303 €; 2 783 878 €), and each envelope is exactly the sum of its parts.
 */
const enveloppe = (annee: string, code: string, bailleurs: number, associations: number): EnveloppeRow => ({
	annee, code_departement: code, enveloppe_eur: Math.round((bailleurs + associations) * 100) / 100,
	dont_bailleurs_associations_eur: bailleurs, dont_associations_eur: associations
});

export const ENVELOPPES: readonly EnveloppeRow[] = [
	enveloppe('2021', '02', 25_940.2, 138_329.2),
	enveloppe('2021', '59', 403_428.2, 676_434.2),
	enveloppe('2021', '60', 144_444.1, 242_188.1),
	enveloppe('2021', '62', 263_764.45, 442_257.45),
	enveloppe('2021', '80', 102_726.45, 172_243.45),
	enveloppe('2022', '02', 25_940.2, 138_329.2),
	enveloppe('2022', '59', 403_428.2, 746_339.2),
	enveloppe('2022', '60', 144_444.1, 259_806.1),
	enveloppe('2022', '62', 263_764.45, 526_857.45),
	enveloppe('2022', '80', 102_726.45, 172_242.7)
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
 * Households to accompany in the retained 2021 projects (convention objectives): 1 725 in
 * all, « 1 700 » in the deck's prose, whose 1 000 accompanied (1 003) are 58 % of them;
 * Nord 954 = 30.0 % of its 3 181 priority households waiting on 1 January 2022.
 */
export const MENAGES_RETENUS_2021: Readonly<Record<string, number>> = { '02': 90, '59': 954, '60': 180, '62': 345, '80': 156 };
