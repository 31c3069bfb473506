import { getBuildEngine } from '$lib/server/engine';
import { regionDesExtraits } from '$lib/queries/region';
import { catalogueRegion } from '$lib/catalogue/catalogue.server';
import { bailleurDuSite } from '$lib/catalogue/perimetre.server';
import { diffusePage } from '$lib/secret/page';
import type { PageServerLoad } from './$types';

/**
 * The projects of the extracts' region (a PACA extract builds a PACA catalogue), the other
 * regions' listed apart; filtered in the browser.
 */
export const load: PageServerLoad = async () => {
	const [region] = await (await getBuildEngine()).run(regionDesExtraits());
	return diffusePage({ title: 'Catalogue des projets', catalogue: catalogueRegion(region.code, bailleurDuSite()) });
};
