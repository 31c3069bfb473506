// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Manifest } from '$lib/contract/extracts';

/** The part of the DSFR JavaScript API we use (https://www.systeme-de-design.gouv.fr). */
interface DsfrElementApi {
	modal?: { conceal(): void; disclose(): void };
}

declare global {
	namespace App {
		interface PageData {
			/** Title of a dynamic page (territoire, bailleur); static pages take theirs from ROUTE_TITLES. */
			title?: string;
		}
	}

	interface Window {
		/** Set by `@gouvfr/dsfr/dist/dsfr.module.min.js` once loaded. */
		dsfr?: (element: Element) => DsfrElementApi;
	}
}

declare module '@gouvfr/dsfr/dist/dsfr.module.min.js';

declare module '*/manifest.json' {
	const manifest: Manifest;
	export default manifest;
}

export {};
