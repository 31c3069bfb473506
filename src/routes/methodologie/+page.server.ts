import { renderDoc } from '$lib/server/markdown';
import type { PageServerLoad } from './$types';

/** The methodology, published from docs/methodologie.md (the one text that defines each indicator). */
export const load: PageServerLoad = () => ({ title: 'Méthodologie', html: renderDoc('methodologie.md') });
