/** `/requetes/<key>.json`: the rows of one prebuilt answer (src/lib/server/prebuilt.ts), as the engines give them. */
import { error, json } from '@sveltejs/kit';
import { getBuildEngine } from '$lib/server/engine';
import { prebuiltAnswers } from '$lib/server/prebuilt';
import { DIFFUSION } from '$lib/secret/diffusion';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const answers = () => prebuiltAnswers(getBuildEngine, DIFFUSION);

export const entries: EntryGenerator = async () => [...(await answers()).keys()].map((cle) => ({ cle }));

export const GET: RequestHandler = async ({ params }) => {
	const rows = (await answers()).get(params.cle);
	if (!rows) error(404, `Réponse inconnue : ${params.cle.slice(0, 20)}`);
	return json(rows);
};
