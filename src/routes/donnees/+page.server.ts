import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import manifest from '../../../data/extracts/manifest.json';
import { EXTRACT_NAMES } from '$lib/contract/extracts';
import { projectRoot } from '$lib/server/extracts-dir';
import { templateFileNames } from '$lib/server/templates';
import type { PageServerLoad } from './$types';

/** The manifest as a page: every extract with its as-of date, source and rows; templates; the data contract. */
export const load: PageServerLoad = () => {
	const contractMarkdown = readFileSync(join(projectRoot(), 'docs', 'contrat-de-donnees.md'), 'utf8');
	// Our own document, rendered at build time: its title dropped, its headings one level
	// lower so they sit under the page's « Contrat de données » heading.
	const body = contractMarkdown.replace(/^# .*\n/, '').replace(/^(#{2,5}) /gm, '#$1 ');
	const contractHtml = marked.parse(body, { async: false });
	return {
		title: 'Données',
		extracts: EXTRACT_NAMES.map((name) => ({ name, ...manifest.extracts[name] })),
		generatedAt: manifest.generatedAt,
		schemaVersion: manifest.schemaVersion,
		cog: manifest.cog,
		demonstration: manifest.demonstration,
		templates: templateFileNames(),
		contractHtml
	};
};
