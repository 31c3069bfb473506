import { CODE_REGION } from '$lib/config';
import { catalogueRegion } from '$lib/catalogue/catalogue.server';
import { bailleurDuSite } from '$lib/catalogue/perimetre.server';
import { diffusePage } from '$lib/secret/page';
import type { PageServerLoad } from './$types';

/** The build's region's projects, the other regions' listed apart; filtered in the browser. */
export const load: PageServerLoad = () => diffusePage({ title: 'Catalogue des projets', catalogue: catalogueRegion(CODE_REGION, bailleurDuSite()) });
