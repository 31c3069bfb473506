import { error } from '@sveltejs/kit';
import manifest from '../../../../data/extracts/manifest.json';
import { bailleursRealisation } from '$lib/queries';
import { getBuildEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';

/** The region's bailleurs (SIREN and short name), from the extracts, at build time. */
async function listBailleurs(): Promise<{ siren: string; nom_court: string }[]> {
	const engine = await getBuildEngine();
	// Every bailleur of the extract has a row here (LEFT JOIN from `bailleurs`), whatever its figures.
	return engine.run(bailleursRealisation('prioritaires', manifest.latestDate));
}

/** One prerendered page per bailleur of the extracts. */
export const entries: EntryGenerator = async () => (await listBailleurs()).map(({ siren }) => ({ siren }));

/** `siren`: the bailleur's SIREN (9 digits); the title is its short name. */
export const load: PageServerLoad = async ({ params }) => {
	if (!/^\d{9}$/.test(params.siren)) error(404, `Bailleur inconnu : ${params.siren.slice(0, 20)}`);
	const bailleur = (await listBailleurs()).find((row) => row.siren === params.siren);
	if (!bailleur) error(404, `Bailleur inconnu : ${params.siren}`);
	return { siren: bailleur.siren, title: bailleur.nom_court || `Bailleur ${bailleur.siren}` };
};
