/**
 * The project catalogue (data/catalogue/projets.json) against its five source documents: how many
 * projects each names, and fields copied from their text (name, department, landlord, budget, ranking).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projetCatalogue, tousLesProjets } from '../../src/lib/catalogue/catalogue.server';

const projets = tousLesProjets();
const parSource = (prefixe: string) => projets.filter((p) => p.source.startsWith(prefixe));
/** The fields a test reads, for one project by id. */
function champs(id: string) {
	const p = projetCatalogue(id);
	if (!p) throw new Error(`projet absent : ${id}`);
	return { nom: p.nom, departements: p.departements, bailleur: p.bailleur, budgetEur: p.budgetEur, classement: p.classement, region: p.region };
}

describe('projets par document source', () => {
	it.each([
		['000_', 8],
		['001_', 1],
		['002_', 7],
		['003_', 4],
		['004_', 12]
	])('%s nomme %i projets', (prefixe, n) => {
		expect(parSource(prefixe)).toHaveLength(n);
	});

	it('chaque projet a un identifiant unique, un appel et un titre de source connus', () => {
		expect(new Set(projets.map((p) => p.id)).size).toBe(32);
		for (const p of projets) {
			expect(p.appelLibelle, p.id).not.toBe(p.appel);
			expect(p.sourceTitre, p.id).not.toBe(p.source);
		}
	});
});

describe('avis du jury Hauts-de-France (000)', () => {
	it('LOGIPSY, Lille Métropole Habitat, avis très favorable (1/8)', () => {
		expect(champs('hlm4-hdf-01-logipsy')).toEqual({ nom: 'LOGIPSY', departements: ['59'], bailleur: 'Lille Métropole Habitat', budgetEur: null, classement: 'Avis très favorable (1/8)', region: '32' });
	});
	it('Visa pour un logement, Partenord Habitat, (2/8), CU de Dunkerque', () => {
		expect(champs('hlm4-hdf-02-visa-pour-un-logement')).toEqual({ nom: 'Visa pour un logement', departements: ['59'], bailleur: 'Partenord Habitat', budgetEur: null, classement: 'Avis très favorable (2/8)', region: '32' });
	});
	it('Dispositif ASTREE : le document ne le situe pas', () => {
		expect(champs('hlm4-hdf-03-astree')).toEqual({ nom: 'Dispositif ASTREE', departements: [], bailleur: 'Habitat du Nord', budgetEur: null, classement: 'Avis très favorable (6/8)', region: '32' });
	});
	it('OPH de l’Aisne dans l’Aisne, SIA Habitat sur le Douaisis et Oignies (8/8)', () => {
		expect(champs('hlm4-hdf-06-familles-expulsees').departements).toEqual(['02']);
		expect(champs('hlm4-hdf-08-logement-d-abord')).toEqual({ nom: "Accompagnement intégré pour le Logement d'Abord", departements: ['59', '62'], bailleur: 'SIA Habitat', budgetEur: null, classement: 'Avis favorable (8/8)', region: '32' });
	});
	it('les rangs du document, dans son ordre', () => {
		expect(parSource('000_').map((p) => p.classement)).toEqual([
			'Avis très favorable (1/8)', 'Avis très favorable (2/8)', 'Avis très favorable (6/8)', 'Avis très favorable (2/8)',
			'Avis très favorable (5/8)', 'Avis très favorable (4/8)', 'Avis favorable (7/8)', 'Avis favorable (8/8)'
		]);
	});
});

describe('dossier de Partenord Habitat (001)', () => {
	it('coût total 500 000 € sur 3 ans, Nord, ménages en fourchette (pas de nombre unique)', () => {
		const p = projetCatalogue('hlm-hdf-partenord-plateforme');
		expect(p?.budgetEur).toBe(500000);
		expect(p?.departements).toEqual(['59']);
		expect(p?.menages).toBeNull();
		expect(p?.menagesTexte).toBe('Par an, 40 à 45 ménages en accès et 250 en maintien ; 40 à 45 logements');
		expect(p?.partenaires).toContain('ABEJ Solidarité');
	});
});

describe('avis du jury PACA (002)', () => {
	it('les rangs PI, P2, P2, P2, PI, PI, P3 et les bailleurs du document', () => {
		const paca = parSource('002_');
		expect(paca.map((p) => p.classement)).toEqual(['PI', 'P2', 'P2', 'P2', 'PI', 'PI', 'P3']);
		expect(paca.map((p) => p.bailleur)).toEqual(['LOGIREM', 'ERILIA', 'LOGEO MEDITERRANEE', 'MISTRAL HABITAT', 'OPH DES HAUTES ALPES', 'VAR HABITAT', 'VAR HABITAT']);
		expect(paca.every((p) => p.region === '93' && p.siren === null && p.budgetEur === null)).toBe(true);
	});
	it('« Toi, moi et les autres » : 30 ménages, Bouches-du-Rhône ; Mistral Habitat dans le Vaucluse', () => {
		expect(projetCatalogue('hlm4-paca-03-vivre-ensemble')?.menages).toBe(30);
		expect(champs('hlm4-paca-03-vivre-ensemble').departements).toEqual(['13']);
		expect(champs('hlm4-paca-04-bail-securisation')).toEqual({ nom: 'Bail sécurisation / bail de sauvegarde', departements: ['84'], bailleur: 'MISTRAL HABITAT', budgetEur: null, classement: 'P2', region: '93' });
		expect(projetCatalogue('hlm4-paca-01-situations-extraordinaires')?.partenaires).toEqual(['SOLiHA Provence', 'GCS Galilé']);
	});
});

describe('commission du 16 juin 2022 (003), FNAVDL AAP 2021', () => {
	it('ARLIPSY (La Pose, 25 ménages), ASCI (Sia Habitat, 22), SIPL (SIP, Somme), SA HLM de l’Oise avec Coallia', () => {
		expect(parSource('003_').map((p) => [p.bailleur, p.departements.join(), p.menages, p.appelLibelle])).toEqual([
			['SIGH', '59', 25, 'FNAVDL AAP 2021'],
			['Sia Habitat', '62', 22, 'FNAVDL AAP 2021'],
			['SIP', '80', null, 'FNAVDL AAP 2021'],
			["SA HLM de l'Oise", '60', null, 'FNAVDL AAP 2021']
		]);
		expect(projetCatalogue('fnavdl2021-62-asci')?.partenaires).toEqual(['La Vie Active', 'APSA', 'La Comédie de Béthune']);
	});
});

describe('brochure 2020 de l’URH (004)', () => {
	it('le foyer de jeunes actifs de Soissons : Clésence, Aisne, Accueil & Promotion', () => {
		const p = projetCatalogue('brochure2020-02-foyer-jeunes-soissons');
		expect(champs('brochure2020-02-foyer-jeunes-soissons')).toEqual({ nom: "Construction d'un foyer de jeunes actifs à Soissons", departements: ['02'], bailleur: 'Clésence', budgetEur: null, classement: null, region: '32' });
		expect(p?.partenaires).toEqual(['Accueil & Promotion']);
	});
	it('les coûts du document : 119 000 € (Oise Habitat), 722 500 € (SIP), 455 000 € (Logis Métropole)', () => {
		expect(champs('brochure2020-60-seniors-a-domicile')).toMatchObject({ bailleur: 'Oise Habitat', departements: ['60'], budgetEur: 119000 });
		expect(champs('brochure2020-80-sip-agena-amiens')).toMatchObject({ bailleur: 'SIP', departements: ['80'], budgetEur: 722500 });
		expect(champs('brochure2020-59-solfa-la-madeleine')).toMatchObject({ bailleur: 'Logis Métropole', departements: ['59'], budgetEur: 455000 });
	});
	it('aucun classement : la brochure ne classe pas', () => {
		expect(parSource('004_').filter((p) => p.classement !== null || p.avis !== null)).toEqual([]);
	});
});

describe('SIREN', () => {
	// SIRENs come only from the demonstration landlords (the documents give none): same landlord, same code.
	const demo = new Map(readFileSync('data/raw/demo/bailleurs.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(';')).map(([siren, nom]) => [siren, nom]));
	it('chaque SIREN est celui de data/raw/demo/bailleurs.csv', () => {
		const avecSiren = projets.filter((p) => p.siren);
		expect(avecSiren).toHaveLength(25);
		for (const p of avecSiren) expect(demo.has(p.siren as string), p.id).toBe(true);
		expect(demo.get(projetCatalogue('hlm4-hdf-01-logipsy')?.siren as string)).toBe('Lille Métropole Habitat');
		expect(demo.get(projetCatalogue('brochure2020-60-opac-troubles-psychiques')?.siren as string)).toBe("OPAC de l'Oise");
	});
});
