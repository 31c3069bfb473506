/**
 * The one call of the server loads (`+page.server.ts`): in a diffusion build, the data returned
 * (serialised into the HTML and `__data.json`) is masked, consistently with every other page
 * (./registre.server), and marked `secretStatistique` (the build scan, scripts/diffusion/scan.ts,
 * fails on a page whose data lacks the mark); otherwise it is returned as is.
 */
import manifest from '../../../data/extracts/manifest.json';
import { DIFFUSION } from './diffusion';
import { diffuse } from './diffuse';
import { diffusionServeur, seuilSecret } from './masque';
import { registreSecret } from './registre.server';

/** Mark of diffused page data: the threshold applied (households). */
export interface MarqueSecret {
	secretStatistique?: { seuil: number };
}

/** `data` masked at the threshold `PDALHPD_SEUIL_SECRET` (default 11) in a diffusion build; `data` itself otherwise. */
export async function diffusePage<T extends object>(data: T): Promise<T & MarqueSecret> {
	return DIFFUSION ? { ...(await diffuseDonnees(data)), secretStatistique: { seuil: seuilSecret() } } : diffuseDonnees(data);
}

/**
 * The same masking, without the mark, for data a page derives figures from (rates, ranks)
 * before returning them: derived from masked counts, they are masked too.
 */
export async function diffuseDonnees<T>(data: T): Promise<T> {
	if (diffusionServeur() && !DIFFUSION) {
		throw new Error('PDALHPD_DIFFUSION=1 sans PUBLIC_PDALHPD_DIFFUSION=1 : construisez la version de diffusion avec scripts/diffusion/build.ts.');
	}
	if (!DIFFUSION) return data;
	const seuil = seuilSecret();
	return diffuse(data, seuil, await registreSecret(manifest.latestDate, seuil));
}
