import { getBuildEngine } from '$lib/server/engine';
import { datesDisponibles } from '$lib/queries';
import { loadFnavdl } from '$lib/views/fnavdl';
import manifest from '../../../data/extracts/manifest.json';
import type { PageServerLoad } from './$types';
import { diffusePage } from '$lib/secret/page';

/** Prerendered at the latest date for the whole region; the browser re-runs the view when the URL asks for another. */
export const load: PageServerLoad = async ({ parent }) => {
	const { latestDate } = await parent();
	const engine = await getBuildEngine();
	const [fnavdl, dates] = await Promise.all([loadFnavdl(engine, { date: latestDate, territoire: '32', bailleur: '' }), engine.run(datesDisponibles())]);
	const sources = { enveloppes: manifest.extracts.fnavdl_enveloppes.source, projets: manifest.extracts.fnavdl_projets.source, stocks: manifest.extracts.stocks.source };
	return diffusePage({ title: 'FNAVDL', fnavdl, dates: dates.map((d) => d.date), sources });
};
