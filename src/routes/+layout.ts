import manifest from '../../data/extracts/manifest.json';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * What every page needs from the extracts' manifest, read at build time:
 * `latestDate` (month end `YYYY-MM-DD`, the default `date`) and `demonstration`.
 */
export const load: LayoutLoad = () => ({
	latestDate: manifest.latestDate,
	demonstration: manifest.demonstration
});
