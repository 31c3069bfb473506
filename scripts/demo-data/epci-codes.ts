/** SIREN of the EPCI the demonstration data names (COG, @etalab/decoupage-administratif). */
export const EPCI = {
	// Aisne
	chauny: '200071785', chateauThierry: '200072031', laon: '200043495', saintQuentin: '200071892',
	soissons: '240200477', retzEnValois: '200071991', troisRivieres: '240200600', thieracheSambreOise: '200071983',
	// Nord
	coeurOstrevent: '245901152', coeurFlandre: '200040947', cambrai: '200068500', porteHainaut: '200042190',
	douaisis: '200044618', caudresis: '200030633', maubeuge: '200043396', valenciennes: '245901160',
	hautsDeFlandre: '200040954', sudAvesnois: '200043404', coeurAvesnois: '200043263', flandreLys: '245900758',
	pevele: '200041960', dunkerque: '245900428', mel: '200093201',
	// Oise
	creil: '200068047', compiegne: '200067965', beauvaisis: '200067999', aireCantilienne: '246000764',
	oiseHalatte: '246000921', sablons: '246000582', clermontois: '246000376', liancourtois: '246000129',
	valois: '246000871', noyonnais: '246000756', senlis: '200066975', thelloise: '200067973',
	// Pas-de-Calais
	heninCarvin: '246200299', bethune: '200072460', lens: '246200364', deuxBaies: '200069029',
	boulonnais: '246200729', saintOmer: '200069037', calais: '200090751', arras: '200033579',
	ternois: '200069672', osartis: '200044048',
	// Somme
	amiens: '248000531', baieDeSomme: '200070993', villesSoeurs: '247600588', hauteSomme: '200037059',
	vimeu: '200070944', ponthieu: '200070936', estSomme: '200070985'
} as const;

/**
 * The 40 EPCI bound to implement the attribution reform: the Métropole, the CU, every CA
 * and the larger CC with a QPV (demonstration choice for the CC).
 */
export const PERIMETRE_REFORME: readonly string[] = [
	EPCI.mel, EPCI.dunkerque, EPCI.arras,
	EPCI.chauny, EPCI.chateauThierry, EPCI.laon, EPCI.saintQuentin, EPCI.soissons,
	EPCI.coeurOstrevent, EPCI.coeurFlandre, EPCI.cambrai, EPCI.porteHainaut, EPCI.douaisis, EPCI.caudresis,
	EPCI.maubeuge, EPCI.valenciennes,
	EPCI.creil, EPCI.compiegne, EPCI.beauvaisis,
	EPCI.heninCarvin, EPCI.bethune, EPCI.lens, EPCI.deuxBaies, EPCI.boulonnais, EPCI.saintOmer, EPCI.calais,
	EPCI.amiens, EPCI.baieDeSomme,
	// 12 CC
	EPCI.pevele, EPCI.valois, EPCI.thelloise, EPCI.flandreLys, EPCI.hautsDeFlandre, EPCI.sudAvesnois,
	EPCI.oiseHalatte, EPCI.sablons, EPCI.clermontois, EPCI.noyonnais, EPCI.retzEnValois, EPCI.troisRivieres
];

/** The 4 EPCI with scoring of the demand active in the SNE at end April 2022 (deck). */
export const COTATION_ACTIVE: readonly string[] = [EPCI.dunkerque, EPCI.saintOmer, EPCI.sablons, EPCI.retzEnValois];
