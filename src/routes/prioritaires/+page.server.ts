import { getBuildEngine } from '$lib/server/engine';
import { datesDisponibles } from '$lib/queries';
import { loadPrioritaires } from '$lib/views/prioritaires';
import manifest from '../../../data/extracts/manifest.json';
import type { PageServerLoad } from './$types';
import { diffusePage } from '$lib/secret/page';

/** Prerendered: the region at the latest month, computed at build time by native DuckDB. */
export const load: PageServerLoad = async ({ parent }) => {
	const { latestDate } = await parent();
	const engine = await getBuildEngine();
	const [prioritaires, dates] = await Promise.all([loadPrioritaires(engine, latestDate, '32'), engine.run(datesDisponibles())]);
	const sources = { attributions: manifest.extracts.attributions.source, objectifs: manifest.extracts.objectifs.source, stocks: manifest.extracts.stocks.source };
	return diffusePage({ title: 'Ménages prioritaires', prioritaires, dates: dates.map((d) => d.date), sources });
};
