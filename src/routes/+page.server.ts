import { getBuildEngine } from '$lib/server/engine';
import { bailleursRealisation, datesDisponibles } from '$lib/queries';
import { loadSynthese } from '$lib/views/synthese';
import manifest from '../../data/extracts/manifest.json';
import type { PageServerLoad } from './$types';
import { diffusePage } from '$lib/secret/page';

/**
 * Benchmark only (`npm run bench`): with `PDALHPD_SANS_PRERENDU=1` at build time the page ships
 * no figures and the browser computes them through DuckDB-wasm, to measure what prerendering gains.
 */
const SANS_PRERENDU = process.env.PDALHPD_SANS_PRERENDU === '1';

/** Prerendered: the synthèse at the latest month is computed at build time by native DuckDB (null under the bench switch). */
export const load: PageServerLoad = async ({ parent }) => {
	const { latestDate } = await parent();
	const engine = await getBuildEngine();
	const [synthese, dates, bailleurs] = await Promise.all([
		SANS_PRERENDU ? null : loadSynthese(engine, latestDate),
		engine.run(datesDisponibles()),
		engine.run(bailleursRealisation('prioritaires', latestDate))
	]);
	// Every figure says where it comes from: the sources recorded in the manifest by the ingestion.
	const sources = { attributions: manifest.extracts.attributions.source, fnavdl: manifest.extracts.fnavdl_projets.source };
	return diffusePage({
		title: 'Synthèse régionale',
		synthese,
		dates: dates.map((d) => d.date),
		bailleurs: bailleurs.map(({ siren, nom_court }) => ({ siren, nom_court })),
		sources
	});
};
