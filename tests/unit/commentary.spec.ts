/**
 * The commission's commentary on the June 2022 deck's figures: exact French sentences,
 * agreement, signs, zero and missing objectives. Figures are those of
 * tests/fixtures/reference/ (31 May 2022 for priority households, 30 April for the rest).
 */
import { describe, expect, it } from 'vitest';
import { normalizeSpaces } from '../../src/lib/format';
import {
	commentaireFnavdl,
	commentaireLogementDAbord,
	commentairePartEpci,
	commentairePrioritaires,
	commentaireTauxEpci,
	commentaireReforme,
	compte,
	fourchette,
	liste,
	tendance
} from '../../src/lib/commentary';
import type { LigneTerritoire } from '../../src/lib/views/territoire-lignes';
import type { ReformeAvancementRow } from '../../src/lib/queries/reforme-avancement';

const plain = (bullets: string[]) => bullets.map(normalizeSpaces);

const ligne = (niveau: LigneTerritoire['niveau'], code: string, nom: string, objectif: number | null, realise: number, attributions: number, stock: number | null, debut: number | null): LigneTerritoire => ({
	niveau, code, nom, objectif, statut_objectif: objectif == null ? 'en cours de finalisation' : 'fixe', realise, attributions, stock, stock_debut_annee: debut
});

/** The deck's table at 31 May 2022 (attributions totals are the demo extracts'). */
const PRIORITAIRES_31_MAI: LigneTerritoire[] = [
	ligne('region', '32', 'Hauts-de-France', null, 3859, 18543, 8514, 7823),
	ligne('departement', '02', 'Aisne', 1343, 459, 1743, 554, 483),
	ligne('departement', '59', 'Nord', 4804, 1413, 8028, 3649, 3181),
	ligne('departement', '60', 'Oise', null, 348, 1970, 998, 1060),
	ligne('departement', '62', 'Pas-de-Calais', 2993, 1152, 5293, 2188, 2166),
	ligne('departement', '80', 'Somme', 1034, 487, 1509, 1125, 933)
];

describe('grammar', () => {
	it('agrees in number (0 and 1 singular) and groups thousands with U+202F', () => {
		const nom = { singulier: 'ménage relogé', pluriel: 'ménages relogés' };
		expect([compte(0, nom), compte(1, nom), compte(2, nom)]).toEqual(['0 ménage relogé', '1 ménage relogé', '2 ménages relogés']);
		expect(compte(3859, nom)).toBe('3\u202F859 ménages relogés');
	});
	it('names a trend from its rounded percentage', () => {
		expect(plain([tendance(-0.14), tendance(0.0912), tendance(0.004), tendance(-0.004)])).toEqual(['Baisse de 14 %', 'Hausse de 9 %', 'Stabilité', 'Stabilité']);
	});
	it('writes ranges and lists', () => {
		expect(plain([fourchette([0.82, 0.71, 1.13])!, fourchette([0.82])!, fourchette([0.821, 0.818])!])).toEqual(['entre 71 et 113 %', '82 %', '82 %']);
		expect(fourchette([])).toBeNull();
		expect([liste(['A']), liste(['A', 'B']), liste(['A', 'B', 'C'])]).toEqual(['A', 'A et B', 'A, B et C']);
	});
});

describe('priority households (31 May 2022)', () => {
	it('writes the deck’s bullets for the region', () => {
		expect(plain(commentairePrioritaires(PRIORITAIRES_31_MAI, '2022-05-31'))).toEqual([
			"Bilan au 31 mai 2022 : 3 859 ménages prioritaires relogés, soit entre 71 et 113 % de l'objectif à date selon les départements",
			'20,8 % des attributions totales sont allées aux ménages prioritaires',
			"Objectif 2022 en cours de finalisation pour l'Oise, et donc pour la région : pas de taux de réalisation",
			'8 514 ménages prioritaires en attente de logement au 31 mai 2022, en hausse de 9 % depuis le 1er janvier'
		]);
	});
	it('gives the region’s own rate once every objective is fixed, the range in brackets', () => {
		const fixed = PRIORITAIRES_31_MAI.map((r) => (r.code === '60' ? { ...r, objectif: 1000 } : r.code === '32' ? { ...r, objectif: 11174 } : r));
		const [bilan, , third] = plain(commentairePrioritaires(fixed, '2022-05-31'));
		// 3 859 / (11 174 × 5/12) = 82.9 %; Oise 348 / (1 000 × 5/12) = 83.5 %.
		expect(bilan).toBe("Bilan au 31 mai 2022 : 3 859 ménages prioritaires relogés, soit 83 % de l'objectif à date (entre 71 et 113 % selon les départements)");
		expect(third).toMatch(/^8 514 ménages/);
	});
	it('names the department, agrees in the singular and writes a falling stock', () => {
		const oise = [ligne('departement', '60', 'Oise', null, 1, 40, 998, 1060)];
		expect(plain(commentairePrioritaires(oise, '2022-05-31'))).toEqual([
			"Bilan au 31 mai 2022 : 1 ménage prioritaire relogé dans l'Oise",
			'2,5 % des attributions totales sont allées aux ménages prioritaires',
			"Objectif 2022 en cours de finalisation pour l'Oise : pas de taux de réalisation",
			'998 ménages prioritaires en attente de logement au 31 mai 2022, en baisse de 6 % depuis le 1er janvier'
		]);
	});
	it('says « stable » and leaves out a share without attributions', () => {
		const somme = [ligne('departement', '80', 'Somme', 1034, 0, 0, 933, 933)];
		expect(plain(commentairePrioritaires(somme, '2022-05-31'))).toEqual([
			"Bilan au 31 mai 2022 : 0 ménage prioritaire relogé dans la Somme, soit 0 % de l'objectif à date",
			'933 ménages prioritaires en attente de logement au 31 mai 2022, stable depuis le 1er janvier'
		]);
	});
});

describe('sortants d’hébergement and sans-abri (30 April 2022)', () => {
	const region = (objectif: number | null, realise: number, attributions: number) => ligne('region', '32', 'Hauts-de-France', objectif, realise, attributions, null, null);
	const bailleurs = [
		...Array.from({ length: 6 }, () => ({ objectif: 30, realise: 3 })),
		...Array.from({ length: 6 }, () => ({ objectif: 30, realise: 6 })),
		...Array.from({ length: 6 }, () => ({ objectif: 30, realise: 9 })),
		...Array.from({ length: 13 }, () => ({ objectif: 30, realise: 12 })),
		{ objectif: null, realise: 4 }
	];
	it('writes the deck’s bullets for the sortants d’hébergement', () => {
		const bullets = commentaireLogementDAbord({
			indicateur: 'sortants_hebergement', total: region(2100, 559, 14810), precedent: { objectif: 1927, realise: 650, attributions: 15212 },
			date: '2022-04-30', datePrecedente: '2021-04-30', bailleurs
		});
		expect(plain(bullets)).toEqual([
			"Objectif régional pour 2022 : 2 100 attributions aux sortants d'hébergement, en hausse de 9 % par rapport à 2021",
			"Bilan au 30 avril 2022 : 559 ménages relogés, soit 80 % de l'objectif à date et 3,8 % des attributions totales",
			'Baisse de 14 % des attributions à ce public par rapport à fin avril 2021, où 650 attributions avaient été réalisées (ensemble des attributions : en baisse de 3 %)',
			'Bailleurs selon la part de leur objectif atteinte à date : 6 bailleurs à moins de 50 %, 6 bailleurs de 50 à 75 %, 6 bailleurs de 75 à 100 % et 13 bailleurs à 100 % et plus'
		]);
	});
	it('writes the sans-abri bullets', () => {
		const bullets = commentaireLogementDAbord({
			indicateur: 'sans_abri', total: region(1150, 334, 14810), precedent: { objectif: 1045, realise: 374, attributions: 15212 },
			date: '2022-04-30', datePrecedente: '2021-04-30'
		});
		expect(plain(bullets)).toEqual([
			'Objectif régional pour 2022 : 1 150 attributions aux ménages sans-abri, en hausse de 10 % par rapport à 2021',
			"Bilan au 30 avril 2022 : 334 ménages relogés, soit 87 % de l'objectif à date et 2,3 % des attributions totales",
			'Baisse de 11 % des attributions à ce public par rapport à fin avril 2021, où 374 attributions avaient été réalisées (ensemble des attributions : en baisse de 3 %)'
		]);
	});
	it('handles a missing objective, a rise, the singular and no previous attribution', () => {
		const nord = ligne('departement', '59', 'Nord', null, 2, 100, null, null);
		expect(plain(commentaireLogementDAbord({ indicateur: 'sans_abri', total: nord, precedent: { objectif: 700, realise: 1, attributions: 100 }, date: '2022-04-30', datePrecedente: '2021-04-30' }))).toEqual([
			'Objectif 2022 pour le Nord en cours de finalisation',
			'Bilan au 30 avril 2022 : 2 ménages relogés, soit 2,0 % des attributions totales',
			'Hausse de 100 % des attributions à ce public par rapport à fin avril 2021, où 1 attribution avait été réalisée (ensemble des attributions : stable)'
		]);
		const zero = commentaireLogementDAbord({ indicateur: 'sans_abri', total: nord, precedent: { objectif: 700, realise: 0, attributions: 0 }, date: '2022-04-30', datePrecedente: '2021-04-30' });
		expect(normalizeSpaces(zero[2])).toBe('Aucune attribution à ce public à fin avril 2021');
	});
});

describe('réforme (end of April 2022) and FNAVDL', () => {
	const epci = (i: number, steps: number, cotation = false): ReformeAvancementRow => ({
		siren: String(200000000 + i), nom: `EPCI ${i}`, code_departement: '59',
		date_premiere_cil: null, date_orientations: null, date_cia: null, date_ppgdid: null,
		premiere_cil: steps >= 1, orientations: steps >= 2, cia: steps >= 3, ppgdid: steps >= 4,
		cotation_active: cotation, taux_cible_hors_qpv_q1: null
	});
	it('counts the steps as the deck: 30 (75 %), 27 (68 %), 20 (50 %), 19 (48 %)', () => {
		// 19 with 4 steps, 1 with 3, 7 with 2, 3 with 1, 10 with none = 40 EPCI.
		const avancement = [...Array(19).keys()].map((i) => epci(i, 4, i < 2)).concat([epci(19, 3)], [...Array(7).keys()].map((i) => epci(20 + i, 2)), [...Array(3).keys()].map((i) => epci(27 + i, 1)), [...Array(10).keys()].map((i) => epci(30 + i, 0)));
		const counts = (q1: number, total: number) => ({ hors_qpv: total, hors_qpv_q1: q1, qpv: 100, qpv_q2_q4: 80, qpv_q4: 20 });
		const bullets = commentaireReforme({ date: '2022-04-30', avancement, total: { hors_qpv: 1000, hors_qpv_q1: 180, qpv: 400, qpv_q2_q4: 300, qpv_q4: 92 }, epci: [{ ...counts(7, 100), taux_cible_hors_qpv_q1: null }, { ...counts(37, 100), taux_cible_hors_qpv_q1: null }] });
		expect(plain(bullets)).toEqual([
			'40 EPCI doivent mettre en œuvre la réforme ; à fin avril 2022, 1re CIL tenue dans 30 (75 %), orientations cadre adoptées dans 27 (68 %), CIA signée dans 20 (50 %) et PPGDID adopté dans 19 (48 %)',
			"Hors QPV, 18 % des attributions aux ménages du 1er quartile et relogés ANRU (objectif : 25 %) ; entre 7 et 37 % selon les EPCI, 1 EPCI atteignant l'objectif",
			'En QPV, 75 % des attributions aux ménages des quartiles 2 à 4 (objectif : au moins 50 %), dont 23 % au 4e quartile ; objectif respecté par les 2 EPCI',
			'Cotation de la demande active dans 2 EPCI : EPCI 0 et EPCI 1'
		]);
	});
	it('writes the FNAVDL bullets of the 2021 call', () => {
		const total = { niveau: 'region' as const, code: '32', nom: 'Hauts-de-France', deposes: 86, retenus: 46, partenariats: 18, menages_acces: 1004, menages_maintien: 721, menages_accompagnes: 1003, date_accompagnes: '2021-12-31', financement_eur: 2611755.8, financement_connu_eur: 2611755.8, accompagnes_connus: 1003, stock_prioritaires: 7823 };
		const env = (annee: number, eur: number) => ({ annee, niveau: 'region' as const, code: '32', nom: 'Hauts-de-France', enveloppe_eur: eur, bailleurs_associations_eur: 0, associations_eur: 0 });
		expect(plain(commentaireFnavdl({ annee: 2021, total, enveloppe: env(2021, 2611755.8), enveloppeSuivante: env(2022, 2783878), dateStock: '2022-01-01' }))).toEqual([
			'Appel à projets 2021 : 86 dossiers déposés, 46 projets retenus (53 %), dont 39 % portés par un partenariat bailleurs–associations',
			'Enveloppe 2022 : 2 783 878 €, en hausse de 7 % par rapport à 2021 (2 611 756 €)',
			'1 725 ménages à accompagner (objectifs conventionnés), soit 22,1 % des 7 823 ménages prioritaires en attente au 1er janvier 2022',
			"1 003 ménages accompagnés au 31 décembre 2021, soit 58 % de l'objectif"
		]);
	});
});

describe('maps by EPCI', () => {
	it('writes the range of priority shares in 2021 (7 to 42 %) and the legal quarter', () => {
		const rows = [{ prioritaires: 7, attributions: 100 }, { prioritaires: 42, attributions: 100 }, { prioritaires: 25, attributions: 100 }, { prioritaires: 0, attributions: 0 }];
		expect(plain(commentairePartEpci(2021, rows))).toEqual([
			'Situation à fin 2021 : part des attributions aux ménages prioritaires entre 7 et 42 % selon les EPCI',
			'2 EPCI sur 3 atteignent le quart des attributions',
			'Rappel : tous les réservataires doivent consacrer un quart de leur contingent aux ménages prioritaires (L441-1 CCH), ainsi que tous les bailleurs sur leur part hors contingent'
		]);
		expect(plain(commentairePartEpci(2021, rows.slice(0, 2)))[1]).toBe('1 EPCI sur 2 atteint le quart des attributions');
		expect(plain(commentairePartEpci(2021, [rows[0], rows[0]]))[1]).toBe("Aucun EPCI sur 2 n'atteint le quart des attributions");
		expect(plain(commentairePartEpci(2021, [rows[1]]))[0]).toBe('Situation à fin 2021 : 42 % des attributions aux ménages prioritaires');
	});
	it('writes the sortants objective reached at date by EPCI, singular, none and without objective', () => {
		// 30 April: due = objective × 4/12.
		const rows = [{ objectif: 30, realise: 10 }, { objectif: 30, realise: 5 }, { objectif: 60, realise: 24 }, { objectif: null, realise: 3 }];
		expect(plain(commentaireTauxEpci('2022-04-30', rows))).toEqual([
			"Bilan des objectifs territorialisés au 30 avril 2022 : entre 50 et 120 % de l'objectif à date selon les EPCI",
			'2 EPCI sur 3 ont atteint leur objectif à date',
			'1 EPCI sans objectif territorialisé'
		]);
		expect(plain(commentaireTauxEpci('2022-04-30', rows.slice(0, 2)))[1]).toBe('1 EPCI sur 2 a atteint son objectif à date');
		expect(plain(commentaireTauxEpci('2022-04-30', [rows[1], rows[1]]))[1]).toBe("Aucun EPCI sur 2 n'a atteint son objectif à date");
		expect(plain(commentaireTauxEpci('2022-04-30', [rows[1]]))).toEqual(["Bilan de l'objectif territorialisé au 30 avril 2022 : 50 % de l'objectif à date", 'Objectif non atteint à date']);
	});
});
