import manifest from '../../data/extracts/manifest.json';
import type { LayoutServerLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * What every page needs from the extracts' manifest, read at build time (JSON import through Vite):
 * `latestDate` (month end `YYYY-MM-DD`, the default `date`) and `demonstration`.
 * A server load, so that `parent()` in pages' `+page.server.ts` sees it too and only
 * these two fields (not the whole manifest) reach the browser.
 */
export const load: LayoutServerLoad = () => ({
	latestDate: manifest.latestDate,
	demonstration: manifest.demonstration
});
