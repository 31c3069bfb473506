import { json } from '@sveltejs/kit';
import { territoireListe } from '$lib/queries/territoire-liste';
import { getBuildEngine } from '$lib/server/engine';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The territories of the header search (region, departments, EPCI), written once at build time (≈ 6 kB). */
export const GET: RequestHandler = async () => json(await (await getBuildEngine()).run(territoireListe()));
