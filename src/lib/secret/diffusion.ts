/**
 * Is this a build for a wide audience (« version de diffusion »)? Env `PUBLIC_PDALHPD_DIFFUSION=1`
 * at build time, set with `PDALHPD_DIFFUSION=1` by scripts/diffusion/build.ts: the browser must know
 * it too (no extracts, no DuckDB-wasm), and only `PUBLIC_` variables reach it.
 */
import * as publicEnv from '$env/static/public';
import { formatDateAu } from '../format';

/** True in a diffusion build, on the server and in the browser. */
export const DIFFUSION: boolean = Reflect.get(publicEnv, 'PUBLIC_PDALHPD_DIFFUSION') === '1';

/** The notice shown instead of the filters: « Version de diffusion : vues figées au 31 décembre 2022 ; … ». */
export function noticeDiffusion(date: string): string {
	return `Version de diffusion : vues figées ${formatDateAu(date)} ; les filtres ne sont pas disponibles.`;
}

/** Whether `/extraits/<file>` is published: every extract, except in a diffusion build (the manifest only). */
export function extraitPublie(file: string): boolean {
	return !DIFFUSION || file === 'manifest.json';
}
