/**
 * The figures of the PDALHPD commission of 16 June 2022 (Hauts-de-France) that the
 * demonstration data must reproduce exactly. Source: the commission deck, transcribed in
 * the project's reference tables (public figures).
 */
export const DEPARTEMENTS = ['02', '59', '60', '62', '80'] as const;
export type CodeDepartement = (typeof DEPARTEMENTS)[number];
type ByDep = Readonly<Record<CodeDepartement, number>>;
type ByDepOrNull = Readonly<Record<CodeDepartement, number | null>>;

export const TARGETS = {
	/** Attributions to priority households, January–May 2022. */
	prioritairesJanMai2022: { '02': 459, '59': 1413, '60': 348, '62': 1152, '80': 487 } as ByDep,
	/** Objectives 2022; Oise: « en cours de finalisation » (no value). */
	objectifPrioritaires2022: { '02': 1343, '59': 4804, '60': null, '62': 2993, '80': 1034 } as ByDepOrNull,
	stockPrioritaires20220101: { '02': 483, '59': 3181, '60': 1060, '62': 2166, '80': 933 } as ByDep,
	stockPrioritaires20220531: { '02': 554, '59': 3649, '60': 998, '62': 2188, '80': 1125 } as ByDep,
	/** round(3859 / all attributions January–May 2022 × 100). */
	partPrioritairesJanMai2022Pct: 21,
	sortantsJanAvr2022: { '02': 25, '59': 214, '60': 63, '62': 152, '80': 105 } as ByDep,
	objectifSortants2022: { '02': 130, '59': 1020, '60': 235, '62': 502, '80': 213 } as ByDep,
	stockHeberges20220430: { '02': 209, '59': 2272, '60': 627, '62': 866, '80': 740 } as ByDep,
	sansAbriJanAvr2022: { '02': 14, '59': 217, '60': 27, '62': 57, '80': 19 } as ByDep,
	objectifSansAbri2022: { '02': 30, '59': 760, '60': 93, '62': 192, '80': 75 } as ByDep,
	stockSansAbri20220430: { '02': 101, '59': 2854, '60': 347, '62': 754, '80': 292 } as ByDep,
	/** All attributions January–April 2022 (implied by the deck's shares). */
	attributionsJanAvr2022: { '02': 1395, '59': 6430, '60': 1580, '62': 4200, '80': 1205 } as ByDep,
	sortantsJanAvr2021Region: 650,
	sansAbriJanAvr2021Region: 374,
	objectifSortants2021Region: 1927,
	objectifSansAbri2021Region: 1045,
	/** Landlords by sortants rate at date on 30 April 2022: < 50 %, 50–75 %, 75–100 %, ≥ 100 %. */
	bandesBailleursSortants: [6, 6, 6, 13] as const,
	/** Share of priority households by EPCI, 2021: smallest and largest, in % (rounded). */
	partPrioritairesEpci2021Pct: { min: 7, max: 42 },
	reforme: { perimetre: 40, cil: 30, orientations: 27, cia: 20, ppgdid: 19, cotation: 4 },
	/** hors QPV Q1 / hors QPV, January–April 2022, in % (rounded). */
	horsQpvQ1: { region: 18, epciMin: 7, epciMax: 37, epciAuMoins25: 3, epciEnBaisse: 9, bailleurMin: 0, bailleurMax: 33 },
	qpv: { q2q4JanAvr2022: 75, q2q4Annee2021: 77, q4JanAvr2022: 23 },
	fnavdl: { projets2021: 86, retenus2021: 46, partenariats2021: 18, menages2021: 1725, accompagnes20211231: 1003, nouveaux2022Eur: 643_320 }
} as const;
