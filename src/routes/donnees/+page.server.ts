import manifest from '../../../data/extracts/manifest.json';
import { EXTRACT_NAMES } from '$lib/contract/extracts';
import { renderDoc } from '$lib/server/markdown';
import { templateFileNames } from '$lib/server/templates';
import type { PageServerLoad } from './$types';

/** The manifest as a page: every extract with its as-of date, source and rows; templates; the data contract. */
export const load: PageServerLoad = () => {
	return {
		title: 'Données',
		extracts: EXTRACT_NAMES.map((name) => ({ name, ...manifest.extracts[name] })),
		generatedAt: manifest.generatedAt,
		schemaVersion: manifest.schemaVersion,
		cog: manifest.cog,
		demonstration: manifest.demonstration,
		templates: templateFileNames(),
		// One level lower: the contract sits under the page's « Contrat de données » heading.
		contractHtml: renderDoc('contrat-de-donnees.md', 1)
	};
};
