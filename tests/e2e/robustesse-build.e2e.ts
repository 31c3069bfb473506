/**
 * `npm run test:long` only: the site built from hostile extracts (tests/fixtures/hostile),
 * served on E2E_PORT + 1 with the CSP. Prerendered pages (HTML and the data of their bootstrap
 * script) and their hydration show the hostile bailleur and project names as text; no script runs.
 */
import { test, expect } from './helpers';
import { HOSTILE, HOSTILE_BAILLEUR, HOSTILE_PROJET } from '../fixtures/hostile/hostile-extracts';

type Page = import('@playwright/test').Page;

test.describe.configure({ timeout: 240_000 });
const HOSTILE_SITE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;

const xss = (page: Page) => page.evaluate(() => (window as Window & { __xss?: unknown }).__xss);

/** No raw hostile markup in the prerendered HTML: every `<` of the names is escaped. */
async function expectEscapedHtml(page: Page, path: string) {
	const html = await (await page.request.get(`${HOSTILE_SITE}${path}`)).text();
	for (const raw of ['<img src=x', '<svg onload', "<script>window.__xss='projet'"]) expect(html, path).not.toContain(raw);
	return html;
}

test('prerendered sheets, lists and titles show the hostile names literally; no script runs', async ({ page }) => {
	const projet = `/fnavdl/projet/${HOSTILE_PROJET}`;
	expect(await expectEscapedHtml(page, projet)).toContain('&lt;script>window.__xss=');
	await page.goto(`${HOSTILE_SITE}${projet}`);
	await expect(page.locator('h1')).toContainText(HOSTILE.projetNom);
	await expect(page).toHaveTitle(new RegExp(HOSTILE.projetNom.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	await expect(page.locator('main')).toContainText(HOSTILE.projetPorteur);

	await expectEscapedHtml(page, '/fnavdl');
	await page.goto(`${HOSTILE_SITE}/fnavdl`);
	await expect(page.getByTestId('fnavdl-projets').getByRole('link', { name: HOSTILE.projetNom })).toHaveCount(1);

	await expectEscapedHtml(page, `/bailleur/${HOSTILE_BAILLEUR}`);
	await page.goto(`${HOSTILE_SITE}/bailleur/${HOSTILE_BAILLEUR}`);
	await expect(page.locator('main')).toContainText(HOSTILE.bailleurNomCourt);

	await expectEscapedHtml(page, '/prioritaires');
	await page.goto(`${HOSTILE_SITE}/prioritaires`);
	await expect(page.getByTestId('prioritaires-bailleurs').getByRole('rowheader', { name: HOSTILE.bailleurNomCourt })).toHaveCount(1);
	await expect(page.locator('main svg[onload], main img[onerror], main b')).toHaveCount(0);
	expect(await xss(page)).toBeUndefined();
});
