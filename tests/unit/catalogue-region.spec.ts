/** The catalogue's loader per region (the build's region a parameter) and the page's filters. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needlesFor, scanText } from '../../scripts/scope/scan';
import { AUCUN_FILTRE, ecrireFiltres, lireFiltres, optionsFiltres, passeLesFiltres, type FiltresCatalogue } from '../../src/lib/catalogue';
import { catalogueRegion, tousLesProjets } from '../../src/lib/catalogue/catalogue.server';

describe('catalogueRegion', () => {
	it('PACA (93) : ses 7 projets, les Hauts-de-France en autre région', () => {
		const paca = catalogueRegion('93');
		expect(paca.regionNom).toBe("Provence-Alpes-Côte d'Azur");
		expect(paca.projets.map((p) => p.nom)).toEqual([
			'Situations extraordinaires, logements ordinaires',
			'Protège-toit',
			'Toi, moi et les autres : accompagner le vivre ensemble',
			'Bail sécurisation / bail de sauvegarde',
			"Projet d'accompagnement dans le logement de publics fragiles psychologiquement",
			"Réussir le logement d'abord et le vivre ensemble",
			'Un changement de statut sans changement de logement'
		]);
		expect(paca.autresRegions.map((r) => [r.region, r.regionNom, r.projets.length])).toEqual([['32', 'Hauts-de-France', 25]]);
	});

	it('Hauts-de-France (32) : ses 25 projets (8 + 1 + 4 + 12), PACA en autre région', () => {
		const hdf = catalogueRegion('32');
		expect(hdf.projets).toHaveLength(25);
		expect(hdf.projets.every((p) => p.region === '32')).toBe(true);
		expect(hdf.projets[0].nom).toBe('LOGIPSY');
		expect(hdf.autresRegions.map((r) => [r.region, r.projets.length])).toEqual([['93', 7]]);
	});

	it('une région sans projet : liste vide, toutes les autres à côté', () => {
		const bretagne = catalogueRegion('53');
		expect(bretagne.projets).toEqual([]);
		expect(bretagne.autresRegions.map((r) => r.region)).toEqual(['32', '93']);
	});
});

describe('filtres', () => {
	const hdf = catalogueRegion('32').projets;
	const noms = (f: Partial<FiltresCatalogue>) => hdf.filter((p) => passeLesFiltres(p, { ...AUCUN_FILTRE, ...f })).map((p) => p.nom);

	it('par département, bailleur (Partenord et Partenord Habitat ne font qu’un) et appel', () => {
		expect(noms({ departement: '80' })).toEqual(['SIPL – Soutien à l\'insertion et à la pérennisation vers et dans le logement', 'Résidence sociale Corinne Seguin : un partenariat de longue date avec AGENA en faveur des femmes en difficulté']);
		expect(noms({ bailleur: '631429180' })).toEqual([
			'Visa pour un logement',
			"Accompagnement global pour les jeunes dépourvus d'un logement",
			"Bien vivre dans mon logement, mon quartier, ma commune et dans mon département. Création d'une plate-forme d'animation territoriale"
		]);
		expect(noms({ appel: 'fnavdl-2021', departement: '62' })).toEqual(['ASCI – Accompagnement social et culturel individuel']);
	});

	it('texte libre sans accents ni casse, public', () => {
		expect(noms({ texte: 'cheval bleu' })).toEqual(["Partenariat avec le Cheval Bleu : améliorer l'inclusion dans le logement"]);
		expect(noms({ texte: 'CLESENCE' })).toEqual(["Construction d'un foyer de jeunes actifs à Soissons"]);
		expect(noms({ public: 'Personnes âgées' })).toEqual(["Partenariat avec le Cheval Bleu : améliorer l'inclusion dans le logement", 'Seniors à domicile : maintenir à domicile les locataires seniors']);
	});

	it('options : un bailleur par SIREN, nommé comme le document le nomme d’abord ; départements par code', () => {
		const o = optionsFiltres(hdf);
		expect(o.bailleur.filter((b) => b.value === '631429180' || b.value === '409618659')).toEqual([
			{ value: '631429180', label: 'Partenord Habitat' },
			{ value: '409618659', label: 'SIA Habitat' }
		]);
		expect(o.departement.map((d) => d.label)).toEqual(['Aisne (02)', 'Nord (59)', 'Oise (60)', 'Pas-de-Calais (62)', 'Somme (80)']);
		expect(o.appel.map((a) => a.value)).toEqual(['hlm-accompagnes', 'hlm-accompagnes-4', 'brochure-2020', 'fnavdl-2021']);
	});

	it('aller-retour par l’URL, les autres paramètres gardés', () => {
		const f: FiltresCatalogue = { ...AUCUN_FILTRE, appel: 'brochure-2020', texte: 'Oise' };
		const q = ecrireFiltres(new URLSearchParams('tri=x.nom.asc&q=ancien'), f);
		expect(q.toString()).toBe('tri=x.nom.asc&q=Oise&appel=brochure-2020');
		expect(lireFiltres(q)).toEqual(f);
	});
});

describe('site d’un bailleur', () => {
	it('ne garde que ses projets et ceux des autres régions (bailleurs hors des données de démonstration)', () => {
		const sip = catalogueRegion('32', '835284084');
		expect(sip.projets.map((p) => p.id)).toEqual(['fnavdl2021-80-sipl', 'brochure2020-80-sip-agena-amiens']);
		expect(sip.autresRegions.map((r) => [r.region, r.projets.length])).toEqual([['93', 7]]);
	});
});

describe('site d’un bailleur : aucun autre bailleur nommé', () => {
	// The build's leak scanner (scripts/scope/scan.ts) run on the catalogue each bailleur's site would serve.
	const bailleurs = readFileSync('data/raw/demo/bailleurs.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(';')).map(([siren, nom, nom_court]) => ({ siren, nom, nom_court }));
	it.each(bailleurs.map((b) => [b.nom, b.siren]))('%s (%s)', (_nom, siren) => {
		const texte = JSON.stringify([catalogueRegion('32', siren), tousLesProjets(siren)]);
		expect(scanText(texte, needlesFor(bailleurs, siren)).map((h) => h.match)).toEqual([]);
	});
	it('le catalogue entier, lui, en nomme d’autres (le contrôle voit bien les noms)', () => {
		const matches = scanText(JSON.stringify(tousLesProjets()), needlesFor(bailleurs, '835284084')).map((h) => h.match);
		expect(matches).toContain('Lille Métropole Habitat');
		expect(matches).toContain('484183363');
	});
});
