/**
 * /prioritaires: the deck's table of 31 May 2022 recomputed by wasm from a link, Oise
 * without objective nor rate, Nord and its EPCI after a territory change, the map's
 * keyboard and hover read-outs, and the prerendered figures without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { test, expect, normalizeSpaces } from './helpers';

type Page = import('@playwright/test').Page;

/** DuckDB-wasm (≈ 30 MB) and the extracts load after first paint: on a busy machine the first recomputed view takes a while. */
const WASM_TIMEOUT = 120_000;
test.describe.configure({ timeout: 240_000 });

/** Cells of a table row whose row header is `territoire` (exact), spaces normalised. */
async function rowCells(page: Page, table: string, territoire: string) {
	const row = page.getByTestId(table).locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: territoire, exact: true }) });
	await expect(row).toHaveCount(1);
	return (await row.locator('th, td').allInnerTexts()).map(normalizeSpaces);
}

/** The reference CSV of the deck (copy in tests/fixtures/reference), by department code. */
function reference(): Map<string, Record<string, string>> {
	const [header, ...lines] = readFileSync('tests/fixtures/reference/prioritaires-dalo-pdalhpd-2022-05-31.csv', 'utf8').trim().split('\n');
	const columns = header.split(';');
	return new Map(lines.map((l) => l.split(';')).map((cells) => [cells[0], Object.fromEntries(cells.map((c, i) => [columns[i], c]))]));
}
const grouped = (n: string) => (n === '' ? '' : Number(n).toLocaleString('fr-FR').replace(/\s/g, ' '));
const NAMES: Record<string, string> = { '02': 'Aisne', '59': 'Nord', '60': 'Oise', '62': 'Pas-de-Calais', '80': 'Somme', '32': 'Hauts-de-France' };

test('shows every cell of the deck table of 31 May 2022 in its territory row', async ({ page }) => {
	await page.goto('/prioritaires?date=2022-05-31');
	await expect(page.getByTestId('prioritaires-date')).toHaveText('Hauts-de-France, au 31 mai 2022', { timeout: WASM_TIMEOUT });
	for (const [code, ref] of reference()) {
		const cells = await rowCells(page, 'prioritaires-table', NAMES[code]);
		const text = cells.join(' | ');
		for (const key of ['objectif_2022', 'attributions_cumulees_au_2022-05-31', 'stock_au_2022-05-31', 'stock_au_2022-01-01']) {
			if (ref[key]) expect(cells, `${code} ${key}`).toContain(grouped(ref[key]));
		}
		if (ref['taux_realisation_a_date_affiche']) expect(cells[3], code).toBe(ref['taux_realisation_a_date_affiche']);
		expect(cells[7].replace(/^\+/, ''), code).toBe(ref['evolution_stock_affichee']);
		if (!ref['objectif_2022']) {
			expect(cells[1]).toBe('en cours de finalisation');
			expect(cells[3]).toBe('—');
			expect(cells[4]).toBe('—');
			expect(text).not.toMatch(/\d+ % \| \d+ % \|/);
		}
	}
	const region = await rowCells(page, 'prioritaires-table', 'Hauts-de-France');
	expect(region.slice(0, 4)).toEqual(['Hauts-de-France', 'en cours de finalisation', '3 859', '—']);
	expect(region.slice(5, 8)).toEqual(['8 514', '7 823', '+9 %']);
	await expect(page.getByTestId('prioritaires-table')).toContainText('Source : Données de démonstration');
	await expect(page.getByTestId('prioritaires-table').locator('caption')).toContainText('au 31 mai 2022');
});

test('changing territoire to Nord shows Nord and its EPCI in every panel', async ({ page }) => {
	await page.goto('/prioritaires?date=2022-05-31');
	await expect(page.getByTestId('prioritaires-date')).toHaveText('Hauts-de-France, au 31 mai 2022', { timeout: WASM_TIMEOUT });
	await page.getByTestId('territoire-select').selectOption('59');
	await expect(page).toHaveURL(/territoire=59/);
	await expect(page.getByTestId('prioritaires-date')).toHaveText('Nord, au 31 mai 2022', { timeout: WASM_TIMEOUT });
	expect((await rowCells(page, 'prioritaires-table', 'Nord')).slice(0, 4)).toEqual(['Nord', '4 804', '1 413', '71 %']);
	const epciRows = await page.getByTestId('prioritaires-table').locator('tbody tr').count();
	expect(epciRows).toBeGreaterThan(1);
	await expect(page.getByTestId('prioritaires-table').locator('tbody tr th', { hasText: 'Aisne' })).toHaveCount(0);
	// The map's table lists every EPCI of Nord, the same as the commission table's EPCI rows.
	await expect(page.getByTestId('prioritaires-epci-table').locator('tbody tr')).toHaveCount(epciRows - 1);
	await expect(page.getByRole('heading', { name: 'Trajectoire des attributions : Nord' })).toBeVisible();
	// Months on the axis, unambiguous: « juin » and « juil. », never « jui » twice.
	expect(await page.getByTestId('trajectoire').locator('svg text[text-anchor="middle"]').allTextContents()).toEqual([
		'janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'
	]);
	await page.getByText('Tableau des données de la trajectoire').click();
	const mai = (await page.getByTestId('trajectoire-table').locator('tbody tr').nth(4).locator('th, td').allInnerTexts()).map(normalizeSpaces);
	expect(mai.slice(0, 3)).toEqual(['mai', '1 413', '2 002']);
	await expect(page.getByRole('heading', { name: 'Par bailleur : Nord' })).toBeVisible();
});

test('a bailleur in the URL shows its own objectives, attributions and trajectory; « Tous les bailleurs » goes back', async ({ page }) => {
	await page.goto('/prioritaires?date=2022-05-31&bailleur=617671607');
	await expect(page.getByTestId('prioritaires-date')).toHaveText('Hauts-de-France, Amiens Habitat, au 31 mai 2022', { timeout: WASM_TIMEOUT });
	// Amiens Habitat works in the Somme only: 128 priority households for an objective of 297 (128 / (297 × 5/12) = 103 %).
	expect((await rowCells(page, 'prioritaires-table', 'Somme')).slice(0, 4)).toEqual(['Somme', '297', '128', '103 %']);
	await expect(page.getByTestId('prioritaires-table').locator('tbody tr')).toHaveCount(2);
	await expect(page.getByTestId('bailleur-select')).toHaveValue('617671607');
	await expect(page.getByTestId('prioritaires-bailleurs').locator('tbody tr').first().locator('th')).toHaveText('Amiens Habitat');
	await expect(page.getByRole('heading', { name: 'Trajectoire des attributions : Hauts-de-France, Amiens Habitat' })).toBeVisible();
	await page.getByTestId('bailleur-select').selectOption('');
	await expect(page).not.toHaveURL(/bailleur=/);
	await expect(page.getByTestId('prioritaires-date')).toHaveText('Hauts-de-France, au 31 mai 2022', { timeout: WASM_TIMEOUT });
	expect((await rowCells(page, 'prioritaires-table', 'Somme')).slice(0, 4)).toEqual(['Somme', '1 034', '487', '113 %']);
});

test('the EPCI map reads out a territory on hover and keyboard focus, and selects it on Enter', async ({ page }) => {
	await page.goto('/prioritaires?date=2022-05-31');
	const carte = page.getByTestId('carte-prioritaires');
	await expect(carte).toHaveAttribute('data-carte', 'prete', { timeout: WASM_TIMEOUT });
	await expect(carte.getByTestId('legende-carte')).toContainText('de 20 % à moins de 25 %');
	await expect(carte.getByTestId('legende-carte')).toContainText('non disponible');
	const info = page.getByTestId('carte-prioritaires-info');
	// Hover: the pointer over the middle of the map (scrolled into view) reads out the EPCI under it.
	const fond = carte.locator('.carte__fond');
	await fond.scrollIntoViewIfNeeded();
	const box = (await fond.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
	await expect(info).toContainText('2021 :');
	await page.getByRole('application').first().focus();
	await page.keyboard.press('ArrowRight');
	await expect(info).toContainText('2021 :');
	const name = normalizeSpaces((await info.locator('p').first().innerText()) ?? '');
	expect(name.length).toBeGreaterThan(3);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/territoire=\d{9}/);
	await expect(page.getByTestId('prioritaires-date')).toHaveText(`${name}, au 31 mai 2022`, { timeout: WASM_TIMEOUT });
	await expect(page.getByTestId('prioritaires-epci-table').locator('tbody tr')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('shows the prerendered table and the EPCI table', async ({ page }) => {
		await page.goto('/prioritaires');
		await expect(page.getByTestId('prioritaires-table').locator('tbody tr')).toHaveCount(6);
		await expect(page.getByTestId('prioritaires-epci-table').locator('tbody tr')).toHaveCount(92);
	});
});
