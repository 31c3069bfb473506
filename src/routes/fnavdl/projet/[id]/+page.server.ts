import { error } from '@sveltejs/kit';
import manifest from '../../../../../data/extracts/manifest.json';
import { fnavdlTousProjets } from '$lib/queries/fnavdl-projets';
import { getBuildEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';
import { diffusePage } from '$lib/secret/page';

async function listProjets() {
	return (await getBuildEngine()).run(fnavdlTousProjets());
}

/** One prerendered sheet per project of the extracts, retained or only submitted. */
export const entries: EntryGenerator = async () => (await listProjets()).map(({ id }) => ({ id }));

export const load: PageServerLoad = async ({ params }) => {
	const projet = (await listProjets()).find((p) => p.id === params.id);
	if (!projet) error(404, `Projet FNAVDL inconnu : ${params.id.slice(0, 40)}`);
	return diffusePage({ title: projet.nom, projet, source: manifest.extracts.fnavdl_projets.source });
};
