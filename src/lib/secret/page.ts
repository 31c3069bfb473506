/**
 * The one call of the server loads (`+page.server.ts`): in a diffusion build, the data returned
 * (serialised into the HTML and `__data.json`) is masked and marked `secretStatistique` (the build
 * scan, scripts/diffusion/scan.ts, fails on a page whose data lacks the mark); otherwise it is
 * returned as is.
 */
import { DIFFUSION } from './diffusion';
import { diffuse } from './diffuse';
import { diffusionServeur, seuilSecret } from './masque';

/** Mark of diffused page data: the threshold applied (households). */
export interface MarqueSecret {
	secretStatistique?: { seuil: number };
}

/** `data` masked at the threshold `PDALHPD_SEUIL_SECRET` (default 11) in a diffusion build; `data` itself otherwise. */
export function diffusePage<T extends object>(data: T): T & MarqueSecret {
	if (diffusionServeur() && !DIFFUSION) {
		throw new Error('PDALHPD_DIFFUSION=1 sans PUBLIC_PDALHPD_DIFFUSION=1 : construisez la version de diffusion avec scripts/diffusion/build.ts.');
	}
	if (!DIFFUSION) return data;
	const seuil = seuilSecret();
	return { ...diffuse(data, seuil), secretStatistique: { seuil } };
}

/** Whether `/extraits/<file>` is published: every extract, except in a diffusion build (the manifest only). */
export function extraitPublie(file: string): boolean {
	return !DIFFUSION || file === 'manifest.json';
}
