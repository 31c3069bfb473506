/**
 * The static floor of the benchmark: the first table of the home page (the commission's table of
 * priority households, as prerendered) under its heading, in a bare HTML page without CSS or
 * JavaScript. What a browser needs at least to paint those figures; every first paint of the
 * site is reported as a ratio to it, measured in the same run.
 */

/** Path the bench server gives the floor page (not a file of the build). */
export const FLOOR_PATH = '/__plancher';

/** The floor page built from the prerendered home page `indexHtml`; throws when it holds no table. */
export function floorPage(indexHtml: string): string {
	const h1 = /<h1[^>]*>[\s\S]*?<\/h1>/.exec(indexHtml)?.[0] ?? '<h1>Synthèse régionale</h1>';
	const table = /<table[\s\S]*?<\/table>/.exec(indexHtml)?.[0];
	if (!table) throw new Error("Plancher statique : la page d'accueil construite ne contient aucun tableau.");
	return `<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Plancher statique</title></head>\n<body>${h1}\n${table}</body>\n</html>\n`;
}
