import manifest from '../../../../data/extracts/manifest.json';
import type { PageServerLoad } from './$types';

/** Prerendered shell: the check itself runs in the browser, on the file dropped. */
export const load: PageServerLoad = () => ({ title: 'Vérifier un fichier', latestDate: manifest.latestDate });
