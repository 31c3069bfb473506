/**
 * FNAVDL projects named in the project's source documents (commission deck of June 2022,
 * regional jury of the « 10 000 logements HLM accompagnés » call, regional Hlm union
 * brochure), with their real facts; the other projects are generated from `THEMES`.
 */
import { EPCI } from './epci-codes.ts';

export interface ProjetConnu {
	nom: string;
	porteur: string;
	typePorteur: 'association' | 'bailleur' | 'partenariat';
	/** Short name of the landlord involved (bailleurs.ts), if any. */
	bailleur?: string;
	departement: string;
	epci?: string;
	public: string;
	/** Households to accompany (access, maintenance) when the sources give them. */
	acces?: number;
	maintien?: number;
	/** Households accompanied at 31 December 2021, when known or implied. */
	accompagnes?: number;
	/** 2021: retained (« retenu ») or only submitted (« depose »); 2022: new project. */
	appel: 'retenu2021' | 'depose2021' | 'nouveau2022';
}

export const PROJETS_CONNUS: readonly ProjetConnu[] = [
	{ nom: 'ARLIPSY – Accompagnement renforcé des occupants de logements indignes présentant un trouble psychique', porteur: 'La Pose (en lien avec la SIGH)',
		typePorteur: 'partenariat', bailleur: 'SIGH', departement: '59', epci: EPCI.valenciennes, appel: 'retenu2021', acces: 0, maintien: 25, accompagnes: 3,
		public: "Personnes menacées d'expulsion, occupants de logements indignes, troubles psychiques (Diogène, Noé) : 25 ménages par an, 13 files actives" },
	{ nom: 'LOGIPSY', porteur: 'Lille Métropole Habitat', typePorteur: 'partenariat', bailleur: 'LMH', departement: '59', epci: EPCI.mel, appel: 'retenu2021',
		public: 'Personnes souffrant de troubles psychiques : accès et maintien, avec le secteur sanitaire et médico-social (3 principaux bailleurs de la MEL)' },
	{ nom: 'Visa pour un logement', porteur: 'Partenord Habitat', typePorteur: 'partenariat', bailleur: 'Partenord', departement: '59', epci: EPCI.dunkerque, appel: 'retenu2021',
		public: "Personnes en situation d'addiction : accès direct au logement, CHRS hors les murs étendu à la CU de Dunkerque" },
	{ nom: 'Dispositif ASTREE', porteur: 'Habitat du Nord', typePorteur: 'partenariat', bailleur: 'Habitat du Nord', departement: '59', appel: 'retenu2021',
		public: 'Victimes de violences conjugales : mise à disposition immédiate de logements, éviter le retour au domicile' },
	{ nom: 'Dispositif Logac-V', porteur: 'Habitat du Nord', typePorteur: 'partenariat', bailleur: 'Habitat du Nord', departement: '59', epci: EPCI.maubeuge, appel: 'retenu2021',
		public: "Personnes avec enfants victimes de violences : éviter l'hébergement d'urgence (agglomération de Maubeuge-Val de Sambre)" },
	{ nom: 'Accompagnement global des jeunes dépourvus de logement', porteur: 'Partenord Habitat', typePorteur: 'partenariat', bailleur: 'Partenord', departement: '59', appel: 'retenu2021',
		public: 'Jeunes de moins de 25 ans sans ressources pérennes : coach, référentiel d’observation des compétences sociales' },
	{ nom: 'Maintien dans les lieux en quartiers prioritaires', porteur: 'Le Cottage Social des Flandres', typePorteur: 'partenariat', bailleur: 'Cottage', departement: '59', epci: EPCI.dunkerque,
		appel: 'retenu2021', public: 'Locataires en difficulté de paiement ou de maintien (avec Soliha, AAE et Afeji), 3 sites en QPV' },
	{ nom: 'ASCI – Accompagnement social et culturel individuel', porteur: 'SIA Habitat', typePorteur: 'partenariat', bailleur: 'SIA Habitat', departement: '62', appel: 'retenu2021',
		acces: 16, maintien: 6, accompagnes: 4,
		public: "22 mesures d'un an : 16 ménages en accès dont 6 DALO, 6 en maintien, avec La Vie Active (CABBALR), APSA (CAHC) et La Comédie de Béthune" },
	{ nom: 'Plateforme Logement d’abord du bassin minier', porteur: 'Pas-de-Calais Habitat', typePorteur: 'partenariat', bailleur: 'PdC Habitat', departement: '62', epci: EPCI.lens,
		appel: 'retenu2021', public: "Ménages sans solution ou menacés d'expulsion des territoires de mise en œuvre accélérée (Lens-Liévin, Béthune-Bruay, Hénin-Carvin)" },
	{ nom: 'Home Family', porteur: 'Maisons & Cités', typePorteur: 'partenariat', bailleur: 'Maisons & Cités', departement: '62', epci: EPCI.lens, appel: 'retenu2021',
		public: 'Familles sans logement accueillies avec Le Cheval Bleu dans 10 logements répartis en diffus' },
	{ nom: 'Vivre dans son logement, exister dans la cité', porteur: 'Habitat Hauts-de-France', typePorteur: 'partenariat', bailleur: 'Habitat HdF', departement: '62', appel: 'retenu2021',
		public: "Jeunes ménages, notamment sortants de l'ASE : diagnostic et accompagnement global" },
	{ nom: 'Accompagnement intégré pour le Logement d’abord', porteur: 'SIA Habitat', typePorteur: 'partenariat', bailleur: 'SIA Habitat', departement: '62', epci: EPCI.heninCarvin,
		appel: 'retenu2021', public: 'Ménages relevant du Logement d’abord (Douaisis et Oignies) : formules d’accompagnement adaptables' },
	{ nom: 'Accompagnement vers et dans le logement – Oise', porteur: "SA HLM de l'Oise (avec Coallia)", typePorteur: 'partenariat', bailleur: "SA HLM de l'Oise", departement: '60',
		epci: EPCI.beauvaisis, appel: 'retenu2021', public: 'Ménages sortants d’hébergement et prioritaires du PDALHPD' },
	{ nom: 'Troubles psychiques : unité de liaison avec le Centre Hospitalier Isarien', porteur: "OPAC de l'Oise", typePorteur: 'partenariat', bailleur: "OPAC de l'Oise", departement: '60',
		epci: EPCI.clermontois, appel: 'retenu2021', public: 'Locataires présentant des troubles psychiques ou psychiatriques : maintien dans le logement' },
	{ nom: 'SIPL – Soutien à l’insertion et à la pérennisation vers et dans le logement', porteur: 'SIP (avec l’UDAF de la Somme)', typePorteur: 'partenariat', bailleur: 'SIP',
		departement: '80', appel: 'retenu2021', acces: 20, maintien: 12,
		public: "Dépourvus de logement, DALO, sortants d'hébergement ou de détention : 17 mesures « légères » (4 h/mois) et 15 « moyennes » (8 h/mois)" },
	{ nom: 'Détecter, reloger, accompagner (DRA)', porteur: "OPH de l'Aisne", typePorteur: 'partenariat', bailleur: "OPH de l'Aisne", departement: '02', appel: 'retenu2021',
		public: "Familles avec enfants menacées d'expulsion du parc HLM : une seconde chance (social, logement, justice)" },
	{ nom: 'Résidence Vivaldi – jeunes actifs', porteur: 'Clésence (avec Accueil & Promotion)', typePorteur: 'partenariat', bailleur: 'Clésence', departement: '02', epci: EPCI.soissons,
		appel: 'depose2021', public: 'Jeunes de 16 à 25 ans en insertion' },
	{ nom: 'Résidence pour femmes en situation de rupture', porteur: 'Logis Métropole (avec Solfa)', typePorteur: 'partenariat', bailleur: 'Logis Métropole', departement: '59', epci: EPCI.mel,
		appel: 'depose2021', public: 'Femmes isolées ou avec enfants en situation de rupture, La Madeleine' },
	{ nom: 'Habitat inclusif de Roncq', porteur: '3F Notre Logis (avec ISRAA)', typePorteur: 'partenariat', bailleur: 'Notre Logis', departement: '59', epci: EPCI.mel, appel: 'nouveau2022',
		public: 'Personnes présentant un handicap psychique : 10 logements adaptés en cœur de ville' },
	{ nom: 'Bien vieillir chez soi', porteur: 'Oise Habitat', typePorteur: 'bailleur', bailleur: 'Oise Habitat', departement: '60', epci: EPCI.compiegne, appel: 'nouveau2022',
		public: 'Locataires de 70 ans et plus isolés ou fragiles : maintien dans le logement' },
	{ nom: 'Maisons de ville adaptées', porteur: 'Promocil', typePorteur: 'partenariat', bailleur: 'Promocil', departement: '02', epci: EPCI.saintQuentin, appel: 'nouveau2022',
		public: 'Personnes en situation de handicap psychique : deux maisons de ville réhabilitées' }
];

/** Themes of the generated projects: name pattern (`{lieu}` = place) and public. */
export const THEMES: readonly { nom: string; public: string }[] = [
	{ nom: 'Bail glissant {lieu}', public: "Ménages sortants d'hébergement : bail glissant et accompagnement vers l'autonomie" },
	{ nom: "Logement d'abord {lieu}", public: 'Personnes sans domicile : accès direct au logement avec accompagnement renforcé' },
	{ nom: 'Prévention des expulsions {lieu}', public: "Locataires en impayés menacés d'expulsion : maintien dans le logement" },
	{ nom: 'Accompagnement des jeunes {lieu}', public: "Jeunes de 18 à 25 ans, dont sortants de l'ASE : premier logement" },
	{ nom: 'Violences intrafamiliales {lieu}', public: 'Victimes de violences conjugales : relogement rapide et accompagnement' },
	{ nom: 'Santé mentale et logement {lieu}', public: 'Personnes présentant des troubles psychiques : accès et maintien' },
	{ nom: 'Sortants de détention {lieu}', public: 'Personnes sortant de détention : préparation et accès au logement' },
	{ nom: 'Accompagnement DALO {lieu}', public: 'Ménages reconnus prioritaires DALO : accès au logement et installation' },
	{ nom: 'Grands marginaux {lieu}', public: 'Personnes à la rue depuis longtemps : aller-vers et accompagnement pluridisciplinaire' },
	{ nom: 'Hébergés chez des tiers {lieu}', public: 'Ménages hébergés chez des tiers : accès au logement autonome' }
];

/** Associations of each department that carry generated projects. */
export const ASSOCIATIONS: Readonly<Record<string, readonly string[]>> = {
	'02': ['Accueil & Promotion', 'Soliha Aisne', "UDAF de l'Aisne", 'Coallia'],
	'59': ['Abej Solidarité', 'La Sauvegarde du Nord', 'AFEJI', "Fondation de l'Armée du Salut", 'Solfa', 'Aréli', 'Habitat et Humanisme', 'La Pose', 'AAE'],
	'60': ['Coallia', 'ADARS', 'Soliha Oise', "UDAF de l'Oise"],
	'62': ['La Vie Active', 'APSA', 'AJAR', 'ADIS', "Les Compagnons de l'Espoir", 'Le Cheval Bleu', 'Soliha Pas-de-Calais'],
	'80': ['UDAF de la Somme', 'Soliha Somme', 'Coallia', 'Habitat et Humanisme']
};
