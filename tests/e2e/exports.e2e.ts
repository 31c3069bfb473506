/**
 * Exports and sort links: the commission table of 31 May 2022 downloaded as CSV and XLSX
 * parses back to the deck's figures; the EPCI map's PNG (drawn without WebGL) and the
 * trajectory's SVG and PNG say what they show; a sorted table's URL opens sorted.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { test, expect, normalizeSpaces, waitForDsfr } from './helpers';

type Page = import('@playwright/test').Page;
type Locator = import('@playwright/test').Locator;

const WASM_TIMEOUT = 120_000;
test.describe.configure({ timeout: 240_000 });

/** The deck's table (tests/fixtures/reference), one record per territory name as the site writes it. */
function reference(): Map<string, Record<string, string>> {
	const text = readFileSync('tests/fixtures/reference/prioritaires-dalo-pdalhpd-2022-05-31.csv', 'utf8');
	const rows = parse(text, { delimiter: ';', columns: true }) as Record<string, string>[];
	return new Map(rows.map((r) => [r.departement.replace(/^Total /, ''), r]));
}
const points = (shown: string) => shown.replace(/\s*%$/, '');

/** Clicks the format's button in an export menu and returns the downloaded file's name and bytes. */
async function download(page: Page, menu: Locator, format: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: format, exact: true }).click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('the commission table, the EPCI map and the trajectory download with their figures, date and source', async ({ page }) => {
	await page.goto('/prioritaires?date=2022-05-31');
	await expect(page.getByTestId('prioritaires-date')).toHaveText('Hauts-de-France, au 31 mai 2022', { timeout: WASM_TIMEOUT });
	const ref = reference();

	const csv = await download(page, page.getByTestId('prioritaires-table-export'), 'CSV');
	expect(csv.name).toBe('menages-prioritaires-objectif-et-attributions_au_2022-05-31.csv');
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(csv.bytes.toString('utf8')).toContain('\r\n');
	const rows = parse(csv.bytes, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
	expect(rows.map((r) => r.Territoire)).toEqual(['Hauts-de-France', 'Aisne', 'Nord', 'Oise', 'Pas-de-Calais', 'Somme']);
	for (const row of rows) {
		const r = ref.get(row.Territoire)!;
		expect(row['Objectif 2022 (conventions de réservation)'], row.Territoire).toBe(r.objectif_2022 || 'en cours de finalisation');
		expect(row['Attributions au 31 mai 2022 (depuis le 1er janvier)']).toBe(r['attributions_cumulees_au_2022-05-31']);
		expect(row['Taux de réalisation à date (prorata temporis) (%)']).toBe(points(r.taux_realisation_a_date_affiche));
		expect(row['Ménages en attente au 31 mai 2022']).toBe(r['stock_au_2022-05-31']);
		expect(row['Ménages en attente au 1er janvier 2022']).toBe(r['stock_au_2022-01-01']);
		expect(row['Évolution du stock (depuis le 1er janvier 2022) (%)']).toBe(points(r.evolution_stock_affichee));
	}
	expect(rows.find((r) => r.Territoire === 'Aisne')?.['Part des attributions totales (%)']).toMatch(/^\d+,\d$/);

	const xlsx = await download(page, page.getByTestId('prioritaires-table-export'), 'XLSX');
	expect(xlsx.name).toBe('menages-prioritaires-objectif-et-attributions_au_2022-05-31.xlsx');
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
	const sheet = workbook.worksheets[0];
	expect(String(sheet.getCell('A1').value)).toContain('au 31 mai 2022');
	expect(String(sheet.getCell('A2').value)).toMatch(/^Source : Données de démonstration.*Données au 31 mai 2022\./);
	const byName = new Map<string, ExcelJS.Row>();
	sheet.eachRow((row, n) => n > 4 && byName.set(String(row.getCell(1).value), row));
	expect([...byName.keys()]).toEqual(rows.map((r) => r.Territoire));
	for (const [name, row] of byName) {
		const r = ref.get(name)!;
		// The Oise objective reads « en cours de finalisation » in the sheet too, never a blank or 0.
		expect(row.getCell(2).value, name).toBe(r.objectif_2022 ? Number(r.objectif_2022) : 'en cours de finalisation');
		expect(row.getCell(3).value).toBe(Number(r['attributions_cumulees_au_2022-05-31']));
		const taux = row.getCell(4).value as number | null;
		expect(taux == null ? '' : `${Math.round(taux * 100)} %`).toBe(r.taux_realisation_a_date_affiche);
		expect([row.getCell(6).value, row.getCell(7).value]).toEqual([Number(r['stock_au_2022-05-31']), Number(r['stock_au_2022-01-01'])]);
		expect(`${Math.round((row.getCell(8).value as number) * 100)} %`).toBe(r.evolution_stock_affichee);
		expect([row.getCell(3).numFmt, row.getCell(8).numFmt]).toEqual(['#,##0', '+0 %;-0 %;0 %']);
	}

	// The map's PNG is drawn from the contours on a 2D canvas: wide, and filled with the map's classes.
	const png = await download(page, page.getByTestId('carte-prioritaires-export'), 'PNG');
	expect(png.name).toMatch(/^part-des-menages-prioritaires-.*_au_2022-05-31\.png$/);
	const image = PNG.sync.read(png.bytes);
	expect(image.width).toBeGreaterThanOrEqual(1200);
	const pixels = new Map<string, number>();
	for (let i = 0; i < image.data.length; i += 4) {
		const hex = [0, 1, 2].map((k) => image.data[i + k].toString(16).padStart(2, '0')).join('');
		pixels.set(hex, (pixels.get(hex) ?? 0) + 1);
	}
	const classColours = ['e3e3fd', 'cacafb', '8585f6', '6a6af4', '313178'].filter((c) => (pixels.get(c) ?? 0) > 2_000);
	expect(classColours.length, 'classes de la carte présentes dans l’image').toBeGreaterThanOrEqual(3);
	expect(pixels.get('ffffff')! / (image.width * image.height)).toBeLessThan(0.8);

	const svg = await download(page, page.getByTestId('trajectoire-export'), 'SVG');
	expect(svg.name).toBe('trajectoire-des-attributions-hauts-de-france-cumul-mensuel_au_2022-05-31.svg');
	const svgText = normalizeSpaces(svg.bytes.toString('utf8'));
	expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	expect(svgText).toContain('Trajectoire des attributions, Hauts-de-France : cumul mensuel 2022 et 2021');
	expect(svgText).toContain('Données au 31 mai 2022');
	expect(svgText).toContain('Source : Données de démonstration');
	expect(svgText).toMatch(/<path[^>]*stroke:\s*rgb\(0, 0, 145\)/);
	const trajectoire = PNG.sync.read((await download(page, page.getByTestId('trajectoire-export'), 'PNG')).bytes);
	expect(trajectoire.width).toBe(2 * (640 + 32));
});

/** Row header names of a table, in order. */
const names = (table: Locator) => table.locator('tbody th[scope="row"]').allInnerTexts();

test('a sorted table keeps its sort in the URL, and the URL opens it sorted', async ({ page, browser }) => {
	await page.goto('/prioritaires');
	await waitForDsfr(page);
	const table = page.getByTestId('prioritaires-epci-table');
	const header = table.getByRole('columnheader', { name: /^Part 2022/ });
	const prerendered = await names(table);
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	await expect(page).toHaveURL(/\?tri=prioritaires-epci-table\.cour-part\.desc$/);
	await header.getByRole('button').click();
	await expect(page).toHaveURL(/\?tri=prioritaires-epci-table\.cour-part\.asc$/);
	// A long table shows its first 10 rows in the order chosen, and all 92 on demand.
	const sorted = await names(table);
	expect(sorted).toHaveLength(10);
	expect(sorted).not.toEqual(prerendered.slice(0, 10));
	await expect(page.getByTestId('prioritaires-epci-table-compte')).toHaveText('10 lignes sur 92');
	await table.getByRole('button', { name: 'Voir les 92 lignes' }).click();
	await expect(table.locator('tbody tr')).toHaveCount(92);
	expect((await names(table)).slice(0, 10)).toEqual(sorted);
	await expect(table.getByRole('button', { name: 'Afficher les 10 premières lignes' })).toHaveAttribute('aria-expanded', 'true');
	// The filter box: accents and case ignored, the count said.
	await page.getByTestId('prioritaires-epci-table-filtre').fill('METROPOLE');
	const filtered = await names(table);
	expect(filtered.length).toBeGreaterThan(1);
	for (const name of filtered) expect(name).toMatch(/Métropole/);
	await expect(page.getByTestId('prioritaires-epci-table-compte')).toHaveText(`${filtered.length} lignes correspondant à « METROPOLE »`);

	const context = await browser.newContext();
	const fresh = await context.newPage();
	await fresh.goto(page.url());
	const freshTable = fresh.getByTestId('prioritaires-epci-table');
	await expect(freshTable.getByRole('columnheader', { name: /^Part 2022/ })).toHaveAttribute('aria-sort', 'ascending');
	expect(await names(freshTable)).toEqual(sorted);
	await context.close();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('offers no download button that could not work', async ({ page }) => {
		await page.goto('/prioritaires');
		await expect(page.getByTestId('prioritaires-table').locator('tbody tr')).toHaveCount(6);
		await expect(page.getByRole('button', { name: 'CSV' })).toHaveCount(0);
	});
});
