import { error } from '@sveltejs/kit';
import { datesDisponibles } from '$lib/queries';
import { loadCommission } from '$lib/views/commission';
import { listSnapshots, openSnapshot } from '$lib/server/snapshots';
import { formatDate } from '$lib/format';
import type { EntryGenerator, PageServerLoad } from './$types';
import { diffusePage } from '$lib/secret/page';

/** One prerendered page per frozen commission in data/snapshots/. */
export const entries: EntryGenerator = () => listSnapshots().map((s) => ({ date: s.commission }));

/** The commission as presented: computed from the snapshot's own extracts, never from newer data. */
export const load: PageServerLoad = async ({ params }) => {
	const snapshot = listSnapshots().find((s) => s.commission === params.date);
	if (!snapshot) error(404, `Aucune commission figée le ${params.date.slice(0, 10)}`);
	const engine = await openSnapshot(snapshot);
	const dates = (await engine.run(datesDisponibles())).map((d) => d.date);
	const commission = await loadCommission(engine, { date: snapshot.latestDate, territoire: '32' }, { available: dates, sections: snapshot.sections });
	const sources = { attributions: snapshot.sources.attributions ?? '', reforme: snapshot.sources.reforme ?? '', enveloppes: snapshot.sources.fnavdl_enveloppes ?? '' };
	return diffusePage({
		title: `Commission du ${formatDate(snapshot.commission)}`,
		commission,
		sources,
		snapshot: { commission: snapshot.commission, demonstration: snapshot.demonstration },
		banner: `Chiffres tels que présentés en commission le ${formatDate(snapshot.commission)}`
	});
};
