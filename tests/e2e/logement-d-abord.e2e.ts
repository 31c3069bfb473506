/**
 * /logement-d-abord at 30 April 2022: every cell of the deck's sortants and sans-abri
 * tables, the annual rate and the rate at date under their own headings, the comparison
 * with April 2021 and the 2021 objectives, the bailleur bands 6 / 6 / 6 / 13.
 */
import { readFileSync } from 'node:fs';
import { test, expect, normalizeSpaces } from './helpers';

type Page = import('@playwright/test').Page;

/** DuckDB-wasm (≈ 30 MB) and the extracts load after first paint: on a busy machine the first recomputed view takes a while. */
const WASM_TIMEOUT = 120_000;
test.describe.configure({ timeout: 240_000 });

async function rowCells(page: Page, table: string, territoire: string) {
	const row = page.getByTestId(table).locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: territoire, exact: true }) });
	await expect(row).toHaveCount(1);
	return (await row.locator('th, td').allInnerTexts()).map(normalizeSpaces);
}
async function headers(page: Page, table: string) {
	return (await page.getByTestId(table).locator('thead th').allInnerTexts()).map(normalizeSpaces);
}

function reference(file: string): string[][] {
	return readFileSync(`tests/fixtures/reference/${file}`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(';'));
}
const grouped = (n: string) => Number(n).toLocaleString('fr-FR').replace(/\s/g, ' ');
const NAMES: Record<string, string> = { '02': 'Aisne', '59': 'Nord', '60': 'Oise', '62': 'Pas-de-Calais', '80': 'Somme', '32': 'Hauts-de-France' };

test('shows every cell of the sortants and sans-abri tables of 30 April 2022', async ({ page }) => {
	await page.goto('/logement-d-abord?date=2022-04-30');
	await expect(page.getByTestId('logement-date')).toHaveText('Hauts-de-France, au 30 avril 2022', { timeout: WASM_TIMEOUT });
	// Columns: territoire, objectif, attributions, taux annuel, taux à date, poids, en attente.
	for (const [file, table, rateColumn] of [
		['sortants-hebergement-2022-04-30.csv', 'logement-sortants_hebergement', 3],
		['sans-abri-2022-04-30.csv', 'logement-sans_abri', 4]
	] as const) {
		const h = await headers(page, table);
		expect(h[3]).toContain('Taux de réalisation annuel');
		expect(h[4]).toContain('Taux de réalisation à date');
		for (const [code, , objectif, realise, taux, poids, attente] of reference(file)) {
			const cells = await rowCells(page, table, NAMES[code]);
			expect(cells[1], `${table} ${code}`).toBe(grouped(objectif));
			expect(cells[2]).toBe(grouped(realise));
			expect(cells[5]).toBe(poids);
			expect(cells[6]).toBe(grouped(attente));
			if (code !== '32' || rateColumn === 4) expect(cells[rateColumn], `${table} ${code} taux`).toBe(taux);
		}
	}
	expect((await rowCells(page, 'logement-sortants_hebergement', 'Aisne'))[3]).toBe('19 %');
	expect((await rowCells(page, 'logement-sans_abri', 'Aisne'))[4]).toBe('140 %');
	await expect(page.getByTestId('logement-sans_abri').locator('caption')).toContainText('au 30 avril 2022');
});

test('compares with 30 April 2021 and the 2021 objectives, and spreads bailleurs 6 / 6 / 6 / 13', async ({ page }) => {
	await page.goto('/logement-d-abord?date=2022-04-30');
	await expect(page.getByTestId('logement-date')).toHaveText('Hauts-de-France, au 30 avril 2022', { timeout: WASM_TIMEOUT });
	const sortants = await rowCells(page, 'comparaison-sortants_hebergement', 'Hauts-de-France');
	expect([sortants[1], sortants[2], sortants[3], sortants[5], sortants[6]]).toEqual(['650', '559', '-14 %', '2 100', '+9 %']);
	const sansAbri = await rowCells(page, 'comparaison-sans_abri', 'Hauts-de-France');
	expect([sansAbri[1], sansAbri[2], sansAbri[3], sansAbri[5], sansAbri[6]]).toEqual(['374', '334', '-11 %', '1 150', '+10 %']);
	const bandes = (await page.getByTestId('bandes-sortants_hebergement').locator('.fr-tile__title').allInnerTexts()).map(normalizeSpaces);
	expect(bandes).toEqual(['6 bailleurs', '6 bailleurs', '6 bailleurs', '13 bailleurs']);
	await page.getByText('Liste des bailleurs').first().click();
	const liste = page.getByTestId('bailleurs-sortants_hebergement');
	await expect(liste.locator('tbody tr')).toHaveCount(10);
	await liste.getByRole('button', { name: 'Voir les 31 lignes' }).click();
	await expect(liste.locator('tbody tr')).toHaveCount(31);
});

test('changing territoire to Nord updates every panel; the EPCI map reads out its figures', async ({ page }) => {
	await page.goto('/logement-d-abord?date=2022-04-30&territoire=59');
	await expect(page.getByTestId('logement-date')).toHaveText('Nord, au 30 avril 2022', { timeout: WASM_TIMEOUT });
	expect((await rowCells(page, 'logement-sortants_hebergement', 'Nord')).slice(0, 3)).toEqual(['Nord', '1 020', '214']);
	expect((await rowCells(page, 'logement-sans_abri', 'Nord')).slice(0, 5)).toEqual(['Nord', '760', '217', '29 %', '86 %']);
	await expect(page.getByTestId('comparaison-sans_abri').locator('tbody tr')).toHaveCount(1);
	// Each public has its trajectory for the territory: Nord's 214 sortants cumulated at the end of April.
	await expect(page.getByRole('heading', { name: 'Trajectoire des attributions : Nord' })).toHaveCount(2);
	const trajectoire = page.getByTestId('trajectoire-sortants_hebergement-table');
	await page.locator('details', { has: trajectoire }).locator('summary').click();
	const avril = (await trajectoire.locator('tbody tr').nth(3).locator('th, td').allInnerTexts()).map(normalizeSpaces);
	expect(avril.slice(0, 2)).toEqual(['avril', '214']);
	const epci = await page.getByTestId('sortants-epci-table').locator('tbody tr').count();
	expect(epci).toBeGreaterThan(5);
	await expect(page.getByTestId('logement-sortants_hebergement').locator('tbody tr')).toHaveCount(epci + 1);
	const carte = page.getByTestId('carte-sortants');
	await expect(carte).toHaveAttribute('data-carte', 'prete', { timeout: WASM_TIMEOUT });
	await carte.getByRole('application').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('carte-sortants-info')).toContainText('Taux de réalisation à date :');
});
