import { error } from '@sveltejs/kit';
import { projetCatalogue, tousLesProjets } from '$lib/catalogue/catalogue.server';
import { bailleurDuSite } from '$lib/catalogue/perimetre.server';
import { diffusePage } from '$lib/secret/page';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One prerendered sheet per project of the catalogue, every region's (the « Autres régions » list links to them). */
export const entries: EntryGenerator = () => tousLesProjets(bailleurDuSite()).map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const projet = projetCatalogue(params.id, bailleurDuSite());
	if (!projet) error(404, `Projet inconnu du catalogue : ${params.id.slice(0, 40)}`);
	return diffusePage({ title: projet.nom, projet });
};
