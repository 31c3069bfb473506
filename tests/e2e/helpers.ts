/**
 * Shared by the browser tests: the list of routes every shell and accessibility test visits,
 * and a `test` whose every page fails on a request leaving 127.0.0.1 or a console error.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOOTER_PAGES, MAIN_NAVIGATION } from '../../src/lib/components/layout/routes';

/** A route of the site and what it must show: `title` for `<title>`, `h1` when it is stable. */
export interface SiteRoute {
	path: string;
	title: string;
	h1?: string;
}

/** Every prerendered page; add a route here and the shell and axe scans visit it. */
export const ROUTES: readonly SiteRoute[] = [
	// The home page belongs to the synthesis: its h1 is not the shell's business.
	{ path: '/', title: 'Synthèse régionale' },
	...MAIN_NAVIGATION.filter((page) => page.href !== '/').map((page) => ({ path: page.href, title: page.title, h1: page.title })),
	// One department sheet stands for the 97 territory sheets (same component): the scans cost CI time.
	{ path: '/territoire/59', title: 'Nord (59)', h1: 'Nord (59)' },
	// The project catalogue (not in the main navigation).
	{ path: '/projets', title: 'Catalogue des projets', h1: 'Catalogue des projets' },
	...FOOTER_PAGES.map((page) => ({ path: page.href, title: page.title, h1: page.title }))
];

/** Views other than a page's default that the accessibility scan also visits (filters, sheets). */
export const EXTRA_VIEWS: readonly string[] = [
	'/prioritaires?date=2022-05-31&territoire=59',
	'/logement-d-abord?date=2022-04-30&territoire=59',
	'/fnavdl/projet/FNAVDL-2021-62-01',
	'/projets?dep=59&public=Troubles+psychiques',
	'/projets/hlm4-hdf-01-logipsy',
	'/reforme?date=2022-04-30&territoire=245900428',
	'/territoire/245900428',
	'/bailleur/617671607?date=2022-04-30',
	'/commission/2022-06-16',
	'/donnees/verifier'
];

/** Service name the build was made with (env `PUBLIC_SERVICE_NAME`, else the default). */
export const SERVICE_NAME = process.env.PUBLIC_SERVICE_NAME?.trim() || 'DREAL Hauts-de-France';

/** Whether the built extracts are demonstration data (the notice must then show on every page). */
export function isDemonstration(): boolean {
	const manifest = JSON.parse(readFileSync(join(process.cwd(), 'data', 'extracts', 'manifest.json'), 'utf8'));
	return manifest.demonstration === true;
}

/** No-break spaces (U+00A0, U+202F) → space, U+2212 → hyphen, runs of whitespace collapsed. */
export function normalizeSpaces(text: string): string {
	return text.replace(/[\u00A0\u202F]/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
}

/** Resolves once the page is hydrated and the DSFR script has started (it loads in onMount). */
export async function waitForDsfr(page: Page): Promise<void> {
	await page.waitForFunction(() => typeof (window as Window & { dsfr?: unknown }).dsfr === 'function');
}

/**
 * The page gets no prebuilt answer (`/requetes/`, src/lib/server/prebuilt.ts): every figure it
 * recomputes comes from DuckDB-wasm over the extracts it downloads (which a test may replace).
 */
export async function withoutPrebuiltAnswers(page: Page): Promise<void> {
	await page.route('**/requetes/index.json', (route) => route.fulfill({ json: { cles: [] } }));
}

interface PageGuard {
	/** Requests aborted because they left 127.0.0.1 (full URLs). */
	foreignRequests: string[];
	/** Console errors and uncaught exceptions of the page. */
	consoleErrors: string[];
}

/** Playwright `test` where every page is guarded: no request outside 127.0.0.1, no console error. */
export const test = base.extend<{ guard: PageGuard }>({
	guard: [
		async ({ page }, use) => {
			const guard: PageGuard = { foreignRequests: [], consoleErrors: [] };
			await page.route('**/*', (route) => {
				const url = new URL(route.request().url());
				if (url.hostname === '127.0.0.1') return route.continue();
				guard.foreignRequests.push(url.href);
				return route.abort('blockedbyclient');
			});
			page.on('console', (message) => {
				if (message.type() === 'error') guard.consoleErrors.push(message.text());
			});
			page.on('pageerror', (error) => guard.consoleErrors.push(error.message));
			await use(guard);
			expect.soft(guard.foreignRequests, 'requêtes hors de 127.0.0.1').toEqual([]);
			expect.soft(guard.consoleErrors, 'erreurs dans la console').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Unfolds every long table of the page (« Voir les N lignes », src/lib/components/tables/DataTable.svelte):
 * a test reading rows beyond the first ten asks for them as a reader would.
 */
export async function unfoldTables(page: Page): Promise<void> {
	const folded = page.getByRole('button', { name: /^Voir les \d+ lignes$/ });
	for (let n = await folded.count(); n > 0; n--) await folded.first().click();
	await expect(folded).toHaveCount(0);
}
