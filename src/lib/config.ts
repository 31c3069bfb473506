/**
 * Site-wide settings fixed at build time.
 * `PUBLIC_SERVICE_NAME` (env, optional) overrides the service name shown in the header and titles.
 */
import * as publicEnv from '$env/static/public';

/** Service named in the header; env `PUBLIC_SERVICE_NAME` at build time, else the DREAL. */
export const SERVICE_NAME: string = readPublicEnv('PUBLIC_SERVICE_NAME') || 'DREAL Hauts-de-France';

// `$env/static/public` only exports the variables set at build time: read by name, not as a named import.
function readPublicEnv(name: string): string {
	const value: unknown = Reflect.get(publicEnv, name);
	return typeof value === 'string' ? value.trim() : '';
}

/** Header tagline and suffix of every `<title>`. */
export const SITE_TITLE = 'Tableau de bord PDALHPD';

/** Code of the Hauts-de-France region (COG): the default territory. */
export const CODE_REGION = '32';

/** The region's departments, code → name (COG 2024). Codes are strings everywhere. */
export const DEPARTEMENTS: Readonly<Record<string, string>> = {
	'02': 'Aisne',
	'59': 'Nord',
	'60': 'Oise',
	'62': 'Pas-de-Calais',
	'80': 'Somme'
};

/** Department codes in COG order. */
export const CODES_DEPARTEMENTS: readonly string[] = Object.keys(DEPARTEMENTS).sort();

/** `<title>` of a page: « <Page> — Tableau de bord PDALHPD ». */
export function pageTitle(page: string): string {
	return `${page} — ${SITE_TITLE}`;
}
