/**
 * 2018 commune codes that @etalab/decoupage-administratif no longer knows at all: the
 * commune was absorbed without becoming a commune déléguée (or the package dropped it).
 * Each one is mapped by hand to the current commune that now holds its territory.
 * Sources: arrêtés préfectoraux de création des communes nouvelles, as reported by the
 * French Wikipedia articles of each former commune and checked against the 2018 contours
 * (in the 2018 contours, each former commune borders the commune it joined).
 */
export const FUSIONS_HORS_COG: Readonly<Record<string, { codeActuel: string; fusion: string }>> = {
	// Aisne
	'02077': { codeActuel: '02564', fusion: 'Berzy-le-Sec + Noyant-et-Aconin → Bernoy-le-Château (1er janvier 2023)' },
	'02311': { codeActuel: '02589', fusion: 'Filain + Pargny-Filain → Pargny-et-Filain (1er janvier 2025)' },
	// Oise
	'60475': { codeActuel: '60682', fusion: 'Ognon + Villers-Saint-Frambourg → Villers-Saint-Frambourg-Ognon (1er janvier 2019)' },
	// Pas-de-Calais
	'62210': { codeActuel: '62154', fusion: 'Canteleux intégrée à Bonnières (1er janvier 2019)' },
	// Somme
	'80209': { codeActuel: '80625', fusion: 'Contoire + Hargicourt + Pierrepont-sur-Avre → Trois-Rivières (1er janvier 2019)' },
	'80389': { codeActuel: '80442', fusion: 'Grécourt intégrée à Hombleux (1er janvier 2019)' },
	'80419': { codeActuel: '80625', fusion: 'Contoire + Hargicourt + Pierrepont-sur-Avre → Trois-Rivières (1er janvier 2019)' }
};
