import { error } from '@sveltejs/kit';
import manifest from '../../../../data/extracts/manifest.json';
import { CODE_REGION } from '$lib/config';
import { datesDisponibles } from '$lib/queries';
import { getBuildEngine } from '$lib/server/engine';
import { loadTerritoiresRegion, type TerritoiresRegion } from '$lib/views/territoire-fiche-region';
import { ficheDuTerritoire } from '$lib/views/territoire-fiche';
import type { EntryGenerator, PageServerLoad } from './$types';
import { diffuseDonnees, diffusePage } from '$lib/secret/page';

// Computed once per build and shared by the 97 sheets: the regional queries at the latest date.
let region: Promise<TerritoiresRegion> | undefined;
let dates: Promise<string[]> | undefined;
// In a diffusion build the sheets (rates, ranks) are cut from masked regional data.
const regionAuDernierMois = () => (region ??= getBuildEngine().then((engine) => loadTerritoiresRegion(engine, manifest.latestDate)).then(diffuseDonnees));
const datesDuSite = () => (dates ??= getBuildEngine().then(async (engine) => (await engine.run(datesDisponibles())).map((d) => d.date)));

/** One prerendered sheet per department and per EPCI of the extracts. */
export const entries: EntryGenerator = async () => {
	const { publics } = await regionAuDernierMois();
	const departements = publics.prioritaires.departements.filter((d) => d.niveau === 'departement');
	return [...departements, ...publics.prioritaires.epci].map(({ code }) => ({ code }));
};

/** `code`: a department code ('59') or an EPCI SIREN; the sheet at the latest date. */
export const load: PageServerLoad = async ({ params }) => {
	if (params.code === CODE_REGION) error(404, 'La région se consulte sur la synthèse régionale.');
	if (!/^(\d{2}|\d{9})$/.test(params.code)) error(404, `Territoire inconnu : ${params.code.slice(0, 20)}`);
	const fiche = ficheDuTerritoire(await regionAuDernierMois(), params.code);
	if (!fiche) error(404, `Territoire inconnu : ${params.code}`);
	const title = fiche.niveau === 'departement' ? `${fiche.nom} (${fiche.code})` : fiche.nom;
	const sources = {
		attributions: manifest.extracts.attributions.source,
		stocks: manifest.extracts.stocks.source,
		reforme: manifest.extracts.reforme.source,
		fnavdl: manifest.extracts.fnavdl_projets.source
	};
	return diffusePage({ title, fiche, dates: await datesDuSite(), sources });
};
