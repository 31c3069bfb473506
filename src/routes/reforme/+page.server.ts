import { getBuildEngine } from '$lib/server/engine';
import { datesDisponibles } from '$lib/queries';
import { loadReforme } from '$lib/views/reforme';
import manifest from '../../../data/extracts/manifest.json';
import type { PageServerLoad } from './$types';
import { diffusePage } from '$lib/secret/page';

/** Prerendered: the reform at the latest month, computed at build time by native DuckDB. */
export const load: PageServerLoad = async ({ parent }) => {
	const { latestDate } = await parent();
	const engine = await getBuildEngine();
	const [reforme, dates] = await Promise.all([loadReforme(engine, latestDate), engine.run(datesDisponibles())]);
	const sources = { attributions: manifest.extracts.attributions.source, reforme: manifest.extracts.reforme.source };
	return diffusePage({ title: 'Réforme des attributions', reforme, dates: dates.map((d) => d.date), sources });
};
