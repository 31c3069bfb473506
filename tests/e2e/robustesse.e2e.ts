/**
 * The site under hostile input, served with its Content-Security-Policy (playwright.config.ts):
 * hostile URL values and search texts → French messages, never SQL nor a crash; well-formed but
 * unknown values → French messages; hostile bailleur and project names from the extracts
 * (served in place of the real ones) → shown as text and exported as text (CSV, XLSX), no script runs; a corrupt or missing
 * extract → its panels say so in French, pages not needing it still work.
 * The guard of every page (tests/e2e/helpers.ts) fails on any console error or CSP violation.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect, normalizeSpaces, waitForDsfr, withoutPrebuiltAnswers } from './helpers';
import { HOSTILE, HOSTILE_BAILLEUR, writeHostileExtracts } from '../fixtures/hostile/hostile-extracts';

type Page = import('@playwright/test').Page;
type Locator = import('@playwright/test').Locator;

test.describe.configure({ timeout: 240_000 });
/** DuckDB-wasm boots after first paint: slow on a loaded 2-core machine. */
const WASM = { timeout: 120_000 };

/** Values an attacker or a broken link may put in the URL or a search box. */
const HOSTILE_VALUES: readonly string[] = [
	"'",
	"'; DROP TABLE attributions; --",
	"59' OR '1'='1",
	'59 /* commentaire */ ;',
	'\u202E59\u200F',
	'59🏠',
	'%00',
	'\u0000',
	'<script>window.__xss=1</script>',
	'9'.repeat(10_000)
];

/** Pages the hostile URLs are spread over (one load each: the layout shows the messages everywhere). */
const PAGES = ['/', '/prioritaires', '/logement-d-abord', '/fnavdl', '/reforme', '/commission', '/territoire/59', '/fnavdl/projet/FNAVDL-2021-62-01', '/methodologie', '/donnees'];

/** The layout's message for a rejected value (src/lib/state/view-query.ts), cut at 40 characters. */
const unknownValueMessage = (key: string, raw: string) => `Valeur inconnue pour « ${key} » : ${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}`;

const xss = (page: Page) => page.evaluate(() => (window as Window & { __xss?: unknown }).__xss);

/** Clicks the format's button of an export menu; the downloaded bytes. */
async function download(page: Page, menu: Locator, format: string): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: format, exact: true }).click()]);
	return readFileSync((await file.path())!);
}

/** Client-side navigation (the engine keeps running): clicks a link to `href` added to the page. */
async function navigate(page: Page, href: string): Promise<void> {
	await page.evaluate((href) => {
		const link = Object.assign(document.createElement('a'), { href });
		document.querySelector('main')!.append(link);
		link.click();
	}, href);
	await page.waitForURL((url) => url.pathname + url.search === href);
}

/** The query of a hostile value: in every key, or only in `territoire` when too long for one URL. */
function hostileQuery(value: string): string {
	const keys = value.length > 1000 ? ['territoire'] : ['date', 'territoire', 'bailleur'];
	return `?${new URLSearchParams(keys.map((key) => [key, value]))}`;
}

test('hostile URL values show « Valeur inconnue » in French on every page; an unknown month too', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.goto(`/prioritaires${hostileQuery(HOSTILE_VALUES[1])}`);
	for (const [i, value] of HOSTILE_VALUES.entries()) {
		const href = `${PAGES[i % PAGES.length]}${hostileQuery(value)}`;
		if (i > 0) await navigate(page, href);
		const alert = page.getByTestId('erreurs-url');
		await expect(alert, href.slice(0, 80)).toContainText('La valeur par défaut est utilisée à la place.');
		const text = await alert.innerText();
		for (const key of new URLSearchParams(hostileQuery(value)).keys()) {
			// innerText drops a NUL; the rest of the message is exact, long values cut at 40 characters.
			expect(text).toContain(unknownValueMessage(key, value).replace(/\u0000/g, ''));
		}
		await expect(page.locator('main h1, main h2').first(), href.slice(0, 80)).toBeVisible();
	}
	await navigate(page, '/prioritaires?date=2031-01-31');
	await expect(page.getByTestId('view-status').locator('.fr-alert--error')).toHaveText('Aucune donnée pour le mois choisi (au 31 janvier 2031).');
	await expect(page.getByTestId('vue-perimee-note')).toHaveText(
		"Chiffres affichés : ceux du 31 décembre 2022, Hauts-de-France ; ceux du 31 janvier 2031, Hauts-de-France n'ont pas pu être calculés."
	);
	expect(await xss(page)).toBeUndefined();
	expect(requests.filter((p) => p === '/x'), 'une image injectée a été chargée').toEqual([]);
});

// Known defect (reported to the lead): /prioritaires shows « 999999999, au 31 mai 2022 » and empty
// tables for an unknown EPCI SIREN, and the region silently for an unknown bailleur.
test('well-formed but unknown territoire and bailleur get a French message, not empty tables', async ({ page }) => {
	const status = page.getByTestId('view-status');
	await page.goto('/prioritaires?date=2022-05-31&territoire=999999999');
	await expect(status).toContainText('Territoire inconnu : 999999999', WASM);
	await navigate(page, '/prioritaires?date=2022-05-31&bailleur=123456789');
	await expect(status).toContainText('Bailleur inconnu : 123456789', WASM);
});

test('the header territory search and the FNAVDL project search take hostile texts as plain text', async ({ page }) => {
	await page.goto('/fnavdl');
	// Typed once the page runs (hydration would reset a value typed into the prerendered field).
	await waitForDsfr(page);
	const territoire = page.getByTestId('territoire-recherche');
	const list = page.getByRole('listbox', { name: 'Territoires' });
	// The search drops symbols (« 59🏠 » finds Nord): only the lists that must be empty are checked exactly.
	for (const value of HOSTILE_VALUES) {
		await territoire.fill(value);
		await expect(list.getByRole('option').first(), JSON.stringify(value.slice(0, 30))).not.toHaveText('Chargement de la liste…');
	}
	for (const value of ["'; DROP TABLE attributions; --", '9'.repeat(10_000)]) {
		await territoire.fill(value);
		await expect(list.getByRole('option')).toHaveText(['Aucun territoire trouvé']);
	}
	await territoire.press('Escape');
	const search = page.getByTestId('fnavdl-recherche');
	const count = page.getByTestId('fnavdl-projets-compte');
	await expect(count).toHaveText(/^\d+ projets sur \d+$/);
	const total = normalizeSpaces(await count.innerText()).split(' sur ')[1];
	for (const value of HOSTILE_VALUES) {
		await search.fill(value);
		// A lone apostrophe is found in names (« d'abord »); nothing else is.
		if (value === "'") await expect(count).not.toHaveText(`0 projet sur ${total}`);
		else await expect(count, JSON.stringify(value.slice(0, 30))).toHaveText(`0 projet sur ${total}`);
	}
	await search.fill('');
	await expect(count).toHaveText(`${total} projets sur ${total}`);
	expect(await xss(page)).toBeUndefined();
});

test('hostile names in the extracts are shown as text in recomputed tables and headings; no script runs', async ({ page }) => {
	const dir = mkdtempSync(join(tmpdir(), 'pdalhpd-hostile-'));
	await writeHostileExtracts('data/extracts', dir);
	await withoutPrebuiltAnswers(page);
	// DuckDB-wasm gets the hostile bailleurs and projects in place of the built ones.
	for (const name of ['bailleurs', 'fnavdl_projets']) {
		const body = readFileSync(join(dir, `${name}.parquet`));
		await page.route(`**/extraits/${name}.parquet`, (route) => route.fulfill({ body, contentType: 'application/vnd.apache.parquet' }));
	}
	await page.goto(`/prioritaires?date=2022-05-31&bailleur=${HOSTILE_BAILLEUR}`);
	await expect(page.getByTestId('prioritaires-date')).toHaveText(`Hauts-de-France, ${HOSTILE.bailleurNomCourt}, au 31 mai 2022`, WASM);
	await expect(page.getByTestId('prioritaires-bailleurs').getByRole('rowheader', { name: HOSTILE.bailleurNomCourt })).toHaveCount(1);
	await expect(page.locator('main svg[onload], main img[onerror]')).toHaveCount(0);
	const menu = page.getByTestId('prioritaires-bailleurs-export');
	const csv = (await download(page, menu, 'CSV')).toString('utf8');
	expect(csv).toContain(`"${HOSTILE.bailleurNomCourt.replaceAll('"', '""')}"`);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await download(page, menu, 'XLSX')) as unknown as ArrayBuffer);
	const cells: string[] = [];
	workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
	expect(cells).toContain(HOSTILE.bailleurNomCourt);

	await navigate(page, '/fnavdl?bailleur=409618659');
	const projets = page.getByTestId('fnavdl-projets');
	await expect(projets.getByRole('link', { name: HOSTILE.projetNom })).toHaveCount(1, WASM);
	await expect(projets).toContainText(HOSTILE.projetPorteur);
	await expect(projets.locator('b, img, script')).toHaveCount(0);
	expect(await xss(page)).toBeUndefined();
});

test('a corrupt or missing extract: its panels name it in French; a page not needing it still computes', async ({ page, guard }) => {
	await withoutPrebuiltAnswers(page);
	// The commission's tables read the table derived from the extracts at build time (objectives and stocks aligned).
	await page.route('**/extraits/realisations.parquet', (route) => route.fulfill({ body: 'garbage', contentType: 'application/vnd.apache.parquet' }));
	await page.route('**/extraits/fnavdl_enveloppes.parquet', (route) => route.fulfill({ status: 404, body: 'Introuvable' }));
	await page.goto('/prioritaires?date=2022-05-31');
	await expect(page.getByTestId('view-status')).toContainText('Extrait « realisations » illisible', WASM);

	// The reform needs neither extract: it is recomputed as usual.
	await navigate(page, '/reforme?date=2022-04-30&territoire=59');
	await expect(page.getByTestId('view-status')).toHaveText('', WASM);
	await expect(page.locator('main')).toContainText('au 30 avril 2022');

	await navigate(page, '/fnavdl?date=2022-05-31');
	await expect(page.getByTestId('view-status')).toContainText(/Extrait « (fnavdl_enveloppes » absent \(HTTP 404\)|realisations » illisible)/, WASM);
	// Chromium logs every 404 as an error: this one is the test's own doing.
	guard.consoleErrors = guard.consoleErrors.filter((message) => !message.includes('404'));
});
