/**
 * `/extraits/<name>.parquet`, `/extraits/<name>.csv` and `/extraits/manifest.json`,
 * prerendered from `data/extracts/` into `build/extraits/` (the manifest only in a diffusion build).
 */
import { error } from '@sveltejs/kit';
import { availableExtractFileNames, readExtractFile } from '$lib/server/extract-files';
import { extractsDir } from '$lib/server/extracts-dir';
import { extraitPublie } from '$lib/secret/diffusion';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => availableExtractFileNames(extractsDir()).filter(extraitPublie).map((file) => ({ file }));

export const GET: RequestHandler = async ({ params }) => {
	const file = extraitPublie(params.file) ? await readExtractFile(extractsDir(), params.file) : null;
	if (!file) error(404, `Extrait inconnu : ${params.file}`);
	return new Response(file.body as BodyInit, { headers: { 'content-type': file.contentType } });
};
