/**
 * Before hydration: let the browser paint the prerendered page first (what is near the screen);
 * then render it whole and, on the pages that query it, start DuckDB-wasm (its worker compiles
 * the 34 MB module and DuckDB initialises while the page hydrates and the map starts, instead of
 * after them); then hydrate.
 */
import type { ClientInit } from '@sveltejs/kit';
import { afterFirstPaint } from '$lib/db/after-first-paint';
import { startAndExposeEngine } from '$lib/db/browser-engine';
import { usesEngine } from '$lib/components/layout/routes';
import { DIFFUSION } from '$lib/secret/diffusion';

export const init: ClientInit = async () => {
	await afterFirstPaint();
	// The first paint is done: render the whole page from now on (src/lib/styles/app.css).
	document.body.classList.remove('premier-affichage');
	// A diffusion build ships no extracts: its engine refuses queries and never starts.
	if (!DIFFUSION && usesEngine(location.pathname)) startAndExposeEngine();
};
