/**
 * Territory sheets, the header territory search and « Copier le lien »: Nord's sheet at
 * 31 May 2022 (the deck's line, its 17 EPCI) leading to the CU de Dunkerque's; the search by
 * keyboard on /prioritaires, whose copied link reopens the same view in a fresh browser; the
 * search from a page without territory; the prerendered sheet without JavaScript.
 */
import { test, expect, normalizeSpaces } from './helpers';

type Page = import('@playwright/test').Page;

/** DuckDB-wasm (≈ 30 MB) and the extracts load after first paint: the first recomputed view takes a while. */
const WASM_TIMEOUT = 120_000;
test.describe.configure({ timeout: 240_000 });

/** Cells of a table row whose row header is `name` (exact), spaces normalised. */
async function rowCells(page: Page, table: string, name: string): Promise<string[]> {
	const row = page.getByTestId(table).locator('tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
	await expect(row).toHaveCount(1);
	return (await row.locator('th, td').allInnerTexts()).map(normalizeSpaces);
}

const PRIORITAIRES = 'Ménages prioritaires (DALO / PDALHPD)';
const SORTANTS = "Ménages sortants d'hébergement";

test('Nord’s sheet at 31 May 2022 gives the deck’s line and its 17 EPCI, each linking to its own sheet', async ({ page }) => {
	await page.goto('/territoire/59?date=2022-05-31');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nord (59)');
	await expect(page.getByTestId('territoire-date')).toHaveText('Département : fiche au 31 mai 2022', { timeout: WASM_TIMEOUT });
	expect(await rowCells(page, 'territoire-publics', PRIORITAIRES)).toEqual([PRIORITAIRES, '4 804', '1 413', '71 %', '29 %', '17,6 %', '3 649', '3 181', '+15 %']);
	await expect(page.getByTestId('territoire-publics').locator('caption')).toContainText('Nord : objectifs et attributions par public au 31 mai 2022');
	expect((await rowCells(page, 'territoire-rangs', 'Taux de réalisation à date, ménages prioritaires'))[2]).toBe(
		'4e sur 4 départements classés (objectif non fixé pour les autres)'
	);
	// Nord has 17 EPCI in the COG 2026; their priority attributions add up to Nord's 1 413.
	await expect(page.getByRole('heading', { name: 'Les 17 EPCI du département' })).toBeVisible();
	const epci = page.getByTestId('territoire-epci').locator('tbody tr');
	await expect(epci).toHaveCount(17);
	await expect(epci.getByRole('link', { name: 'Métropole Européenne de Lille' })).toBeVisible();
	expect((await rowCells(page, 'territoire-epci', 'CU de Dunkerque')).slice(1, 4)).toEqual(['757', '176', '23 %']);

	await epci.getByRole('link', { name: 'CU de Dunkerque' }).click();
	await expect(page).toHaveURL(/\/territoire\/245900428\?date=2022-05-31$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('CU de Dunkerque');
	await expect(page.getByTestId('territoire-date')).toHaveText('EPCI, Nord : fiche au 31 mai 2022', { timeout: WASM_TIMEOUT });
	await expect(page.getByTestId('territoire-recherche')).toHaveValue('CU de Dunkerque');
	expect(await rowCells(page, 'territoire-publics', SORTANTS)).toEqual([SORTANTS, '236', '102', '104 %', '43 %', '13,5 %', '—', '—', '—']);
	expect((await rowCells(page, 'territoire-publics', PRIORITAIRES)).slice(0, 4)).toEqual([PRIORITAIRES, 'non fixé', '176', '—']);
	expect((await rowCells(page, 'territoire-rangs', 'Part des ménages prioritaires dans les attributions'))[2]).toBe('42e sur 92 EPCI');
	await expect(page.getByTestId('territoire-reforme')).toContainText('Cotation de la demande active : oui');
	expect(await rowCells(page, 'territoire-reforme', 'Hors QPV : ménages du 1er quartile et relogés NPNRU')).toEqual([
		'Hors QPV : ménages du 1er quartile et relogés NPNRU', '19 %', '82 sur 422', 'au moins 25 %', 'non atteinte'
	]);
	await expect(page.getByTestId('territoire-fnavdl')).toContainText('136');
});

test('the header search chooses a territory by keyboard; the copied link reopens that view in a fresh browser', async ({ page, browser }) => {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/prioritaires?date=2022-05-31');
	await expect(page.getByTestId('prioritaires-date')).toHaveText('Hauts-de-France, au 31 mai 2022', { timeout: WASM_TIMEOUT });
	const recherche = page.getByRole('combobox', { name: /Rechercher un territoire/ });
	await expect(recherche).toHaveValue('Hauts-de-France');
	await recherche.fill('Dunk');
	await expect(page.getByRole('listbox', { name: 'Territoires' }).getByRole('option')).toHaveText([/^CU de Dunkerque/]);
	await recherche.press('ArrowDown');
	await expect(recherche).toHaveAttribute('aria-activedescendant', /.+/);
	await recherche.press('Enter');
	await expect(page).toHaveURL(/\/prioritaires\?date=2022-05-31&territoire=245900428$/);
	await expect(page.getByTestId('prioritaires-date')).toHaveText('CU de Dunkerque, au 31 mai 2022', { timeout: WASM_TIMEOUT });
	expect((await rowCells(page, 'prioritaires-table', 'CU de Dunkerque')).slice(0, 3)).toEqual(['CU de Dunkerque', 'non fixé', '176']);
	await expect(recherche).toHaveValue('CU de Dunkerque');

	await page.getByRole('button', { name: 'Copier le lien' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Lien copié' })).toBeVisible();
	const lien = await page.evaluate(() => navigator.clipboard.readText());
	expect(lien).toBe(page.url());
	const fresh = await browser.newContext();
	try {
		const other = await fresh.newPage();
		await other.goto(lien);
		await expect(other.getByTestId('prioritaires-date')).toHaveText('CU de Dunkerque, au 31 mai 2022', { timeout: WASM_TIMEOUT });
		expect((await rowCells(other, 'prioritaires-table', 'CU de Dunkerque')).slice(0, 3)).toEqual(['CU de Dunkerque', 'non fixé', '176']);
		await expect(other.getByTestId('territoire-recherche')).toHaveValue('CU de Dunkerque');
	} finally {
		await fresh.close();
	}

	// A page without territorial figures opens the chosen territory's sheet.
	await page.goto('/methodologie');
	await recherche.fill('somme');
	await page.getByRole('option', { name: /^Somme/ }).click();
	await expect(page).toHaveURL(/\/territoire\/80$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Somme (80)');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a department’s sheet is prerendered with its EPCI and bailleurs', async ({ page }) => {
		await page.goto('/territoire/62');
		await expect(page.getByTestId('territoire-publics').locator('tbody tr')).toHaveCount(3);
		await expect(page.getByTestId('territoire-epci').locator('tbody tr')).toHaveCount(19);
		await expect(page.getByTestId('territoire-bailleurs').locator('tbody tr').first()).toBeVisible();
		await expect(page.getByTestId('territoire-date')).toHaveText('Département : fiche au 31 décembre 2022');
	});
});
