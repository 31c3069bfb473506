// See https://svelte.dev/docs/kit/types#app.d.ts
// A script file (no top-level import/export), so that its `declare module` lines are ambient.

declare namespace App {
	interface PageData {
		/** Title of a dynamic page (territoire, bailleur); static pages take theirs from ROUTE_TITLES. */
		title?: string;
	}
}

/** The part of the DSFR JavaScript API we use (https://www.systeme-de-design.gouv.fr). */
interface DsfrElementApi {
	modal?: { conceal(): void; disclose(): void };
}

interface Window {
	/** Set by `@gouvfr/dsfr/dist/dsfr.module.min.js` once loaded; null for an element it has not started yet. */
	dsfr?: (element: Element) => DsfrElementApi | null;
}

/** DSFR script, imported for its side effect only (it starts itself). */
declare module '@gouvfr/dsfr/dist/dsfr.module.min.js';
