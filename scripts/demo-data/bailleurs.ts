/**
 * The demonstration landlords: real social landlords of Hauts-de-France with their family
 * and where they mainly let homes. SIRENs are synthetic (Luhn-valid): demonstration data.
 */
import { EPCI } from './epci-codes.ts';
import { syntheticSiren } from './siren.ts';

export type BailleurType = 'OPH' | 'ESH' | 'SEM' | 'COOP';

/** Where a landlord lets: EPCI SIREN → relative weight of its lettings there. */
export type Zones = Readonly<Record<string, number>>;

export interface BailleurDemo {
	siren: string;
	nom: string;
	nomCourt: string;
	type: BailleurType;
	/** Explicit EPCI and weights. */
	zones: Zones;
	/** Departments where it lets in every EPCI (the departmental OPH), with that base weight. */
	partout?: { departement: string; poids: number };
}

const E = EPCI;
const entries: Omit<BailleurDemo, 'siren'>[] = [
	{ nom: 'Lille Métropole Habitat', nomCourt: 'LMH', type: 'OPH', zones: { [E.mel]: 10 } },
	{ nom: 'Partenord Habitat', nomCourt: 'Partenord', type: 'OPH', partout: { departement: '59', poids: 2.5 },
		zones: { [E.mel]: 6, [E.dunkerque]: 3, [E.valenciennes]: 3, [E.maubeuge]: 2.5, [E.cambrai]: 2 } },
	{ nom: 'Habitat du Nord', nomCourt: 'Habitat du Nord', type: 'ESH',
		zones: { [E.mel]: 2, [E.maubeuge]: 2, [E.valenciennes]: 2, [E.porteHainaut]: 1.5, [E.douaisis]: 1, [E.lens]: 0.8 } },
	{ nom: "Office public de l'habitat de l'Aisne", nomCourt: "OPH de l'Aisne", type: 'OPH', partout: { departement: '02', poids: 2 },
		zones: { [E.laon]: 3, [E.soissons]: 2, [E.chateauThierry]: 2, [E.chauny]: 2 } },
	{ nom: 'Habitat Hauts-de-France', nomCourt: 'Habitat HdF', type: 'ESH',
		zones: { [E.lens]: 2, [E.bethune]: 2, [E.arras]: 1.5, [E.heninCarvin]: 1, [E.mel]: 1, [E.douaisis]: 1 } },
	{ nom: 'SIA Habitat', nomCourt: 'SIA Habitat', type: 'ESH',
		zones: { [E.douaisis]: 3, [E.coeurOstrevent]: 2, [E.valenciennes]: 1.5, [E.mel]: 1, [E.bethune]: 1.5, [E.heninCarvin]: 1.5, [E.lens]: 1 } },
	{ nom: 'Clésence', nomCourt: 'Clésence', type: 'ESH',
		zones: { [E.saintQuentin]: 2, [E.soissons]: 2, [E.laon]: 1, [E.chauny]: 2, [E.chateauThierry]: 1.5, [E.retzEnValois]: 1,
			[E.creil]: 2, [E.compiegne]: 1.5, [E.valois]: 1, [E.noyonnais]: 1, [E.amiens]: 1 } },
	{ nom: 'Pas-de-Calais Habitat', nomCourt: 'PdC Habitat', type: 'OPH', partout: { departement: '62', poids: 2.5 },
		zones: { [E.arras]: 3, [E.lens]: 2, [E.bethune]: 2, [E.saintOmer]: 2, [E.boulonnais]: 1.5, [E.calais]: 1, [E.deuxBaies]: 1.5, [E.ternois]: 1.5 } },
	{ nom: 'Le Cottage Social des Flandres', nomCourt: 'Cottage', type: 'ESH',
		zones: { [E.dunkerque]: 3, [E.hautsDeFlandre]: 2, [E.coeurFlandre]: 1.5, [E.flandreLys]: 1, [E.mel]: 0.4 } },
	{ nom: 'Logis Métropole', nomCourt: 'Logis Métropole', type: 'ESH', zones: { [E.mel]: 3 } },
	{ nom: 'Maisons & Cités', nomCourt: 'Maisons & Cités', type: 'ESH',
		zones: { [E.lens]: 4, [E.bethune]: 3, [E.heninCarvin]: 3, [E.osartis]: 1, [E.douaisis]: 2, [E.coeurOstrevent]: 2, [E.porteHainaut]: 2, [E.valenciennes]: 1 } },
	{ nom: "OPAC de l'Oise", nomCourt: "OPAC de l'Oise", type: 'OPH', partout: { departement: '60', poids: 2 },
		zones: { [E.beauvaisis]: 3, [E.creil]: 3, [E.compiegne]: 2, [E.clermontois]: 2, [E.noyonnais]: 2 } },
	{ nom: 'Société Immobilière Picarde', nomCourt: 'SIP', type: 'ESH',
		zones: { [E.amiens]: 3, [E.baieDeSomme]: 1.5, [E.villesSoeurs]: 1, [E.vimeu]: 1, [E.hauteSomme]: 1, [E.ponthieu]: 1 } },
	{ nom: "SA HLM de l'Oise", nomCourt: "SA HLM de l'Oise", type: 'ESH',
		zones: { [E.beauvaisis]: 2, [E.creil]: 1.5, [E.compiegne]: 1, [E.sablons]: 1, [E.thelloise]: 1 } },
	{ nom: 'Vilogia', nomCourt: 'Vilogia', type: 'ESH',
		zones: { [E.mel]: 8, [E.valenciennes]: 1.5, [E.cambrai]: 1, [E.arras]: 1, [E.lens]: 0.8, [E.douaisis]: 0.8 } },
	{ nom: 'Norevie', nomCourt: 'Norevie', type: 'ESH',
		zones: { [E.douaisis]: 3, [E.coeurOstrevent]: 1.5, [E.cambrai]: 1, [E.heninCarvin]: 1, [E.osartis]: 1 } },
	{ nom: 'Flandre Opale Habitat', nomCourt: 'FOH', type: 'OPH',
		zones: { [E.dunkerque]: 4, [E.hautsDeFlandre]: 1.5, [E.coeurFlandre]: 1 } },
	{ nom: 'Habitat 62/59 Picardie', nomCourt: 'Habitat 62/59', type: 'ESH',
		zones: { [E.calais]: 2, [E.boulonnais]: 2, [E.saintOmer]: 1.5, [E.bethune]: 1, [E.amiens]: 1, [E.baieDeSomme]: 1 } },
	{ nom: "Terre d'Opale Habitat", nomCourt: "Terre d'Opale", type: 'OPH',
		zones: { [E.calais]: 3, [E.boulonnais]: 2.5, [E.deuxBaies]: 1 } },
	{ nom: 'ICF Habitat Nord-Est', nomCourt: 'ICF Nord-Est', type: 'ESH',
		zones: { [E.mel]: 1, [E.valenciennes]: 0.5, [E.lens]: 0.5, [E.arras]: 0.5, [E.chauny]: 1, [E.creil]: 1, [E.compiegne]: 0.5, [E.amiens]: 0.8 } },
	{ nom: '3F Notre Logis', nomCourt: 'Notre Logis', type: 'ESH', zones: { [E.mel]: 3, [E.dunkerque]: 0.5 } },
	{ nom: 'Promocil', nomCourt: 'Promocil', type: 'ESH',
		zones: { [E.saintQuentin]: 2.5, [E.chauny]: 0.5, [E.cambrai]: 1.5, [E.caudresis]: 1, [E.hauteSomme]: 1 } },
	{ nom: 'Oise Habitat', nomCourt: 'Oise Habitat', type: 'OPH',
		zones: { [E.compiegne]: 2.5, [E.noyonnais]: 1, [E.valois]: 1, [E.creil]: 1, [E.senlis]: 1, [E.oiseHalatte]: 1.5, [E.liancourtois]: 1 } },
	{ nom: 'Picardie Habitat', nomCourt: 'Picardie Habitat', type: 'ESH',
		zones: { [E.beauvaisis]: 1, [E.creil]: 0.8, [E.thelloise]: 1, [E.amiens]: 1.5, [E.estSomme]: 0.8 } },
	{ nom: 'Amiens Habitat', nomCourt: 'Amiens Habitat', type: 'OPH', zones: { [E.amiens]: 8 } },
	{ nom: "Office public d'HLM de la Somme", nomCourt: 'OPSOM', type: 'OPH', partout: { departement: '80', poids: 1.6 },
		zones: { [E.amiens]: 2, [E.baieDeSomme]: 2 } },
	{ nom: 'Habitat Saint-Quentinois', nomCourt: 'Habitat St-Quentinois', type: 'OPH', zones: { [E.saintQuentin]: 3 } },
	{ nom: 'Société Immobilière du Grand Hainaut', nomCourt: 'SIGH', type: 'ESH',
		zones: { [E.valenciennes]: 2.5, [E.porteHainaut]: 2, [E.maubeuge]: 1, [E.cambrai]: 0.8 } },
	{ nom: 'CDC Habitat social', nomCourt: 'CDC Habitat', type: 'ESH',
		zones: { [E.mel]: 1, [E.creil]: 1.5, [E.compiegne]: 0.8, [E.aireCantilienne]: 1, [E.senlis]: 0.8, [E.chateauThierry]: 0.5 } },
	{ nom: 'Immobilière 3F', nomCourt: 'I3F', type: 'ESH',
		zones: { [E.creil]: 1.2, [E.oiseHalatte]: 1, [E.aireCantilienne]: 1, [E.senlis]: 0.5, [E.valois]: 0.5 } },
	{ nom: 'Sambre Avesnois Immobilier', nomCourt: 'SAI', type: 'ESH',
		zones: { [E.maubeuge]: 2.5, [E.sudAvesnois]: 1, [E.coeurAvesnois]: 1 } }
];

/** The 31 demonstration landlords, in catalogue order. */
export const BAILLEURS: readonly BailleurDemo[] = entries.map((b) => ({ ...b, siren: syntheticSiren(b.nom) }));

/** The landlord of a short name (throws if unknown: a typo in the generator). */
export function bailleurByNomCourt(nomCourt: string): BailleurDemo {
	const found = BAILLEURS.find((b) => b.nomCourt === nomCourt);
	if (!found) throw new Error(`Bailleur inconnu : ${nomCourt}`);
	return found;
}
