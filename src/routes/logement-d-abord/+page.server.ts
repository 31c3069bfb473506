import { getBuildEngine } from '$lib/server/engine';
import { datesDisponibles } from '$lib/queries';
import { loadLogementDAbord } from '$lib/views/logement-d-abord';
import manifest from '../../../data/extracts/manifest.json';
import type { PageServerLoad } from './$types';
import { diffusePage } from '$lib/secret/page';

/** Prerendered: the region at the latest month, computed at build time by native DuckDB. */
export const load: PageServerLoad = async ({ parent }) => {
	const { latestDate } = await parent();
	const engine = await getBuildEngine();
	const [logement, dates] = await Promise.all([loadLogementDAbord(engine, latestDate, '32'), engine.run(datesDisponibles())]);
	return diffusePage({ title: "Logement d'abord", logement, dates: dates.map((d) => d.date), sources: { attributions: manifest.extracts.attributions.source } });
};
