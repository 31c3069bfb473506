import { getBuildEngine } from '$lib/server/engine';
import { datesDisponibles } from '$lib/queries';
import { loadCommission } from '$lib/views/commission';
import { listSnapshots, openSnapshot } from '$lib/server/snapshots';
import { resumeDeCommission } from '$lib/commission/depuis';
import manifest from '../../../data/extracts/manifest.json';
import type { PageServerLoad } from './$types';
import { diffusePage } from '$lib/secret/page';

/**
 * Prerendered: the region's commission at the latest month, computed at build time by native
 * DuckDB, and the counts of the latest frozen commission (for « depuis la commission du … »).
 */
export const load: PageServerLoad = async ({ parent }) => {
	const { latestDate } = await parent();
	const engine = await getBuildEngine();
	const dates = (await engine.run(datesDisponibles())).map((d) => d.date);
	const commission = await loadCommission(engine, { date: latestDate, territoire: '32' }, { available: dates });
	const sources = {
		attributions: manifest.extracts.attributions.source,
		reforme: manifest.extracts.reforme.source,
		enveloppes: manifest.extracts.fnavdl_enveloppes.source
	};
	const last = listSnapshots().at(-1);
	const derniere = last ? resumeDeCommission(last.commission, await loadCommission(await openSnapshot(last), { date: last.latestDate, territoire: '32' }, { sections: last.sections })) : null;
	return diffusePage({ title: 'Commission', commission, dates, sources, derniere });
};
