/** `/modeles/<table>.csv|xlsx`: the empty input templates, prerendered from `data/templates/`. */
import { error } from '@sveltejs/kit';
import { readTemplate, templateFileNames } from '$lib/server/templates';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => templateFileNames().map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const file = readTemplate(params.file);
	if (!file) error(404, `Modèle inconnu : ${params.file}`);
	return new Response(file.body as BodyInit, { headers: { 'content-type': file.contentType } });
};
