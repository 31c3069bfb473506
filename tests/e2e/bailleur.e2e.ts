/**
 * /bailleur/[siren]: a bailleur's sheet recomputed by wasm at a date from the link (rate, band
 * and rank of Amiens Habitat for the sortants at 30 April 2022, the deck's band counts), and a
 * prerendered sheet whose missing objective reads « en cours de finalisation », never 0.
 */
import { readFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { needlesFor, scanText } from '../../scripts/scope/scan';
import type { BailleurIdentity } from '../../scripts/scope/names';
import { test, expect, normalizeSpaces } from './helpers';

type Page = import('@playwright/test').Page;

/** DuckDB-wasm boots after first paint: on a busy machine the first recomputed view takes a while. */
const WASM_TIMEOUT = 120_000;
test.describe.configure({ timeout: 240_000 });

/** The bailleurs of the extracts the site was built from. */
async function bailleurs(): Promise<BailleurIdentity[]> {
	const bytes = readFileSync('data/extracts/bailleurs.parquet');
	const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	return (await parquetReadObjects({ file, compressors })) as unknown as BailleurIdentity[];
}

/** Cells of the row of `table` whose row header is `name` (exact), spaces normalised. */
async function rowCells(page: Page, table: string, name: string): Promise<string[]> {
	const row = page.getByTestId(table).locator('tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
	await expect(row).toHaveCount(1);
	return (await row.locator('th, td').allInnerTexts()).map(normalizeSpaces);
}

test('Amiens Habitat at 30 April 2022: sortants rate 150 %, band « 100 % et plus », 3rd of 31, no other bailleur named', async ({ page }) => {
	await page.goto('/bailleur/617671607?date=2022-04-30');
	await expect(page.getByTestId('bailleur-date')).toHaveText('Amiens Habitat (OPH, SIREN 617671607), au 30 avril 2022', { timeout: WASM_TIMEOUT });
	expect(await rowCells(page, 'bailleur-synthese', "Ménages sortants d'hébergement")).toEqual(["Ménages sortants d'hébergement", '60', '30', '150 %', '100 % et plus', '3e sur 31']);
	expect(await rowCells(page, 'pairs-sortants_hebergement-table', '100 % et plus')).toEqual(['100 % et plus', '13', 'oui']);
	const bandes = await page.getByTestId('pairs-sortants_hebergement-table').locator('tbody tr td:nth-child(2)').allInnerTexts();
	expect(bandes).toEqual(['6', '6', '6', '13']);
	await expect(page.getByTestId('bailleur-sortants_hebergement').locator('caption')).toContainText('au 30 avril 2022');
	await expect(page.getByTestId('bailleur-sortants_hebergement')).toContainText('Source : Données de démonstration');
	// The whole document, recomputed by wasm: no other bailleur's name or SIREN, in any spelling.
	const leaks = scanText(await page.content(), needlesFor(await bailleurs(), '617671607')).map((hit) => hit.match);
	expect(leaks).toEqual([]);
});

test('Clésence, prerendered: Oise « en cours de finalisation », so no regional objective nor rate for priority households', async ({ page }) => {
	await page.goto('/bailleur/836404210');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clésence');
	await expect(page.getByTestId('bailleur-date')).toContainText('au 31 décembre 2022');
	const prioritaires = await rowCells(page, 'bailleur-synthese', 'Ménages prioritaires (DALO / PDALHPD)');
	expect([prioritaires[1], prioritaires[3], prioritaires[4]]).toEqual(['en cours de finalisation', '—', '—']);
	const oise = await rowCells(page, 'bailleur-prioritaires', 'Oise');
	expect([oise[1], oise[3], oise[4]]).toEqual(['en cours de finalisation', '—', '—']);
	expect((await rowCells(page, 'bailleur-prioritaires', 'Total (Hauts-de-France)'))[1]).toBe('en cours de finalisation');
});
