/**
 * `/requetes/index.json`: the keys of the answers prebuilt for this site (src/lib/server/prebuilt.ts),
 * read by the browser engine before it asks DuckDB-wasm, which starts later.
 */
import { json } from '@sveltejs/kit';
import { getBuildEngine } from '$lib/server/engine';
import { prebuiltAnswers } from '$lib/server/prebuilt';
import { DIFFUSION } from '$lib/secret/diffusion';

export const prerender = true;

export const GET = async () => json({ cles: [...(await prebuiltAnswers(getBuildEngine, DIFFUSION)).keys()].sort() });
