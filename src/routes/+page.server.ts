import { getBuildEngine } from '$lib/server/engine';
import { datesDisponibles } from '$lib/queries';
import { loadSynthese } from '$lib/views/synthese';
import manifest from '../../data/extracts/manifest.json';
import type { PageServerLoad } from './$types';

/** Prerendered: the synthèse at the latest month is computed at build time by native DuckDB. */
export const load: PageServerLoad = async ({ parent }) => {
	const { latestDate } = await parent();
	const engine = await getBuildEngine();
	const [synthese, dates] = await Promise.all([loadSynthese(engine, latestDate), engine.run(datesDisponibles())]);
	// Every figure says where it comes from: the sources recorded in the manifest by the ingestion.
	const sources = { attributions: manifest.extracts.attributions.source, fnavdl: manifest.extracts.fnavdl_projets.source };
	return { title: 'Synthèse régionale', synthese, dates: dates.map((d) => d.date), sources };
};
