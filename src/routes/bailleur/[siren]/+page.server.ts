import { error } from '@sveltejs/kit';
import manifest from '../../../../data/extracts/manifest.json';
import { bailleursListe } from '$lib/queries/bailleur-identite';
import { datesDisponibles } from '$lib/queries/dates';
import { getBuildEngine } from '$lib/server/engine';
import { loadBailleurFiche } from '$lib/views/bailleur-fiche';
import { memoRunner } from '$lib/views/bailleur-memo-runner';
import type { EntryGenerator, PageServerLoad } from './$types';
import { diffusePage } from '$lib/secret/page';

/** In a bailleur-scoped build (scripts/build/cli.ts), the one bailleur whose sheet is published. */
const scope = () => process.env.PDALHPD_BAILLEUR?.trim() || null;

/** A pseudonymised bailleur of a scoped build (`ANON07`): linked from other pages, it has no sheet. */
const PSEUDONYME = /^ANON\d{2,3}$/;

/** The build engine, remembering every result: the peers' figures are the same for every sheet. */
const runner = memoRunner(getBuildEngine);

/** One prerendered sheet per bailleur of the extracts; only the scoped bailleur's in a scoped build. */
export const entries: EntryGenerator = async () => {
	const sirens = (await (await getBuildEngine()).run(bailleursListe())).map((b) => b.siren).filter((siren) => /^\d{9}$/.test(siren));
	const only = scope();
	return (only ? sirens.filter((siren) => siren === only) : sirens).map((siren) => ({ siren }));
};

/** `siren`: the bailleur's SIREN (9 digits). The sheet at the latest month, computed at build time. */
export const load: PageServerLoad = async ({ params, parent }) => {
	if (PSEUDONYME.test(params.siren) && scope()) return { anonyme: true as const, title: 'Bailleur anonymisé', fiche: null, dates: [], sources: null };
	if (!/^\d{9}$/.test(params.siren) || (scope() && params.siren !== scope())) error(404, `Bailleur inconnu : ${params.siren.slice(0, 20)}`);
	const { latestDate } = await parent();
	const [fiche, dates] = await Promise.all([loadBailleurFiche(runner, params.siren, latestDate), runner.run(datesDisponibles())]);
	if (!fiche) error(404, `Bailleur inconnu : ${params.siren}`);
	const sources = { attributions: manifest.extracts.attributions.source, objectifs: manifest.extracts.objectifs.source, fnavdl: manifest.extracts.fnavdl_projets.source };
	return diffusePage({ anonyme: false as const, title: fiche.bailleur.nom_court || fiche.bailleur.nom, fiche, dates: dates.map((d) => d.date), sources });
};
