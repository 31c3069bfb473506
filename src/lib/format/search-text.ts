/**
 * Text as searches compare it: lower case, accents and punctuation removed, œ → oe, æ → ae,
 * runs of spaces collapsed: « Cœur-d'Opale » → « coeur d opale ». The territory search, the
 * tables' filter box and the column mapping of exports all match through it.
 */
export function normaliser(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}
